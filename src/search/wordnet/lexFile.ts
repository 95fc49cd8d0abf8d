// The lexicographer file a noun sense is filed under (lexnames(5WN): noun.animal, noun.artifact,
// noun.person…), the coarsest kind of thing WordNet says it names: read by lifelessThing.ts (the
// search and the answer), placeWords.ts, answer/physicalThing.ts, answer/royalNamed.ts,
// answer/conditionNoun.ts, answer/kindOfPerson.ts, answer/askedBodySize.ts and answer/namedPlace.ts.

import { fromWordNet } from './rememberedRelated.js';
import type { WordNet } from './wordNet.js';

// The noun files read by more than one reading (lexnames(5WN)), named once.
/** noun.group: groups with members ("fleet", "army") and gatherings ("crowd"). */
export const NOUN_GROUP = 14;
/** noun.location: places ("Moscow", "the region"). */
export const NOUN_LOCATION = 15;
/** noun.object: natural objects and bodies ("reef", "lake"), continents ("Australia"). */
export const NOUN_OBJECT = 17;
/** noun.person: people ("curator", "Romans"). */
export const NOUN_PERSON = 18;
/** noun.phenomenon. */
export const NOUN_PHENOMENON = 19;
/** noun.process. */
export const NOUN_PROCESS = 22;
/** noun.time: times ("night", "decade", "winter"). */
export const NOUN_TIME = 28;

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
