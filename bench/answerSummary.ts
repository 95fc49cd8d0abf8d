// Everything an answer says, as plain data: what bench/answerFingerprint.ts hashes and what the
// tests compare when two ways of answering must agree.

import type { Answer } from '../src/answer/answer.js';

export function answerSummary(answer: Answer): Record<string, unknown> {
  return {
    answered: answer.answered,
    items: answer.items.map((item) => [item.claim.id, item.score]),
    related: answer.related.map((item) => [item.claim.id, item.score]),
    total: answer.total,
    problems: answer.problems,
    suggestions: answer.suggestions ?? null,
  };
}
