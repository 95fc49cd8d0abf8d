// What V8 compiled and deoptimized while the bench's first-seen answers ran: reads the output of
// `node --import tsx --expose-gc --trace-opt --trace-deopt bench/firstSeenByKind.ts --questions 1000 --marks --mark-each > trace.txt`
// and prints, for the timed answers only, each optimizing compile (the function, the answer it began
// in, its time on the compiler thread) and each deoptimization (the function, the reason), then the
// answers' CPU time with and without a compile or deoptimization inside them (a correlation, not
// what a compile costs: a longer answer runs more functions and lasts longer for one to fall
// inside it); and the functions the
// warm-up had optimized that were deoptimized and not optimized again when the timed answers
// began: they run unoptimized into people's answers, and are compiled again in one of them
// (bench/README.md, twentieth session). Where a compile falls moves with the machine's load;
// which functions are left deoptimized, and why, much less.
// `npx tsx bench/compileCensus.ts trace.txt [--all]` (--all: functions of Node's own too, such as the marks' console writes).

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { percentile } from './percentile.js';

const { values, positionals } = parseArgs({ options: { all: { type: 'boolean', default: false } }, allowPositionals: true });
const [file] = positionals;
if (!file) throw new Error('usage: compileCensus.ts <trace file> [--all]');

/** Node's own functions the marks' console writes compile; left out unless --all. */
const NODE_WRITES = /^(writeOrBuffer|formatWithOptions|log|onwrite|Writable\.write|_write|afterWriteTick|pushAsyncContext|popAsyncContext|emitBeforeScript|emitAfterScript|initAsyncResource|getDefaultTriggerAsyncId|cpuUsage|FastBuffer|value|previousValueIsValid|initEventTarget)$/;

/**
 * A function as the trace names it: its name and its SharedFunctionInfo's address, one per function
 * in its script at its place, so two methods of one name (a class's `get` and another's) stay two.
 * A garbage collection that compacts the heap can move a SharedFunctionInfo: the same function then
 * shows under a second address, counted apart (the census reads a few minutes of answers).
 */
function functionOf(line: string): string {
  const match = /<JSFunction ([^ >]*) ?\(sfi = (0x[0-9a-f]+)\)/.exec(line);
  return match ? `${match[1] || '(anonymous)'} ${match[2]}` : '(anonymous)';
}

/** The function's name, with its address only where another function the census lists has the same name. */
function shown(key: string, keys: Iterable<string>): string {
  const name = key.split(' ')[0] as string;
  let same = 0;
  for (const other of keys) if (other.split(' ')[0] === name) same++;
  return same > 1 ? key.replace(' ', ' @') : name;
}

interface Answer {
  n: number;
  cpuMs: number;
  events: number;
}
const answers: Answer[] = [];
const compiles: { name: string; answer: number; ms: number }[] = [];
const deopts: { name: string; answer: number; reason: string }[] = [];
/** Compiles begun and not yet completed, by the function's address. */
const pending = new Map<string, { name: string; answer: number }>();
let timed = false;
let current: Answer | null = null;
let asked = 0;
/** Per function (functionOf), before the timed answers: optimized now, and the reasons it was deoptimized. */
const before = new Map<string, { optimized: boolean; deopts: string[] }>();
/** The answer a function left deoptimized was optimized again in (first), by functionOf. */
const reoptimized = new Map<string, number>();

for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.startsWith('[first seen: timed questions start]')) timed = true;
  if (!timed) {
    const name = functionOf(line);
    const state = before.get(name) ?? { optimized: false, deopts: [] };
    if (line.startsWith('[completed optimizing')) state.optimized = true;
    const bailout = /^\[bailout \(kind: [^,]*, reason: ([^)]*)\)/.exec(line);
    if (bailout) {
      state.optimized = false;
      state.deopts.push(bailout[1] as string);
    }
    if (line.startsWith('[completed optimizing') || bailout) before.set(name, state);
    continue;
  }
  if (line.startsWith('[first seen: timed questions end]')) break;
  if (line.startsWith('[completed optimizing')) {
    const name = functionOf(line);
    if (!reoptimized.has(name)) reoptimized.set(name, asked);
  }
  const asking = /^\[first seen: asking (\d+) /.exec(line);
  if (asking) {
    asked = Number(asking[1]);
    current = { n: asked, cpuMs: 0, events: 0 };
    continue;
  }
  const answered = /^\[first seen: answered \d+ in ([\d.]+) ms of CPU\]/.exec(line);
  if (answered && current) {
    current.cpuMs = Number(answered[1]);
    answers.push(current);
    current = null;
    continue;
  }
  const name = functionOf(line);
  if (!values.all && NODE_WRITES.test(name.split(' ')[0] as string)) continue;
  const compiling = /^\[compiling method (0x[0-9a-f]+) /.exec(line);
  if (compiling) {
    pending.set(compiling[1] as string, { name, answer: asked });
    if (current) current.events++;
    continue;
  }
  const completed = /^\[completed compiling (0x[0-9a-f]+) .* took ([\d.]+), ([\d.]+), ([\d.]+) ms\]/.exec(line);
  if (completed) {
    const begun = pending.get(completed[1] as string);
    pending.delete(completed[1] as string);
    compiles.push({ name, answer: begun?.answer ?? asked, ms: Number(completed[2]) + Number(completed[3]) + Number(completed[4]) });
    if (current) current.events++;
    continue;
  }
  const bailout = /^\[bailout \(kind: [^,]*, reason: ([^)]*)\)/.exec(line);
  if (bailout) {
    deopts.push({ name, answer: asked, reason: bailout[1] as string });
    if (current) current.events++;
  }
}

const total = compiles.reduce((sum, c) => sum + c.ms, 0);
console.log(`${answers.length} timed answers: ${compiles.length} optimizing compiles (${total.toFixed(0)} ms on the compiler thread), ${deopts.length} deoptimizations`);
console.log('\n| function | answer | compile ms |\n|---|---|---|');
const listed = new Set([...compiles, ...deopts].map((event) => event.name));
for (const c of [...compiles].sort((a, b) => b.ms - a.ms)) console.log(`| ${shown(c.name, listed)} | ${c.answer} | ${c.ms.toFixed(1)} |`);
console.log('\n| deoptimized | answer | reason |\n|---|---|---|');
for (const d of deopts) console.log(`| ${shown(d.name, listed)} | ${d.answer} | ${d.reason} |`);
const figures = (group: Answer[]): string => (group.length === 0 ? '-' : `${group.length} answers, CPU p50 ${percentile(group.map((a) => a.cpuMs), 50).toFixed(2)} ms, mean ${(group.reduce((sum, a) => sum + a.cpuMs, 0) / group.length).toFixed(2)} ms`);
console.log(`\nwith a compile or deoptimization inside (a correlation, not their cost): ${figures(answers.filter((a) => a.events > 0))}`);
console.log(`without: ${figures(answers.filter((a) => a.events === 0))}`);
const slowest = [...answers].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, Math.max(1, Math.round(answers.length / 100)));
console.log(`slowest 1 % (${slowest.length}): ${slowest.filter((a) => a.events > 0).length} with a compile or deoptimization inside`);

const leftDeoptimized = [...before].filter(([name, state]) => !state.optimized && state.deopts.length > 0 && !name.startsWith('(anonymous)'));
const leftNames = leftDeoptimized.map(([name]) => name);
console.log('\nOptimized in the warm-up, then deoptimized, and unoptimized when the timed answers began:');
console.log('| function | deoptimizations before | their reasons | optimized again in answer |\n|---|---|---|---|');
for (const [name, state] of leftDeoptimized) {
  console.log(`| ${shown(name, leftNames)} | ${state.deopts.length} | ${[...new Set(state.deopts)].join('; ')} | ${reoptimized.get(name) ?? `none of the ${answers.length}`} |`);
}
