// The sentences of a claim's text and its evidence, for what must be told in one sentence (a death
// and the name of the one who died, a person and a role).

import { ABBREVIATED_WORDS } from '../search/abbreviatedWords.js';
import { oneOf } from '../search/auxiliaryVerbs.js';

/**
 * A sentence ends at ".", "!" or "?" before a space and a capital or a quote, not after an initial
 * or a title ("Joseph P. Kennedy", "S. Semenov", "Dr. Seales"), and at a line's end (a claim's
 * text and each quote are lines of givenText).
 */
const SENTENCE_END = new RegExp(String.raw`(?<=(?<!\b\p{Lu}|\b${oneOf(ABBREVIATED_WORDS)})[.!?])\s+(?=[\p{Lu}"“‘'])|\n+`, 'u');

export function sentencesOf(text: string): string[] {
  return text.split(SENTENCE_END);
}
