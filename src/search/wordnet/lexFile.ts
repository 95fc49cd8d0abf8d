// The lexicographer file a noun sense is filed under (lexnames(5WN): noun.animal, noun.artifact,
// noun.person…), the coarsest kind of thing WordNet says it names: read by lifelessThing.ts (the
// search and the answer), answer/physicalThing.ts, answer/royalNamed.ts and answer/conditionNoun.ts.

import { fromWordNet } from './rememberedRelated.js';
import type { WordNet } from './wordNet.js';

/** The lexicographer file of the noun synset at `offset` (lexnames(5WN)); -1 when it cannot be read. */
export function lexFileOf(reader: WordNet, offset: number): number {
  return fromWordNet(reader, () => [reader.synset('noun', offset)])[0]?.lexFile ?? -1;
}

/** The lexicographer files of the word's noun senses, in WordNet's order (lexnames(5WN)); -1 for a sense that cannot be read, none when the word cannot be looked up. */
export function nounSenseFiles(reader: WordNet, word: string): number[] {
  return fromWordNet(reader, () =>
    reader
      .lookup(word)
      .filter((entry) => entry.pos === 'noun')
      .flatMap((entry) => entry.senses.map((offset) => reader.synset('noun', offset)?.lexFile ?? -1)),
  );
}
