// What the slowest first-seen answers are, by question kind: asks the bench's first-seen
// questions the bench's way (the bot's start-up warm-up, 200 other questions, then each once with
// 25 ms idle before it) in this one process, no profiler, and prints per kind (filters split by
// form: a quoted phrase, `report:` alone, ...) how many there are, their CPU p50 / p99 and sum,
// and how many of the slowest 1 % and 2 % they are. Then the slowest answers, each asked again
// at once. `--only <kind>` asks only the questions whose kind starts with it (`--only "filter: quoted"`:
// a change to one path, before/after; the warm-up stays the same).
// `--marks` prints a line as the timed questions start, before every 100th and as they end, so
// V8's own trace (`node --import tsx --expose-gc --trace-opt --trace-deopt bench/firstSeenByKind.ts
// --marks`) can be cut to what it compiled and deoptimized while they were answered (bench/README.md,
// eleventh session).
// `--mark-each` (with `--marks`): a line before each timed question (its number, kind and text) and
// one after it (its CPU ms), to tell which answers V8 compiled beside.
// `npx tsx --expose-gc bench/firstSeenByKind.ts [--reports 2000] [--seed 1] [--questions 3000] [--only <kind>] [--show 30] [--flush-mb 64] [--marks [--mark-each]]`

import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { answerAsSlack } from './answerPath.js';
import { DEFAULT_SEED } from './generateCorpus.js';
import { distinctQuestions, warmupQuestions, type BenchQuestion } from './generateQuestions.js';
import { answerOthersFirst, IDLE_GAP_MS, OTHER_QUESTIONS } from './measureFirstSeen.js';
import { openCorpusLibrary } from './openLibrary.js';
import { percentile } from './percentile.js';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    questions: { type: 'string', default: '3000' },
    only: { type: 'string' },
    show: { type: 'string', default: '30' },
    // Written over before each idle gap, as the bench's other processes (the peer's search) leave the caches; 0: none.
    'flush-mb': { type: 'string', default: '0' },
    marks: { type: 'boolean', default: false },
    // With --marks: a line before every question (its number, kind and text) and after it (its CPU ms).
    'mark-each': { type: 'boolean', default: false },
  },
});
const reports = Number(values.reports);
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);

/** The generator's kind, with filters told apart by their form. */
function detailedKind(q: BenchQuestion): string {
  if (q.kind !== 'filter') return q.kind;
  if (q.text.startsWith('"')) return 'filter: quoted phrase';
  if (/^report:\S+$/.test(q.text)) return 'filter: report: alone';
  if (q.text.startsWith('report:')) return 'filter: report: + word';
  if (q.text.startsWith('perspective:')) return 'filter: perspective:';
  if (q.text.startsWith('since:')) return 'filter: since:';
  return 'filter: other';
}

const { library, reportIds } = await openCorpusLibrary(reports, seed);
const all = distinctQuestions(seed, Number(values.questions), reportIds);
const only = values.only;
const questions = only === undefined ? all : all.filter((q) => detailedKind(q).startsWith(only));
const warmup = warmupQuestions(seed, OTHER_QUESTIONS, reportIds, all);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
// As the bench does (measureFirstSeen.ts).
answerOthersFirst((question) => answerAsSlack(library, question), warmup.map((q) => q.text));

const flushBuffer = new Uint8Array(Number(values['flush-mb']) * 1024 * 1024);
let flushRound = 0;
/** Writes a line of every 64 bytes of a buffer larger than the CPU caches: what other work leaves them holding. */
function flushCaches(): void {
  flushRound++;
  for (let i = 0; i < flushBuffer.length; i += 64) flushBuffer[i] = flushRound;
}

const mark = (text: string): void => {
  if (values.marks) console.log(`[first seen: ${text}]`);
};
mark('timed questions start');
const loadBefore = loadavg()[0] as number;
const runs: { q: BenchQuestion; kind: string; cpuMs: number; ms: number }[] = [];
for (const [i, q] of questions.entries()) {
  if (i > 0 && i % 100 === 0) mark(`question ${i + 1}`);
  flushCaches();
  await sleep(IDLE_GAP_MS);
  if (values['mark-each']) mark(`asking ${i + 1} (${detailedKind(q)}) ${JSON.stringify(q.text)}`);
  const cpu = process.cpuUsage();
  const from = performance.now();
  answerAsSlack(library, q.text);
  const ms = performance.now() - from;
  const { user, system } = process.cpuUsage(cpu);
  runs.push({ q, kind: detailedKind(q), cpuMs: (user + system) / 1000, ms });
  if (values['mark-each']) mark(`answered ${i + 1} in ${((user + system) / 1000).toFixed(2)} ms of CPU`);
}
const loadAfter = loadavg()[0] as number;
mark('timed questions end');

const cpu = runs.map((r) => r.cpuMs);
const cut1 = percentile(cpu, 99);
const cut2 = percentile(cpu, 98);
const f = (x: number): string => x.toFixed(2);
console.log(`${runs.length} first-seen answers, ${reports} reports, caches flushed ${values['flush-mb']} MB before each gap, load ${loadBefore.toFixed(1)}-${loadAfter.toFixed(1)}`);
console.log(`CPU p50 ${f(percentile(cpu, 50))} p99 ${f(cut1)} ms (wall p50 ${f(percentile(runs.map((r) => r.ms), 50))} p99 ${f(percentile(runs.map((r) => r.ms), 99))}); sum ${cpu.reduce((a, b) => a + b, 0).toFixed(0)} ms\n`);
console.log('| kind | n | CPU p50 ms | CPU p99 ms | CPU sum ms | in slowest 1 % | in slowest 2 % |');
console.log('|---|---|---|---|---|---|---|');
const kinds = [...new Set(runs.map((r) => r.kind))].sort();
for (const kind of kinds) {
  const of = runs.filter((r) => r.kind === kind);
  const c = of.map((r) => r.cpuMs);
  console.log(
    `| ${kind} | ${of.length} | ${f(percentile(c, 50))} | ${f(percentile(c, 99))} | ${c.reduce((a, b) => a + b, 0).toFixed(0)} | ${of.filter((r) => r.cpuMs >= cut1).length} | ${of.filter((r) => r.cpuMs >= cut2).length} |`,
  );
}
// All of them again at once, back to back (seen, caches warm): the work left when nothing is new.
const again = runs.map((r) => {
  const before = process.cpuUsage();
  answerAsSlack(library, r.q.text);
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
});
gc(); // what is held, not what is yet to be collected
const memory = process.memoryUsage();
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`;
console.log(`\nmemory after: RSS ${mb(memory.rss)}, heap used ${mb(memory.heapUsed)}, off the heap ${mb(memory.external)} (of which array buffers ${mb(memory.arrayBuffers)})`);
console.log(`\nagain, back to back: CPU p50 ${f(percentile(again, 50))} p99 ${f(percentile(again, 99))} ms; sum ${again.reduce((a, b) => a + b, 0).toFixed(0)} ms`);
const slowest = [...runs].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, Number(values.show));
console.log('\n| question | kind | first seen CPU ms | again CPU ms |');
console.log('|---|---|---|---|');
for (const r of slowest) {
  const before = process.cpuUsage();
  answerAsSlack(library, r.q.text);
  const { user, system } = process.cpuUsage(before);
  console.log(`| ${r.q.text} | ${r.kind} | ${f(r.cpuMs)} | ${f((user + system) / 1000)} |`);
}
