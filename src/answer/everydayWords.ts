// How much each word of a question counts when deciding whether a claim answers it. A word's IDF
// is read over the library's claims, so an everyday word the reports happen not to use ("bad",
// "lots", "stuff", "get") weighs as much as a telling one they never mention ("keto",
// "hydrogen"), and a paraphrase in chat words looked as uncovered as a question the reports do
// not answer. Everyday words are those of many meanings: WordNet lists more than
// EVERYDAY_SENSES senses for them; they count EVERYDAY_WEIGHT of their IDF (eval/README.md).

import { sharedWordNet } from '../search/expandQuestion.js';
import { normalizeTerm } from '../search/normalizeTerm.js';
import { tokenize } from '../search/tokenize.js';
import type { WordNet } from '../search/wordnet/wordNet.js';

/** More senses than this (all parts of speech together) make a word an everyday word. */
export const EVERYDAY_SENSES = 5;
/** What an everyday word counts, as a share of its IDF. */
export const EVERYDAY_WEIGHT = 0.5;

/**
 * How much each index key of the question counts: EVERYDAY_WEIGHT for a key first typed as an
 * everyday word, 1 otherwise (and for every word when WordNet cannot be read).
 */
export function wordWeights(text: string, reader: WordNet | null = sharedWordNet()): Map<string, number> {
  const weights = new Map<string, number>();
  for (const word of tokenize(text)) {
    const term = normalizeTerm(word);
    if (term === null || weights.has(term)) continue;
    weights.set(term, reader !== null && isEveryday(reader, word) ? EVERYDAY_WEIGHT : 1);
  }
  return weights;
}

/** Whether WordNet gives the word (or its base form) more than EVERYDAY_SENSES senses. */
export function isEveryday(reader: WordNet, word: string): boolean {
  try {
    let senses = 0;
    for (const entry of reader.lookup(word.toLowerCase())) senses += entry.senses.length;
    return senses > EVERYDAY_SENSES;
  } catch {
    return false;
  }
}
