// Whether a noun names a physical thing, by WordNet: a body, a substance, a place, an artifact, the
// weather ("the surface", "water", "Antarctica", "the sun"), or a time ("the winter"), by most of
// its tagged uses; not a relation, an act or a message ("relations", "the reception", "the
// debate"), nor a person ("how hot is the actor" asks no temperature). A temperature is asked of
// such a thing only (askedTemperature.ts).

import { RememberedPerReader } from '../search/wordnet/rememberedPerReader.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import type { WordNet } from '../search/wordnet/wordNet.js';
import { nounSenses, type Anchor } from './nounSenses.js';

/** WordNet's physical entity (lexnames(5WN): objects, substances, places, phenomena, bodies). */
const PHYSICAL: readonly Anchor[] = [['physical_entity', 0]];
/** Lexicographer files: noun.person, read as no physical thing; noun.time, read as one (its weather). */
const NOUN_PERSON = 18;
const NOUN_TIME = 28;
/** The share of a word's noun uses from which it is a physical thing: at a tie, as its first sense. */
const PHYSICAL_SHARE = 0.5;
/** Added to each sense's tag count, as kindOfPerson.ts does: an unseen sense is not impossible. */
const UNSEEN_COUNT = 1;

/**
 * Whether most of the word's noun uses in WordNet's tagged corpus (as typed and by its base form,
 * each sense seen once more) are of a physical thing or a time, not of a person; false when
 * WordNet lacks it as a noun or cannot be read.
 */
export function physicalThing(word: string, reader: WordNet | null = sharedWordNet()): boolean {
  return reader !== null && physicalKept.remembered(reader, word.toLowerCase(), readPhysical);
}

function readPhysical(reader: WordNet, word: string): boolean {
  const senses = nounSenses(reader, word, PHYSICAL);
  let all = 0;
  let physical = 0;
  for (const sense of senses) {
    const count = sense.count + UNSEEN_COUNT;
    all += count;
    if (sense.lexFile !== NOUN_PERSON && (sense.under || sense.lexFile === NOUN_TIME)) physical += count;
  }
  return all > 0 && physical / all >= PHYSICAL_SHARE;
}

// Questions repeat the things they ask of: each word's reading is kept, as kindOfPerson.ts keeps its.
const physicalKept = new RememberedPerReader<boolean>();
