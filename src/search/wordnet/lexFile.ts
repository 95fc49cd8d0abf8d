// The lexicographer file a noun sense is filed under (lexnames(5WN): noun.animal, noun.artifact,
// noun.person…), the coarsest kind of thing WordNet says it names: read by lifelessThing.ts (the
// search and the answer) and answer/nounSenses.ts.

import { fromWordNet } from './rememberedRelated.js';
import type { WordNet } from './wordNet.js';

/** The lexicographer file of the noun synset at `offset` (lexnames(5WN)); -1 when it cannot be read. */
export function lexFileOf(reader: WordNet, offset: number): number {
  return fromWordNet(reader, () => [reader.synset('noun', offset)])[0]?.lexFile ?? -1;
}
