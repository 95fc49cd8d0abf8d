// Bytes the answer path allocates per answer, and where: the bench's back-to-back questions
// (generateQuestions, as measureLatency asks them) answered once untimed, then a round under V8's
// sampling heap profiler, counting every object sampled whether or not it is still alive (so
// short-lived garbage counts), and the scavenges further rounds hold (PerformanceObserver). With
// --survivors, only what outlives a scavenge is counted.
// Allocation does not depend on the machine's load, unlike the timings: the steady figure for a
// change meant to make fewer answers hold a scavenge.
// `npx tsx --expose-gc bench/answerAllocation.ts [--reports 2000] [--seed 1] [--top 30] [--interval 256] [--rounds 3] [--survivors]`

import { Session } from 'node:inspector/promises';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { answerAsSlack } from './answerPath.js';
import { DEFAULT_SEED } from './generateCorpus.js';
import { generateQuestions } from './generateQuestions.js';
import { openCorpusLibrary } from './openLibrary.js';
import { percentile } from './percentile.js';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    top: { type: 'string', default: '30' },
    interval: { type: 'string', default: '256' },
    rounds: { type: 'string', default: '3' },
    // Only what outlives a scavenge (copied, promoted): what makes each scavenge long.
    survivors: { type: 'boolean', default: false },
  },
});
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
const { library, reportIds } = await openCorpusLibrary(Number(values.reports), seed);
const questions = generateQuestions(seed, 1000, reportIds);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
for (const q of questions) answerAsSlack(library, q.text);
gc();

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}
const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', {
  samplingInterval: Number(values.interval),
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: !values.survivors,
});
for (const q of questions) answerAsSlack(library, q.text);
// The last answers' garbage is still in the young generation: collected first, so it is not counted as surviving.
(gc as unknown as (options: { type: string }) => void)({ type: 'minor' });
const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: SamplingNode } };
session.disconnect();

const self = new Map<string, number>();
let total = 0;
// A built-in's allocation (a Map's growth, an array's push, a string's split) is counted with the
// nearest caller that is the project's or a library's code, named with the built-in.
const walk = (node: SamplingNode, caller: string): void => {
  const { functionName, url } = node.callFrame;
  const own = url !== '';
  const name = own ? `${functionName || '(anonymous)'} ${url.replace(/^.*\/(src|bench|node_modules)\//, '$1/')}` : caller;
  const key = own ? name : `${caller} > ${functionName || '(anonymous)'}`;
  self.set(key, (self.get(key) ?? 0) + node.selfSize);
  total += node.selfSize;
  for (const child of node.children) walk(child, name);
};
walk(profile.head, '(root)');
console.log(`allocated per answer (sampled, every ${values.interval} bytes): ${(total / questions.length / 1024).toFixed(1)} KB over ${questions.length} answers`);
for (const [name, bytes] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) {
  console.log(`${(bytes / questions.length / 1024).toFixed(2).padStart(8)} KB ${((100 * bytes) / total).toFixed(1).padStart(5)} %  ${name}`);
}

gc();
// Then the back-to-back rounds as measureLatency times them, noting which answers a scavenge fell in.
const scavengeStarts: number[] = [];
const scavengeMs: number[] = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if ((entry as unknown as { detail?: { kind?: number } }).detail?.kind !== constants.NODE_PERFORMANCE_GC_MINOR) continue;
    scavengeStarts.push(entry.startTime);
    scavengeMs.push(entry.duration);
  }
});
observer.observe({ entryTypes: ['gc'] });
const rounds = Number(values.rounds);
const answers: { start: number; ms: number; cpuMs: number }[] = [];
for (let round = 0; round < rounds; round++) {
  for (const q of questions) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    answerAsSlack(library, q.text);
    const ms = performance.now() - start;
    const { user, system } = process.cpuUsage(cpu);
    answers.push({ start, ms, cpuMs: (user + system) / 1000 });
  }
}
await new Promise((resolve) => setTimeout(resolve, 100));
observer.disconnect();
const holding = answers.filter((a) => scavengeStarts.some((t) => t >= a.start && t < a.start + a.ms));
const without = answers.filter((a) => !holding.includes(a));
const fig = (xs: number[]): string => `${percentile(xs, 50).toFixed(2)} / ${percentile(xs, 99).toFixed(2)}`;
console.log(`back to back, ${answers.length} answers (${rounds} rounds): p50 / p99 ${fig(answers.map((a) => a.ms))} ms, CPU ${fig(answers.map((a) => a.cpuMs))} ms`);
console.log(`scavenges ${scavengeMs.length}, median ${percentile(scavengeMs, 50).toFixed(2)} ms; answers holding one ${holding.length}; p50 / p99 without them ${fig(without.map((a) => a.ms))} ms (load ${loadavg()[0]?.toFixed(1)})`);
