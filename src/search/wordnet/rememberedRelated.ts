// What WordNet gives for a question's word or phrase, read safely and remembered: a reader that
// fails is let go and search goes on without it (fromWordNet), and what a word gave is kept for
// the reader it came from (rememberedRelated), since chat questions keep using the same words.

import { RememberedPerReader } from './rememberedPerReader.js';
import { letSharedWordNetGo, sharedWordNet } from './sharedWordNet.js';
import type { WordNet } from './wordNet.js';

/** A word WordNet relates to a question's word or phrase, as an index key (null for a stop word). */
export interface RelatedTerm {
  term: string | null;
  weight: number;
}

/** What `read` gives for `key` (a word or a phrase), remembered in `cache` for `reader`. */
export function rememberedRelated(
  cache: RememberedPerReader<readonly RelatedTerm[]>,
  reader: WordNet,
  key: string,
  read: (reader: WordNet, key: string) => readonly RelatedTerm[],
): readonly RelatedTerm[] {
  const remembered = cache.of(reader);
  let terms = remembered.get(key);
  if (terms === undefined) {
    // By push from a literal, not .map: an empty list and a full one are then one kind of array.
    const copied: RelatedTerm[] = [];
    for (const related of read(reader, key)) copied.push({ term: related.term, weight: related.weight });
    terms = copied;
    // A reader that failed is let go (letSharedWordNetGo): what it gave is not remembered.
    if (sharedWordNet() !== reader) return terms;
    remembered.set(key, terms);
  }
  return terms;
}

/**
 * What `read` finds in WordNet through `reader`; none when its files are missing or unreadable (a
 * read error: the shared reader is let go, letSharedWordNetGo, and search goes on without it). Any
 * other error is a bug, and is thrown.
 */
export function fromWordNet<T>(reader: WordNet, read: () => T[]): T[] {
  try {
    return read();
  } catch (error) {
    letSharedWordNetGo(reader, error);
    return [];
  }
}
