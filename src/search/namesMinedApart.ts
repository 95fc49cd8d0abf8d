// A report's names (aliases.ts aliasesOf) mined on a parse worker as the report is parsed, rather
// than on the main thread as it is served, where they held a good part of a cold start's load. The
// worker reads WordNet through a reader of its own over the same files as the library's, so the
// pairs are those the library would mine, in the same order; the library takes them only when its
// own reader still reads those files (Library.put).

import type { Report } from '../reports/model.js';
import { type AliasPair, aliasesOf } from './aliases.js';
import { WordNet } from './wordnet/wordNet.js';

export interface MinedNames {
  /** The folder of WordNet's files they were mined with (WordNet.dir); null: without WordNet. */
  wordnet: string | null;
  pairs: AliasPair[];
}

/** This thread's reader of each WordNet folder asked for; null once a read through it failed. */
const readers = new Map<string, WordNet | null>();

/**
 * The names `report` defines, mined with WordNet's files in the folder `wordnet` (null: without
 * WordNet); null when mining throws. Then the library mines the report itself and meets the same
 * error there, where a read error lets its WordNet go (Library.aliasesOf): a worker decides nothing.
 */
export function namesMinedApart(report: Report, wordnet: string | null): MinedNames | null {
  let reader: WordNet | null = null;
  if (wordnet !== null) {
    if (!readers.has(wordnet)) readers.set(wordnet, new WordNet(wordnet));
    reader = readers.get(wordnet) ?? null;
    if (reader === null) return null;
  }
  try {
    return { wordnet, pairs: aliasesOf(report, reader) };
  } catch {
    if (wordnet !== null) {
      reader?.close();
      readers.set(wordnet, null);
    }
    return null;
  }
}
