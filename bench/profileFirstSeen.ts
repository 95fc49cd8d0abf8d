// Where the time of the slowest first-seen answers goes. Asks the bench's first-seen questions
// as `npm run bench` does (each once, after the same warm-up, 25 ms idle before each) in this one
// process, under V8's sampling profiler, notes when each answer ran, then attributes the samples
// that fell inside the slowest 1 % of answers (by CPU time: on a machine shared with other work,
// wall time also counts waiting for a core) to functions: self time, and time inside each
// function (its callees included). The same questions asked again right after, back to back,
// show what of their time was their being first seen.
// `--within FUNCTION` (repeatable) also lists what the time inside each function so named went to;
// `--callers FUNCTION` (repeatable) which functions called it, by the samples taken inside it.
// FUNCTION is a function's name, whole ("get" is every function named get, not the getter
// "get index"), its name and file ("get src/search/boundedMap.ts": BoundedMap's alone; the
// profiler names a method without its class) or a key as the tables print it.
// `npx tsx --expose-gc bench/profileFirstSeen.ts [--reports 2000] [--seed 1] [--slowest 1] [--interval-us 50] [--top 25] [--questions 1000] [--within answerFeatures] [--callers "get src/search/boundedMap.ts"]`
// Run the bench once first: it writes the cache this reads.

import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { answerAsSlack } from './answerPath.js';
import { forEachSampleIn, type Profile } from './cpuProfile.js';
import { DEFAULT_SEED } from './generateCorpus.js';
import { distinctQuestions, warmupQuestions } from './generateQuestions.js';
import { answerOthersFirst, IDLE_GAP_MS, OTHER_QUESTIONS } from './measureFirstSeen.js';
import { openCorpusLibrary } from './openLibrary.js';
import { percentile } from './percentile.js';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    slowest: { type: 'string', default: '1' },
    'interval-us': { type: 'string', default: '50' },
    top: { type: 'string', default: '25' },
    // More than the bench's 1,000 gives the slowest 1 % more samples (still each asked once).
    questions: { type: 'string', default: '1000' },
    within: { type: 'string', multiple: true, default: [] },
    callers: { type: 'string', multiple: true, default: [] },
  },
});
const reports = Number(values.reports);
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
const slowestShare = Number(values.slowest) / 100;
const top = Number(values.top);

const { library, reportIds } = await openCorpusLibrary(reports, seed);
const questions = distinctQuestions(seed, Number(values.questions), reportIds);
const warmup = warmupQuestions(seed, OTHER_QUESTIONS, reportIds, questions);
answerOthersFirst((question) => answerAsSlack(library, question), warmup.map((q) => q.text));

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: Number(values['interval-us']) });
await session.post('Profiler.start');
const loadBefore = loadavg()[0] as number;
// Windows in the profiler's clock (monotonic, microseconds), as process.hrtime.
const runs: { text: string; kind: string; ms: number; cpuMs: number; from: number; to: number }[] = [];
for (const q of questions) {
  await sleep(IDLE_GAP_MS);
  const cpu = process.cpuUsage();
  const from = process.hrtime.bigint();
  answerAsSlack(library, q.text);
  const to = process.hrtime.bigint();
  const { user, system } = process.cpuUsage(cpu);
  runs.push({ text: q.text, kind: q.kind, ms: Number(to - from) / 1e6, cpuMs: (user + system) / 1000, from: Number(from / 1000n), to: Number(to / 1000n) });
}
const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
session.disconnect();
const loadAfter = loadavg()[0] as number;

const times = runs.map((r) => r.ms);
const cpuTimes = runs.map((r) => r.cpuMs);
const cut = percentile(cpuTimes, 100 * (1 - slowestShare));
const slowest = runs.filter((r) => r.cpuMs >= cut).sort((a, b) => b.cpuMs - a.cpuMs);
// The same questions again, back to back: now seen, caches warm.
const again = slowest.map((r) => {
  const cpu = process.cpuUsage();
  answerAsSlack(library, r.text);
  const { user, system } = process.cpuUsage(cpu);
  return (user + system) / 1000;
});

/** Whether a function's key (`name file:line`, or V8's own `(program)`…) is the function asked for (FUNCTION above). */
const isFunction = (key: string, asked: string): boolean =>
  key === asked || key.startsWith(`${asked}:`) || key.replace(/ \S+:\d+$/, '') === asked;

interface Attribution {
  /** Samples whose innermost frame is the function. */
  self: Map<string, number>;
  /** Samples with the function anywhere on the stack. */
  inside: Map<string, number>;
  sampled: number;
}

/**
 * The samples taken while one of `answers` ran, by function; `under`: only those with that
 * function (isFunction) on the stack, attributed to what it called (`callerOf`: to the function
 * that called its innermost frame, in `self`).
 */
function attribute(answers: readonly { from: number; to: number }[], under?: string, callerOf = false): Attribution {
  const result: Attribution = { self: new Map(), inside: new Map(), sampled: 0 };
  forEachSampleIn(profile, answers, (sampled) => {
    let stack = sampled;
    if (under !== undefined) {
      const at = stack.findIndex((key) => isFunction(key, under));
      if (at < 0) return;
      stack = callerOf ? stack.slice(at + 1, at + 2) : stack.slice(0, at + 1);
    }
    result.sampled++;
    const leaf = stack[0] ?? '(unknown)';
    result.self.set(leaf, (result.self.get(leaf) ?? 0) + 1);
    for (const key of new Set(stack)) result.inside.set(key, (result.inside.get(key) ?? 0) + 1);
  });
  return result;
}

const ofSlowest = attribute(slowest);
const ofAll = attribute(runs);
const share = (n: number | undefined, of: Attribution): string => `${((100 * (n ?? 0)) / Math.max(1, of.sampled)).toFixed(1)} %`;
const table = (title: string, pick: (a: Attribution) => Map<string, number>): string =>
  [
    `| ${title} | slowest 1 % | all answers |`,
    '|---|---|---|',
    ...[...pick(ofSlowest)]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([key, n]) => `| \`${key}\` | ${share(n, ofSlowest)} | ${share(pick(ofAll).get(key), ofAll)} |`),
  ].join('\n');

const total = slowest.reduce((sum, r) => sum + r.cpuMs, 0);
const fig = (xs: number[]): string => `p50 ${percentile(xs, 50).toFixed(3)} ms, p99 ${percentile(xs, 99).toFixed(3)} ms`;
console.log(`${runs.length} first-seen answers, ${reports} reports; load ${loadBefore.toFixed(1)}-${loadAfter.toFixed(1)}; profiler every ${values['interval-us']} µs`);
console.log(`wall ${fig(times)}; CPU ${fig(cpuTimes)} (under the profiler)`);
console.log(`slowest ${slowest.length} by CPU time (>= ${cut.toFixed(3)} ms): ${total.toFixed(1)} ms CPU in all, ${ofSlowest.sampled} samples in them; ${ofAll.sampled} in all answers\n`);
console.log('| question | kind | first seen: CPU ms | wall ms | again, back to back: CPU ms |');
console.log('|---|---|---|---|---|');
slowest.forEach((r, i) => console.log(`| ${r.text} | ${r.kind} | ${r.cpuMs.toFixed(2)} | ${r.ms.toFixed(2)} | ${(again[i] as number).toFixed(2)} |`));
console.log(`\n${table('inside (callees included)', (a) => a.inside)}\n`);
console.log(table('self', (a) => a.self));

// The parts of the answer path, each as the share of samples whose stack holds it, over the
// slowest 1 % and 5 %, with and without filtered questions (filters and quoted phrases).
const PARTS: [string, (key: string) => boolean][] = [
  ['pruned search (`prunedSearch`)', (key) => key.startsWith('prunedSearch ')],
  ['exhaustive fallback (`searchEveryMatch`)', (key) => key.startsWith('searchEveryMatch ')],
  ['WordNet for words not seen before (`relatedTerms`)', (key) => key.startsWith('relatedTerms ')],
  ['  of which reading synsets (`WordNet.synset`)', (key) => key.startsWith('synset src/search/wordnet/')],
  ['compound splits of words not seen before (`splitTerms`)', (key) => key.startsWith('splitTerms ')],
  ['folding and stemming a word not seen before (`computeTerm`)', (key) => key.startsWith('computeTerm ')],
  ['typo neighbours (`DeletionIndex.near`, or `FuzzyTrie.near` when walked)', (key) => key.startsWith('near src/search/deletionIndex') || key.startsWith('near src/search/fuzzyTrie')],
  ['prefix completions (`completions`)', (key) => key.startsWith('completions src/search/')],
  ["a term's postings, first read (`postingsNow`)", (key) => key.startsWith('postingsNow ')],
  ['per-word memory growing (`BoundedMap.set`)', (key) => key.startsWith('set src/search/boundedMap')],
  ['the no-answer decision (`answerFeatures`)', (key) => key.startsWith('answerFeatures ')],
  ['suggestions (`suggestNext`)', (key) => key.startsWith('suggestNext ')],
  ['rendering (`answerMessage`)', (key) => key.startsWith('answerMessage ')],
  ['claims by id (`Library.claim`)', (key) => key.startsWith('claim src/library/library.ts')],
  ['garbage collection', (key) => key === '(garbage collector)'],
  ['V8 itself (`(program)`: compiling, among others)', (key) => key === '(program)'],
];
const slowestOf = (rs: typeof runs, share: number): typeof runs => {
  const bar = percentile(rs.map((r) => r.cpuMs), 100 - share);
  return rs.filter((r) => r.cpuMs >= bar);
};
const plain = runs.filter((r) => r.kind !== 'filter');
const subsets: [string, Attribution, number][] = [
  ['slowest 1 %', ofSlowest, slowest.length],
  ['slowest 5 %', attribute(slowestOf(runs, 5)), slowestOf(runs, 5).length],
  ['slowest 1 %, no filter', attribute(slowestOf(plain, 1)), slowestOf(plain, 1).length],
  ['slowest 5 %, no filter', attribute(slowestOf(plain, 5)), slowestOf(plain, 5).length],
  ['all', ofAll, runs.length],
];
console.log(`\n| part | ${subsets.map(([name, , n]) => `${name} (${n})`).join(' | ')} |`);
console.log(`|---|${subsets.map(() => '---').join('|')}|`);
for (const [name, matches] of PARTS) {
  const cells = subsets.map(([, of]) => {
    let n = 0;
    for (const [key, count] of of.inside) if (matches(key)) n += count;
    return share(n, of);
  });
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}

/**
 * The samples inside the function `name` (isFunction), over the slowest 1 % and over all answers:
 * what the time inside went to (callees included), or with `callers` which functions called it.
 */
function printAttribution(name: string, callers: boolean): void {
  const inSlowest = attribute(slowest, name, callers);
  const inAll = attribute(runs, name, callers);
  const pick = (a: Attribution): Map<string, number> => (callers ? a.self : a.inside);
  console.log(`\n${callers ? 'Callers of' : 'Inside'} \`${name}\`: ${share(inSlowest.sampled, ofSlowest)} of the slowest 1 %'s samples, ${share(inAll.sampled, ofAll)} of all answers'`);
  console.log(`| ${callers ? `calling \`${name}\`` : `inside \`${name}\` (callees included)`} | share of the slowest 1 %'s samples | share of all answers' samples |`);
  console.log('|---|---|---|');
  for (const [key, n] of [...pick(inSlowest)].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`| \`${key}\` | ${share(n, ofSlowest)} | ${share(pick(inAll).get(key), ofAll)} |`);
  }
}
for (const name of values.within) printAttribution(name, false);
for (const name of values.callers) printAttribution(name, true);
