// Whether a question asks two things at once: "How many containers did the Ideal X carry, and what
// did it cost per ton to load her?", "…in 1968? And what did The Lancet say…?". Two claims often
// answer it, one part each, and neither alone covers the question (answerability.ts twoClaimsGain).

import { AUXILIARY } from '../search/auxiliaryVerbs.js';

/** The question words, a second question's first. */
const QUESTION_WORD = '(?:what|how|when|where|which|who|why|whose)';
/**
 * "… and" followed by a question word or an auxiliary (any: auxiliaryVerbs.ts) that opens a second
 * question; the question word also after a preposition ("…, and in what year?", "and by how much?",
 * "and for how many hours?").
 */
const AND_ASKS = new RegExp(
  String.raw`\sand\s+(?:(?:(?:in|at|by|for|from|to|on|of|with|since|until|during|over|under|after|before)\s+)?${QUESTION_WORD}|${AUXILIARY})\b`,
  'iu',
);
/** A question mark with more asked after it, up to another. */
const TWO_QUESTION_MARKS = /\?\s*\S.*\?/u;

/** Whether `asked` (the question as typed) asks a second question joined by "and", or two questions each ending in "?". */
export function asksTwoThings(asked: string): boolean {
  return AND_ASKS.test(asked) || TWO_QUESTION_MARKS.test(asked);
}
