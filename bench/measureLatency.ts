// In-process latency over the same questions and the same index: raw MiniSearch search (the
// ClaimIndex's MiniSearch with the bot's options, nothing around it) against the whole answer path
// (question -> Answer -> rendered output).

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
): { rawSearch: LatencyFigures; answer: LatencyFigures } {
  const raw = (q: string): unknown => library.index.search(q);
  const answer = (q: string): unknown => render(answerQuestion(library, q));
  // One untimed round each so both paths are compiled and their caches warm before timing.
  for (const q of questions) {
    raw(q);
    answer(q);
  }
  const rawSamples: number[] = [];
  const answerSamples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of questions) {
      rawSamples.push(timed(raw, q));
      answerSamples.push(timed(answer, q));
    }
  }
  return { rawSearch: figures(rawSamples), answer: figures(answerSamples) };
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
