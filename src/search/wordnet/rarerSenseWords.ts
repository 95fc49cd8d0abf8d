// The synonyms of a word's rarer senses, those after the most frequent that relatedWords.ts reads:
// searched only where no claim has the word itself (expandQuestion.ts). A word the reports use
// means what they mean by it; one they never use may be meant in a sense they say otherwise
// ("vetted by other scientists" as checked, "a racket" as a noise).

import { rarerSenses, relatedTerm } from './relatedWords.js';
import type { PartOfSpeech, WordNet } from './wordNet.js';

/** Rarer senses read per word: beyond these a word's senses are a dictionary's curiosities. */
export const RARER_SENSES = 5;

/**
 * The index keys of the synonyms of `word`'s RARER_SENSES rarer senses as the part of speech `pos`
 * the question reads it as (not phrases, not the word itself). Without `pos`, none for a word
 * WordNet has as more than one part of speech: which is meant is not known, and another part's
 * rare senses are other words ("storms wreck boats" is no crash).
 */
export function rarerSenseWords(wordnet: WordNet, word: string, pos?: PartOfSpeech): string[] {
  const keys: string[] = [];
  if (pos === undefined && !onePartOfSpeech(wordnet, word)) return keys;
  for (const { entry, sense } of rarerSenses(wordnet, word, RARER_SENSES, pos)) {
    for (const synonym of wordnet.synset(entry.pos, entry.senses[sense] as number)?.words ?? []) {
      const lower = synonym.toLowerCase();
      if (lower.includes('_') || lower === word) continue;
      const key = relatedTerm(lower);
      if (key !== null && !keys.includes(key)) keys.push(key);
    }
  }
  return keys;
}


/** Whether WordNet has `word` (or the word it is a form of) as one part of speech alone. */
function onePartOfSpeech(wordnet: WordNet, word: string): boolean {
  const entries = wordnet.lookup(word);
  return entries.every((entry) => entry.pos === entries[0]?.pos);
}
