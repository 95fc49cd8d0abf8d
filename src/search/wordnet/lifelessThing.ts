// Whether a noun can name nothing alive, by WordNet: no sense of it a person, an animal, a plant or
// a body of them ("crew", "colony", "herd"). A death is asked of what may be alive only: "when did
// the catalogue die?" asks when it ended (askedDeath.ts), and is searched as no killing
// (synonyms.ts).

import { lexFileOf, NOUN_OBJECT } from './lexFile.js';
import { RememberedPerReader } from './rememberedPerReader.js';
import { fromWordNet } from './rememberedRelated.js';
import { senseUnder, type Anchor } from './senseUnder.js';
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

/**
 * Whether WordNet has the word as a natural body (a sense in noun.object: "reef", "lake", "river",
 * "wetland"): lifeless itself, but a place things live in, whose death is theirs ("why did the great
 * barrier reef die?": the heatwave killed the corals). False when WordNet lacks it or cannot be read.
 */
export function bodyOfNature(word: string, reader: WordNet | null = sharedWordNet()): boolean {
  return reader !== null && natureKept.remembered(reader, word.toLowerCase(), readBodyOfNature);
}

function readBodyOfNature(reader: WordNet, word: string): boolean {
  return nounSenses(reader, word).some((offset) => lexFileOf(reader, offset) === NOUN_OBJECT);
}

/**
 * Whether the word's first noun sense (as typed or by its base form) is a heavenly body: "the sun",
 * "a planet", "the comet", "the earth". It names that first, whatever WordNet files beside it (the
 * sun a person as a source of warmth, the earth the ground), so it dies as a star burns out, not as
 * a reef's life does (noun.object, bodyOfNature's file, holds both). False when WordNet lacks it or
 * cannot be read.
 */
export function heavenlyBody(word: string, reader: WordNet | null = sharedWordNet()): boolean {
  return reader !== null && heavenlyKept.remembered(reader, word.toLowerCase(), readHeavenlyBody);
}

function readHeavenlyBody(reader: WordNet, word: string): boolean {
  const first = nounSenses(reader, word)[0];
  return first !== undefined && senseUnder(reader, first, HEAVENLY);
}

/** WordNet's heavenly bodies: a celestial body (a star, a planet, a moon) and an extraterrestrial object (a comet, a meteor). */
const HEAVENLY: readonly Anchor[] = [['celestial_body', 0], ['extraterrestrial_object', 0]];

/** The word's noun senses, as typed or by its base form, in WordNet's order. */
function nounSenses(reader: WordNet, word: string): number[] {
  return fromWordNet(reader, () => reader.lookup(word)).flatMap((entry) => (entry.pos === 'noun' ? entry.senses : []));
}

// Questions repeat the things they ask of: each word's reading is kept, as kindOfPerson.ts keeps its.
const lifelessKept = new RememberedPerReader<boolean>();
const natureKept = new RememberedPerReader<boolean>();
const heavenlyKept = new RememberedPerReader<boolean>();
