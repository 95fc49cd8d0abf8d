// How much each word of a question counts when deciding whether a claim answers it. A word's IDF
// is read over the library's claims, so an everyday word the reports happen not to use ("bad",
// "lots", "stuff", "get") weighs as much as a telling one they never mention ("keto",
// "hydrogen"), and a paraphrase in chat words looked as uncovered as a question the reports do
// not answer. Everyday words are those of many meanings: WordNet lists more than
// EVERYDAY_SENSES senses for them; they count EVERYDAY_WEIGHT of their IDF (eval/README.md).

import { BoundedMap } from '../search/boundedMap.js';
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
  return sensesOf(reader, word) > EVERYDAY_SENSES;
}

/** The index keys of the question's words WordNet lists (as typed or by their base form): real words, not typos. */
export function dictionaryWords(text: string, reader: WordNet | null = sharedWordNet()): Set<string> {
  const known = new Set<string>();
  if (reader === null) return known;
  for (const word of tokenize(text)) {
    const term = normalizeTerm(word);
    if (term !== null && sensesOf(reader, word) > 0) known.add(term);
  }
  return known;
}

/** How many senses WordNet lists for the word, all parts of speech; 0 when it cannot be read. */
function sensesOf(reader: WordNet, word: string): number {
  const lower = word.toLowerCase();
  if (sensesKept.reader !== reader) sensesKept = { reader, words: new BoundedMap(MAX_REMEMBERED_WORDS) };
  let senses = sensesKept.words.get(lower);
  if (senses === undefined) {
    try {
      senses = 0;
      for (const entry of reader.lookup(lower)) senses += entry.senses.length;
      sensesKept.words.set(lower, senses);
    } catch {
      // A reader that fails counts the word as unknown and in full, and is asked again next time.
      return 0;
    }
  }
  return senses;
}

// Questions repeat words: each word's count is kept, as the expansions keep theirs.
const MAX_REMEMBERED_WORDS = 20_000;
let sensesKept: { reader: WordNet | null; words: Map<string, number> } = { reader: null, words: new BoundedMap(MAX_REMEMBERED_WORDS) };
