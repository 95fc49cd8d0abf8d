// Whether a question asks two things at once: "How many containers did the Ideal X carry, and what
// did it cost per ton to load her?", "…in 1968? And what did The Lancet say…?". Two claims often
// answer it, one part each, and neither alone covers the question (answerability.ts twoClaimsGain).

import { AUXILIARY } from '../search/auxiliaryVerbs.js';

/** "… and" followed by a question word or an auxiliary (any: auxiliaryVerbs.ts) that opens a second question. */
const AND_ASKS = new RegExp(String.raw`\sand\s+(?:what|how|when|where|which|who|why|whose|${AUXILIARY})\b`, 'iu');
/** A question mark with more asked after it, up to another. */
const TWO_QUESTION_MARKS = /\?\s*\S.*\?/u;

/** Whether `asked` (the question as typed) asks a second question joined by "and", or two questions each ending in "?". */
export function asksTwoThings(asked: string): boolean {
  return AND_ASKS.test(asked) || TWO_QUESTION_MARKS.test(asked);
}
