// What the garbage collector does inside first-seen answers. Asks the bench's first-seen
// questions as `npm run bench` does (the same warm-up and 200 others, the forced full GC where the
// bench forces it, each timed question once after 25 ms idle) in this one process, observes every
// GC with perf_hooks, and says how many of the slowest answers (by CPU time) had a GC inside them,
// of which kind and how long (v8's GCProfiler, started and stopped around each answer: every GC
// that ran inside it, whatever the heap did), and how many bytes an answer allocates (the heap's
// growth over an answer with no GC in it).
// `npx tsx --expose-gc bench/firstSeenGc.ts [--reports 2000] [--seed 1] [--questions 1000] [--slowest 1]`
// Run the bench once first: it writes the cache this reads.

import { loadavg } from 'node:os';
import { GCProfiler, getHeapSpaceStatistics } from 'node:v8';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { answerAsSlack } from './answerPath.js';
import { DEFAULT_SEED } from './generateCorpus.js';
import { distinctQuestions, warmupQuestions } from './generateQuestions.js';
import { collectAfterOthers, collectBeforeOthers, gcAfterOthers, IDLE_GAP_MS, OTHER_QUESTIONS } from './measureFirstSeen.js';
import { openCorpusLibrary } from './openLibrary.js';
import { percentile } from './percentile.js';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    questions: { type: 'string', default: '1000' },
    slowest: { type: 'string', default: '1' },
  },
});
const reports = Number(values.reports);
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);

interface Collection {
  /** performance.now() clock, ms. */
  start: number;
  ms: number;
  kind: string;
}
const KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental marking',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};
/** GCProfiler's names for the kinds above. */
const PROFILER_KINDS: Record<string, string> = {
  Scavenge: 'scavenge',
  MinorMarkCompact: 'minor mark-compact',
  MarkSweepCompact: 'mark-compact',
  IncrementalMarking: 'incremental marking',
  ProcessWeakCallbacks: 'weak callbacks',
};
const collections: Collection[] = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    // GC entries carry their kind in `detail` (Node 16+), which @types/node does not declare on PerformanceEntry.
    const kind = ((entry as { detail?: { kind?: number } }).detail)?.kind ?? -1;
    collections.push({ start: entry.startTime, ms: entry.duration, kind: KINDS[kind] ?? `kind ${kind}` });
  }
});

const { library, reportIds } = await openCorpusLibrary(reports, seed);
const questions = distinctQuestions(seed, Number(values.questions), reportIds);
const warmup = warmupQuestions(seed, OTHER_QUESTIONS, reportIds, questions);
// As the bench does (measureFirstSeen.ts answerOthersFirst), with GCs observed from the other questions on.
collectBeforeOthers();
observer.observe({ entryTypes: ['gc'] });
const othersFrom = performance.now();
for (const q of warmup) answerAsSlack(library, q.text);
collectAfterOthers();
const othersTo = performance.now();

const loadBefore = loadavg()[0] as number;
/** Bytes in V8's large-object spaces: objects over a page's worth, each in memory of its own. */
const largeObjects = (): number =>
  getHeapSpaceStatistics().reduce((sum, space) => (space.space_name.includes('large_object') ? sum + space.space_used_size : sum), 0);
const newSpace = (): string => {
  const space = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  return `${((space?.space_size ?? 0) / 1048576).toFixed(1)} MiB`;
};
const newSpaceBefore = newSpace();
const runs: { text: string; kind: string; ms: number; cpuMs: number; from: number; to: number; gcs: Collection[]; grew: number; heapBefore: number; heapAfter: number; largeGrew: number }[] = [];
for (const q of questions) {
  await sleep(IDLE_GAP_MS);
  const heap = process.memoryUsage().heapUsed;
  const large = largeObjects();
  const profiler = new GCProfiler();
  profiler.start();
  const cpu = process.cpuUsage();
  const from = performance.now();
  answerAsSlack(library, q.text);
  const to = performance.now();
  const { user, system } = process.cpuUsage(cpu);
  // Every GC V8 ran between start and stop (its cost in µs); no dates, so nothing to misplace.
  const gcs = profiler.stop().statistics.map((g) => ({ start: from, ms: g.cost / 1000, kind: PROFILER_KINDS[g.gcType] ?? g.gcType }));
  const heapAfter = process.memoryUsage().heapUsed;
  const largeGrew = largeObjects() - large;
  runs.push({ text: q.text, kind: q.kind, ms: to - from, cpuMs: (user + system) / 1000, from, to, gcs, grew: heapAfter - heap, heapBefore: heap, heapAfter, largeGrew });
}
await sleep(IDLE_GAP_MS);
observer.disconnect();
const loadAfter = loadavg()[0] as number;
const newSpaceAfter = newSpace();

// The GCs inside an answer are the profiler's: the heap's growth alone would miss a scavenge that
// freed less than the answer allocated.
const inside = (r: { gcs: Collection[] }): Collection[] => r.gcs;
const cpuTimes = runs.map((r) => r.cpuMs);
const cut = percentile(cpuTimes, 100 - Number(values.slowest));
const slowest = runs.filter((r) => r.cpuMs >= cut).sort((a, b) => b.cpuMs - a.cpuMs);
const fig = (xs: number[]): string => `p50 ${percentile(xs, 50).toFixed(2)}, p99 ${percentile(xs, 99).toFixed(2)}, max ${Math.max(...xs).toFixed(2)}`;
const byKind = (cs: Collection[]): string =>
  [...new Set(cs.map((c) => c.kind))].map((kind) => {
    const ms = cs.filter((c) => c.kind === kind).map((c) => c.ms);
    return `${ms.length} ${kind} (${fig(ms)} ms)`;
  }).join('; ') || 'none';

console.log(`${runs.length} first-seen answers, ${reports} reports, full GC ${gcAfterOthers() ? 'after' : 'before'} the ${warmup.length} others; load ${loadBefore.toFixed(1)}-${loadAfter.toFixed(1)}; node ${process.version} ${process.execArgv.filter((a) => a.startsWith('--') && !a.includes('import') && !a.includes('require')).join(' ')}`);
console.log(`young generation (new space, both semi-spaces): ${newSpaceBefore} at the first timed answer, ${newSpaceAfter} after the last`);
console.log(`wall ${fig(runs.map((r) => r.ms))} ms; CPU ${fig(cpuTimes)} ms`);
console.log(`GCs during the ${warmup.length} others: ${byKind(collections.filter((c) => c.start >= othersFrom && c.start < othersTo))}`);
console.log(`GCs during the timed answers' span: ${byKind(collections.filter((c) => c.start >= othersTo))}`);
const withGc = runs.filter((r) => inside(r).length > 0);
console.log(`answers with a GC inside: ${withGc.length} of ${runs.length}: ${byKind(withGc.flatMap(inside))}`);
const clean = runs.filter((r) => inside(r).length === 0).map((r) => r.grew / 1024);
// Cross-checks: the observer's entries dated inside an answer (same performance.now() clock), and answers whose heap shrank.
console.log(`answers with a GC entry dated inside them: ${runs.filter((r) => collections.some((c) => c.start < r.to && c.start + c.ms > r.from)).length}; answers whose heap shrank: ${runs.filter((r) => r.grew < 0).length}`);
console.log(`heap growth of an answer with no GC inside (≈ bytes allocated), KiB: ${fig(clean)}; mean ${(clean.reduce((a, b) => a + b, 0) / clean.length).toFixed(0)}`);
const slowGc = slowest.filter((r) => inside(r).length > 0);
console.log(`slowest ${slowest.length} by CPU (>= ${cut.toFixed(2)} ms): ${slowGc.length} with a GC inside: ${byKind(slowGc.flatMap(inside))}`);
console.log('| CPU ms | wall ms | GC inside | KiB grown | large KiB | kind | question |');
console.log('|---|---|---|---|---|---|---|');
for (const r of slowest) {
  const gcs = inside(r);
  const gcText = gcs.map((c) => `${c.kind} ${c.ms.toFixed(2)}`).join(', ') || '-';
  console.log(`| ${r.cpuMs.toFixed(2)} | ${r.ms.toFixed(2)} | ${gcText} | ${gcs.length ? '-' : (r.grew / 1024).toFixed(0)} | ${(r.largeGrew / 1024).toFixed(0)} | ${r.kind} | ${r.text.slice(0, 60)} |`);
}
const without = runs.filter((r) => inside(r).length === 0).map((r) => r.cpuMs);
console.log(`CPU p99 of the answers without a GC inside: ${percentile(without, 99).toFixed(2)} ms (${without.length}); with: ${fig(withGc.map((r) => r.cpuMs))} ms`);
// A GC in the idle gap before an answer: the heap shrank between the last answer and this one.
const afterGc = runs.filter((r, i) => i > 0 && r.heapBefore < (runs[i - 1] as { heapAfter: number }).heapAfter);
const notAfter = runs.filter((r) => !afterGc.includes(r));
console.log(`answers right after a GC in the gap before them: ${afterGc.length}; CPU ${fig(afterGc.map((r) => r.cpuMs))} ms, wall ${fig(afterGc.map((r) => r.ms))} ms; the others CPU ${fig(notAfter.map((r) => r.cpuMs))} ms; of the slowest ${slowest.length}: ${slowest.filter((r) => afterGc.includes(r)).length}`);
const withLarge = runs.filter((r) => r.largeGrew > 0);
console.log(`answers that allocated a large object: ${withLarge.length}; CPU ${fig(withLarge.map((r) => r.cpuMs))} ms; of the slowest ${slowest.length}: ${slowest.filter((r) => r.largeGrew > 0).length}`);
