// In-process latency over the same questions and the same index: raw MiniSearch (the bot's
// query, scored by MiniSearch alone: every match, as before pruning), the bot's search (pruned in
// a large library), and the whole answer path (question -> Answer -> rendered output).

import { answerQuestion } from '../src/answer/answerQuestion.js';
import type { Answer } from '../src/answer/answer.js';
import type { Library } from '../src/search/library.js';
import type { LatencyFigures } from './benchResult.js';
import { percentile } from './percentile.js';

export type AnswerRenderer = (answer: Answer) => unknown;

const ROUNDS = 3;

export function measureLatency(
  library: Library,
  questions: readonly string[],
  render: AnswerRenderer,
): { rawSearch: LatencyFigures; search: LatencyFigures; answer: LatencyFigures } {
  const raw = (q: string): unknown => library.index.search(q, undefined, { exhaustive: true });
  const search = (q: string): unknown => library.index.search(q);
  const answer = (q: string): unknown => render(answerQuestion(library, q));
  // Each path on its own, so one path's garbage is not collected in another's timings: one
  // untimed round (compiled, caches warm), then the timed rounds.
  const measure = (run: (q: string) => unknown): LatencyFigures => {
    for (const q of questions) run(q);
    const samples: number[] = [];
    for (let round = 0; round < ROUNDS; round++) for (const q of questions) samples.push(timed(run, q));
    return figures(samples);
  };
  return { rawSearch: measure(raw), search: measure(search), answer: measure(answer) };
}

// Results are kept here so the work that made them cannot be optimised away.
export let lastResult: unknown;

function timed(run: (q: string) => unknown, question: string): number {
  const start = performance.now();
  lastResult = run(question);
  return performance.now() - start;
}

function figures(samples: number[]): LatencyFigures {
  return { p50Ms: percentile(samples, 50), p99Ms: percentile(samples, 99) };
}
