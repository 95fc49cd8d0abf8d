// Whether a noun names a physical thing, by WordNet: a body, a substance, an artifact ("the
// surface", "water", "Antarctica", "the sun"), or a time ("the winter"), by most of its tagged
// uses; not a relation, an act or a message ("relations", "the reception", "the debate"), nor a
// person ("how hot is the actor" asks no temperature), nor a place, a phenomenon or a process,
// which WordNet files under physical entity too but questions speak of figuratively ("the field
// of…", "the response to…", "the trend for…"), but for the natural ones and the bursts of energy
// that have a heat of their own ("lightning", "the storm", "the wildfire"). A temperature is asked
// of such a thing only (askedTemperature.ts), or of a place at a time: whether a noun names a place
// or a time is read here too.

import { RememberedPerReader } from '../search/wordnet/rememberedPerReader.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import type { WordNet } from '../search/wordnet/wordNet.js';
import { lexFileOf, NOUN_LOCATION, NOUN_PERSON, NOUN_PHENOMENON, NOUN_PROCESS, NOUN_TIME } from '../search/wordnet/lexFile.js';
import { senseUnder, type Anchor } from '../search/wordnet/senseUnder.js';
import { mostNounUsesAre } from './kindOfPerson.js';
import { SEASONS } from './yearWords.js';

/** WordNet's physical entity. */
const PHYSICAL: readonly Anchor[] = [['physical_entity', 0]];
/**
 * Phenomena and events that have a temperature of their own, read as physical things whatever
 * their file: a natural phenomenon ("the storm", "the wind", "sunlight"), a sudden giving off of
 * energy ("lightning", "the eruption") and a burning ("the wildfire"). Not a phenomenon at large
 * ("the response", a consequence) nor an act or a message.
 */
const HOT_EVENTS: readonly Anchor[] = [['natural_phenomenon', 0], ['discharge', 0], ['fire', 0]];
/** Lexicographer files (lexnames(5WN)) read as no physical thing: noun.location, noun.person, noun.phenomenon, noun.process. */
const NOT_PHYSICAL = new Set([NOUN_LOCATION, NOUN_PERSON, NOUN_PHENOMENON, NOUN_PROCESS]);

/**
 * Whether most of the word's noun uses in WordNet's tagged corpus (as typed and by its base form;
 * shareOfUses) are of a physical thing or a time; false when WordNet lacks it as a noun or cannot
 * be read.
 */
export function physicalThing(word: string, reader: WordNet | null = sharedWordNet()): boolean {
  return reader !== null && physicalKept.remembered(reader, word.toLowerCase(), readPhysical);
}

function readPhysical(reader: WordNet, word: string): boolean {
  return mostNounUsesAre(reader, word, (offset) => {
    const lexFile = lexFileOf(reader, offset);
    // A time is read as a physical thing: its temperature is its weather ("how cold was the winter?").
    return (!NOT_PHYSICAL.has(lexFile) && (lexFile === NOUN_TIME || senseUnder(reader, offset, PHYSICAL))) || senseUnder(reader, offset, HOT_EVENTS);
  });
}

/**
 * Whether the word names a time told after a thing ("…the water the night Titanic sank", "…that
 * weekend", "…that decade"): a season (yearWords.ts SEASONS: "fall" is a descent in most of its
 * uses), or a noun most of whose uses are of noun.time ("night", "hour", "weekend", "decade", "time").
 */
export function timeNoun(word: string, reader: WordNet | null = sharedWordNet()): boolean {
  const lower = word.toLowerCase();
  return SEASONS.includes(lower) || (reader !== null && timeKept.remembered(reader, lower, readTime));
}

function readTime(reader: WordNet, word: string): boolean {
  return mostNounUsesAre(reader, word, (offset) => lexFileOf(reader, offset) === NOUN_TIME);
}

/**
 * Whether most of the word's noun uses are of a place ("Moscow", "the city", "the region"): a
 * place's temperature at a time is its weather ("how cold was Moscow that winter?"), where "how hot
 * was the field?" alone asks none (askedTemperature.ts).
 */
export function placeNamed(word: string, reader: WordNet | null = sharedWordNet()): boolean {
  return reader !== null && placeKept.remembered(reader, word.toLowerCase(), readPlace);
}

function readPlace(reader: WordNet, word: string): boolean {
  return mostNounUsesAre(reader, word, (offset) => lexFileOf(reader, offset) === NOUN_LOCATION);
}

// Questions repeat the things they ask of: each word's reading is kept, as kindOfPerson.ts keeps its.
const physicalKept = new RememberedPerReader<boolean>();
const placeKept = new RememberedPerReader<boolean>();
const timeKept = new RememberedPerReader<boolean>();
