// What a library works out of each report as it serves it (Library.put), worked out instead on the
// parse worker that parsed it: a cold start's main thread indexes every report, its critical path,
// and this was a good part of its work besides. Pure: the same as the library would work out.

import type { Report } from '../reports/model.js';
import { type MinedNames, namesMinedApart } from '../search/namesMinedApart.js';
import { functionWordBits, WORDS_OF_BITS } from '../search/sharedFunctionWords.js';

export interface PreparedApart {
  /** The report's names (namesMinedApart.ts); null where mining them threw. */
  names: MinedNames | null;
  /** Each claim's function words (functionWordBits), in the report's order: WORDS_OF_BITS numbers a claim. */
  functionWords: Uint32Array;
}

/** `report` prepared for serving, its names mined with WordNet's files in the folder `wordnet` (null: without WordNet). */
export function preparedApart(report: Report, wordnet: string | null): PreparedApart {
  const functionWords = new Uint32Array(report.claims.length * WORDS_OF_BITS);
  report.claims.forEach((claim, i) => functionWords.set(functionWordBits(claim.text), i * WORDS_OF_BITS));
  return { names: namesMinedApart(report, wordnet), functionWords };
}

/** The function words of the report's claim at `index` in `prepared`, or undefined when it holds none for it. */
export function claimFunctionWords(prepared: PreparedApart | undefined, index: number): Uint32Array | undefined {
  const end = (index + 1) * WORDS_OF_BITS;
  return prepared === undefined || end > prepared.functionWords.length ? undefined : prepared.functionWords.subarray(index * WORDS_OF_BITS, end);
}
