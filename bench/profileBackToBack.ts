// Where the back-to-back answers' time goes (measureLatency's answer path: the bench's 1,000
// questions, asked over and over without a pause), split the way its p99 is made: the answers
// that held a scavenge (PerformanceObserver's minor GCs) and those that did not, each question's
// least CPU time over the rounds (what it costs when nothing else falls in it: comparable between
// commits on a loaded machine, unlike a p99), and, with --profile, V8's sampling profiler over the
// slowest 1 % and all answers (self time and time inside, as profileFirstSeen.ts).
// --json FILE writes each question's least CPU time, so two commits' runs can be compared
// question by question (--against FILE prints the questions that moved most).
// `npx tsx --expose-gc bench/profileBackToBack.ts [--reports 2000] [--seed 1] [--rounds 5] [--profile] [--interval-us 50] [--top 25] [--json FILE] [--against FILE]`
// Run the bench once first: it writes the cache this reads.

import { Session } from 'node:inspector/promises';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { answerAsSlack } from './answerPath.js';
import { forEachSampleIn, type Profile } from './cpuProfile.js';
import { DEFAULT_SEED } from './generateCorpus.js';
import { generateQuestions } from './generateQuestions.js';
import { openCorpusLibrary } from './openLibrary.js';
import { percentile } from './percentile.js';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    rounds: { type: 'string', default: '5' },
    profile: { type: 'boolean', default: false },
    'interval-us': { type: 'string', default: '50' },
    top: { type: 'string', default: '25' },
    json: { type: 'string' },
    against: { type: 'string' },
  },
});
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
const top = Number(values.top);
const { library, reportIds } = await openCorpusLibrary(Number(values.reports), seed);
const questions = generateQuestions(seed, 1000, reportIds);
// As measureLatency: one untimed round first.
for (const q of questions) answerAsSlack(library, q.text);
(globalThis as { gc?: () => void }).gc?.();

const session = values.profile ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: Number(values['interval-us']) });
  await session.post('Profiler.start');
}
const scavenges: { start: number; ms: number }[] = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if ((entry as unknown as { detail?: { kind?: number } }).detail?.kind !== constants.NODE_PERFORMANCE_GC_MINOR) continue;
    scavenges.push({ start: entry.startTime, ms: entry.duration });
  }
});
observer.observe({ entryTypes: ['gc'] });
const loadBefore = loadavg()[0] as number;
const runs: { question: number; ms: number; cpuMs: number; start: number; from: number; to: number }[] = [];
const rounds = Number(values.rounds);
for (let round = 0; round < rounds; round++) {
  questions.forEach((q, question) => {
    const cpu = process.cpuUsage();
    const from = process.hrtime.bigint();
    const start = performance.now();
    answerAsSlack(library, q.text);
    const ms = performance.now() - start;
    const to = process.hrtime.bigint();
    const { user, system } = process.cpuUsage(cpu);
    runs.push({ question, ms, cpuMs: (user + system) / 1000, start, from: Number(from / 1000n), to: Number(to / 1000n) });
  });
}
const loadAfter = loadavg()[0] as number;
const profile = session ? ((await session.post('Profiler.stop')) as unknown as { profile: Profile }).profile : null;
session?.disconnect();
await new Promise((resolve) => setTimeout(resolve, 100));
observer.disconnect();

const holding = new Set(runs.filter((r) => scavenges.some((s) => s.start >= r.start && s.start < r.start + r.ms)));
const without = runs.filter((r) => !holding.has(r));
const fig = (xs: number[]): string => `${percentile(xs, 50).toFixed(3)} / ${percentile(xs, 99).toFixed(3)}`;
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const least = questions.map(() => Number.POSITIVE_INFINITY);
for (const r of runs) least[r.question] = Math.min(least[r.question] as number, r.cpuMs);
console.log(`${runs.length} answers back to back (${rounds} rounds of ${questions.length}), load ${loadBefore.toFixed(1)}-${loadAfter.toFixed(1)}${session ? `, under the profiler every ${values['interval-us']} µs` : ''}`);
console.log(`CPU p50 / p99 ${fig(runs.map((r) => r.cpuMs))} ms; wall ${fig(runs.map((r) => r.ms))} ms`);
console.log(`scavenges ${scavenges.length}: median ${percentile(scavenges.map((s) => s.ms), 50).toFixed(3)} ms, p90 ${percentile(scavenges.map((s) => s.ms), 90).toFixed(3)} ms, sum ${sum(scavenges.map((s) => s.ms)).toFixed(1)} ms; answers holding one ${holding.size}: CPU p50 ${percentile([...holding].map((r) => r.cpuMs), 50).toFixed(3)} ms`);
console.log(`without them: CPU p50 / p99 ${fig(without.map((r) => r.cpuMs))} ms`);
console.log(`each question's least CPU time: sum ${sum(least).toFixed(1)} ms, p50 / p99 ${fig(least)} ms`);
// The slowest 1 %: which questions, and how many held a scavenge.
const cut = percentile(runs.map((r) => r.cpuMs), 99);
const slowest = runs.filter((r) => r.cpuMs >= cut);
console.log(`slowest 1 % (CPU >= ${cut.toFixed(3)} ms): ${slowest.length} answers, ${slowest.filter((r) => holding.has(r)).length} holding a scavenge; their questions' least CPU p50 ${percentile(slowest.map((r) => least[r.question] as number), 50).toFixed(3)} ms`);

if (values.json) writeFileSync(values.json, JSON.stringify(questions.map((q, i) => ({ text: q.text, kind: q.kind, leastCpuMs: least[i] }))));
if (values.against) {
  const before = JSON.parse(readFileSync(values.against, 'utf8')) as { text: string; kind: string; leastCpuMs: number }[];
  // Paired by position: only runs of the same questions (same seed and library) compare.
  if (before.length !== questions.length || questions.some((q, i) => before[i]?.text !== q.text)) {
    console.error(`${values.against} holds other questions (another --seed or --reports?): not compared`);
    process.exit(1);
  }
  const byKind = new Map<string, [number, number]>();
  const moved = questions.map((q, i) => {
    const was = before[i]?.leastCpuMs ?? Number.NaN;
    const pair = byKind.get(q.kind) ?? [0, 0];
    byKind.set(q.kind, [pair[0] + was, pair[1] + (least[i] as number)]);
    return { text: q.text, kind: q.kind, was, now: least[i] as number };
  });
  console.log(`\nagainst ${values.against}, least CPU summed by kind (then -> now):`);
  for (const [kind, [was, now]] of byKind) console.log(`  ${kind}: ${was.toFixed(1)} -> ${now.toFixed(1)} ms`);
  console.log('\n| question | kind | then ms | now ms |\n|---|---|---|---|');
  for (const m of moved.sort((a, b) => b.now - b.was - (a.now - a.was)).slice(0, top)) console.log(`| ${m.text} | ${m.kind} | ${m.was.toFixed(3)} | ${m.now.toFixed(3)} |`);
}

if (profile) {
  // A function's file ("src/search/chatQuestion.ts"), or V8's own entries as they are.
  const fileOf = (key: string): string => key.match(/ (\S+):\d+$/)?.[1] ?? key;
  const attribute = (answers: readonly { from: number; to: number }[]) => {
    const result = { self: new Map<string, number>(), inside: new Map<string, number>(), files: new Map<string, number>(), fileSelf: new Map<string, number>(), sampled: 0 };
    forEachSampleIn(profile, answers, (stack) => {
      result.sampled++;
      const leaf = stack[0] ?? '(unknown)';
      result.self.set(leaf, (result.self.get(leaf) ?? 0) + 1);
      for (const key of new Set(stack)) result.inside.set(key, (result.inside.get(key) ?? 0) + 1);
      for (const file of new Set(stack.map(fileOf))) result.files.set(file, (result.files.get(file) ?? 0) + 1);
      const own = fileOf(leaf);
      result.fileSelf.set(own, (result.fileSelf.get(own) ?? 0) + 1);
    });
    return result;
  };
  const ofSlowest = attribute(slowest);
  const ofAll = attribute(runs);
  const share = (n: number | undefined, of: { sampled: number }): string => `${((100 * (n ?? 0)) / Math.max(1, of.sampled)).toFixed(1)} %`;
  for (const [title, pick] of [
    ['inside (callees included)', (a: typeof ofAll) => a.inside],
    ['self', (a: typeof ofAll) => a.self],
    ['file on the stack', (a: typeof ofAll) => a.files],
    ['file, self', (a: typeof ofAll) => a.fileSelf],
  ] as const) {
    console.log(`\n| ${title} | slowest 1 % (${ofSlowest.sampled} samples) | all answers (${ofAll.sampled}) |\n|---|---|---|`);
    for (const [key, n] of [...pick(ofAll)].sort((a, b) => b[1] - a[1]).slice(0, top)) {
      console.log(`| \`${key}\` | ${share(pick(ofSlowest).get(key), ofSlowest)} | ${share(n, ofAll)} |`);
    }
  }
}
