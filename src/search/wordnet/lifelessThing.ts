// Whether a noun can name nothing alive, by WordNet: no sense of it a person, an animal, a plant or
// a body of them ("crew", "colony", "herd"). A death is asked of what may be alive only: "when did
// the catalogue die?" asks when it ended (askedDeath.ts), and is searched as no killing
// (synonyms.ts).

import { lexFileOf } from './lexFile.js';
import { RememberedPerReader } from './rememberedPerReader.js';
import { fromWordNet } from './rememberedRelated.js';
import { sharedWordNet } from './sharedWordNet.js';
import type { WordNet } from './wordNet.js';

/** Lexicographer files (lexnames(5WN)) of living things: noun.animal, noun.group, noun.person, noun.plant. */
const LIVING = new Set([5, 14, 18, 20]);
/**
 * Whether WordNet has the word as a noun (as typed or by its base form) and none of its noun senses
 * names a living thing: an artifact, a message, an act only ("the catalogue", "the project"). Not
 * "coral", "magazine" or "town", which have a sense that lives (an animal, a publisher, the people
 * of a town). False when WordNet lacks it as a noun or cannot be read: then it may be alive.
 */
export function lifelessThing(word: string, reader: WordNet | null = sharedWordNet()): boolean {
  return reader !== null && lifelessKept.remembered(reader, word.toLowerCase(), readLifeless);
}

function readLifeless(reader: WordNet, word: string): boolean {
  const nouns = fromWordNet(reader, () => reader.lookup(word)).filter((entry) => entry.pos === 'noun');
  return nouns.length > 0 && nouns.every((entry) => entry.senses.every((offset) => !LIVING.has(lexFileOf(reader, offset))));
}

// Questions repeat the things they ask of: each word's reading is kept, as kindOfPerson.ts keeps its.
const lifelessKept = new RememberedPerReader<boolean>();
