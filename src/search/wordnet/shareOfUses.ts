// How much of a word's use in WordNet's tagged corpus some of its senses take: relatedWords.ts
// reads it for a caused verb's derived forms (do they mostly mean what the verb causes?) and
// kindOfPerson.ts for a noun (does it mostly name people?).

import type { IndexEntry, WordNet } from './wordNet.js';

/** Added to each sense's tag count: a sense never seen in the tagged corpus is not impossible. */
export const UNSEEN_COUNT = 1;

/**
 * The share of the uses of a word's index `entries` in WordNet's tagged corpus that are senses
 * `passes` accepts (the sense's entry and its synset's offset), each sense seen its tag count
 * plus UNSEEN_COUNT times; 0 when there are no senses.
 */
export function shareOfUses(wordnet: WordNet, entries: readonly IndexEntry[], passes: (entry: IndexEntry, offset: number) => boolean): number {
  let all = 0;
  let these = 0;
  for (const entry of entries) {
    const counts = wordnet.tagCountsOf(entry);
    entry.senses.forEach((offset, i) => {
      const count = (counts[i] ?? 0) + UNSEEN_COUNT;
      all += count;
      if (passes(entry, offset)) these += count;
    });
  }
  return all === 0 ? 0 : these / all;
}
