// Whether a name of two or more capitalised words is a place, by WordNet: "West Germany", "New
// York", "Mexico City", "Cape Town" are written as a person's name is (askedPerson.ts reads
// two capitalised words inside a sentence as one), and a claim naming only them names no person
// ("England beat West Germany 4-2 after extra time in the final at Wembley" names no scorer).

import { RememberedPerReader } from '../search/wordnet/rememberedPerReader.js';
import { fromWordNet } from '../search/wordnet/rememberedRelated.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import { NOUN_LOCATION } from '../search/wordnet/lexFile.js';
import { LEMMA, type WordNet } from '../search/wordnet/wordNet.js';

/**
 * Whether WordNet's first sense of the name as a noun ("west_germany", "new_york") is a place: not
 * "Isaac Newton", nor "Jack London" (a writer first), nor a name WordNet lacks. False when WordNet
 * cannot be read.
 */
export function isNamedPlace(name: string, reader: WordNet | null = sharedWordNet()): boolean {
  return reader !== null && placeKept.remembered(reader, name.toLowerCase().replace(/\s+/g, '_'), readNamedPlace);
}

function readNamedPlace(reader: WordNet, lemma: string): boolean {
  if (!LEMMA.test(lemma)) return false;
  const [first] = fromWordNet(reader, () => {
    const offset = reader.entry(lemma, 'noun')?.senses[0];
    return offset === undefined ? [] : [reader.synset('noun', offset)?.lexFile];
  });
  return first === NOUN_LOCATION;
}

// A report names the same places in many claims: each name's reading is kept.
const placeKept = new RememberedPerReader<boolean>();
