// The synonyms of a word's rarer senses, those after the most frequent that relatedWords.ts reads:
// searched only where no claim has the word itself (expandQuestion.ts). A word the reports use
// means what they mean by it; one they never use may be meant in a sense they say otherwise
// ("vetted by other scientists" as checked, "a racket" as a noise).

import { rarerSenses, relatedTerm } from './relatedWords.js';
import type { WordNet } from './wordNet.js';

/** Rarer senses read per word: beyond these a word's senses are a dictionary's curiosities. */
export const RARER_SENSES = 5;

/** The index keys of the synonyms of `word`'s RARER_SENSES rarer senses (not phrases, not the word itself). */
export function rarerSenseWords(wordnet: WordNet, word: string): string[] {
  const keys: string[] = [];
  for (const { entry, sense } of rarerSenses(wordnet, word, RARER_SENSES)) {
    for (const synonym of wordnet.synset(entry.pos, entry.senses[sense] as number)?.words ?? []) {
      const lower = synonym.toLowerCase();
      if (lower.includes('_') || lower === word) continue;
      const key = relatedTerm(lower);
      if (key !== null && !keys.includes(key)) keys.push(key);
    }
  }
  return keys;
}
