// In-process latency back to back over the same questions and the same index: raw MiniSearch
// (the bot's query, scored by MiniSearch alone: every match, as before pruning), the bot's search
// (pruned in a large library), and the whole answer path (answerPath.ts). Questions repeat and
// follow each other without a pause: the warm figure, beside the first-seen one
// (measureFirstSeen.ts).

import type { Library } from '../src/library/library.js';
import { answerAsSlack } from './answerPath.js';
import type { LatencyFigures } from './benchResult.js';
import type { BenchQuestion } from './generateQuestions.js';
import { percentile } from './percentile.js';

const ROUNDS = 3;
/**
 * Raw MiniSearch is the slow baseline (20,000 reports: p50 ~270 ms), so it is warmed on fewer
 * questions and timed over one round: its four full rounds took half an hour there.
 */
const RAW_WARMUP_QUESTIONS = 100;
const RAW_ROUNDS = 1;

export interface LatencyResults {
  rawSearch: LatencyFigures;
  search: LatencyFigures;
  answer: LatencyFigures;
  /** The answer path on the natural-language questions alone (the 20,000-report target's). */
  answerNatural: LatencyFigures;
  /** CPU time of the same answers (this process's): what the machine's other work does not change. */
  answerCpu: LatencyFigures;
}

export function measureLatency(library: Library, questions: readonly BenchQuestion[]): LatencyResults {
  const raw = (q: string): unknown => library.index.search(q, undefined, { exhaustive: true });
  const search = (q: string): unknown => library.index.search(q);
  const answer = (q: string): unknown => answerAsSlack(library, q);
  // Each path on its own, so one path's garbage is not collected in another's timings: one
  // untimed round (compiled, caches warm), then the timed rounds.
  const measure = (
    run: (q: string) => unknown,
    { warmup = questions.length, rounds = ROUNDS } = {},
  ): { all: LatencyFigures; natural: LatencyFigures; cpu: LatencyFigures } => {
    for (const q of questions.slice(0, warmup)) run(q.text);
    const samples: number[] = [];
    const natural: number[] = [];
    const cpu: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const q of questions) {
        const { ms, cpuMs } = timed(run, q.text);
        samples.push(ms);
        cpu.push(cpuMs);
        if (q.kind === 'natural') natural.push(ms);
      }
    }
    return { all: figures(samples), natural: figures(natural), cpu: figures(cpu) };
  };
  const answered = measure(answer);
  const rawSearch = measure(raw, { warmup: RAW_WARMUP_QUESTIONS, rounds: RAW_ROUNDS }).all;
  return { rawSearch, search: measure(search).all, answer: answered.all, answerNatural: answered.natural, answerCpu: answered.cpu };
}

// Results are kept here so the work that made them cannot be optimised away.
export let lastResult: unknown;

/** Wall time, and this process's CPU time over the same call (all its threads; none other runs here). */
function timed(run: (q: string) => unknown, question: string): { ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  lastResult = run(question);
  const ms = performance.now() - start;
  const { user, system } = process.cpuUsage(cpu);
  return { ms, cpuMs: (user + system) / 1000 };
}

function figures(samples: number[]): LatencyFigures {
  return { p50Ms: percentile(samples, 50), p99Ms: percentile(samples, 99) };
}
