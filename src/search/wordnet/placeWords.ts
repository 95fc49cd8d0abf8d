// A named place and its adjective ("Estonia" and "Estonian", "Bangladesh" and "Bangladeshi"), and
// its people by the adjective ("Americans", "Romans"): the stemmer keeps them apart, and WordNet
// links them only from the adjective (a pertainym, `\`), which relatedWords.ts does not read. A
// question saying one finds claims saying the other.

import { NOUN_LOCATION, NOUN_OBJECT, NOUN_PERSON } from './lexFile.js';
import { shareOfUses } from './shareOfUses.js';
import { baseForms, type IndexEntry, type WordNet } from './wordNet.js';

/**
 * How an adjective of a place is spelled from its name, as [ending cut, ending added]: Kenya ->
 * Kenyan, Europe -> European, Brazil -> Brazilian, Bangladesh -> Bangladeshi, Japan -> Japanese,
 * China -> Chinese, Canada -> Canadian, Italy -> Italian, Mexico -> Mexican, Germany -> German,
 * Rome -> Roman. A spelling is kept only where WordNet says the adjective pertains to the place.
 */
const ENDINGS: readonly (readonly [string, string])[] = [
  ['', 'n'], ['', 'an'], ['', 'ian'], ['', 'i'], ['', 'ese'],
  ['a', 'ese'], ['a', 'ian'], ['y', 'ian'], ['o', 'an'], ['y', ''], ['e', 'an'],
];

/**
 * How the word was typed. Capitalised, it names ("Polish", "China"); in lower case it may be the
 * common word spelled the same ("nail polish", "china" the porcelain, "guinea pig"), or chat's
 * lower case for the name ("the french repair score", "kelp in japan").
 */
export type Typed = 'capitalised' | 'lowercase';

/**
 * The other words of a named place and its adjective, lowercase: for an adjective, the one-word
 * places it pertains to ("bangladeshi" -> bangladesh, "american" -> america), and so for the plural
 * of a noun that is such an adjective, its people ("americans" -> america, "romans" -> rome); for a
 * one-word place, its adjectives spelled by ENDINGS ("estonia" -> estonian). None for any other word
 * ("economic" pertains to the economy, no named place). `word` is folded (lowercase); `typed`
 * says how the question wrote it. In lower case, none for an adjective WordNet's corpus saw as a
 * verb ("polish"), nor for a place whose commonest sense, or one the corpus saw, is a common noun
 * ("china" the porcelain, "guinea", "turkey" the bird); chat's "french" and "japan" stay places.
 */
export function placeWords(reader: WordNet, word: string, typed: Typed): string[] {
  const common = typed === 'lowercase';
  const found = new Set(adjectivePlaces(reader, word, common));
  for (const singular of peopleSingulars(reader, word)) for (const place of adjectivePlaces(reader, singular, common, true)) found.add(place);
  // The adjectives first, the place after: most words spell no adjective that pertains to them,
  // while reading whether a word is a place reads every noun sense's synset (a common noun has dozens).
  const noun = reader.entry(word, 'noun');
  const adjectives = noun === null ? [] : adjectivesOf(reader, word);
  if (noun !== null && adjectives.length > 0 && isPlace(reader, noun, common)) {
    for (const adjective of adjectives) found.add(adjective);
  }
  return [...found];
}

/**
 * The places an adjective pertains to (placesOf), only places when `locations`; in lower case,
 * none for one the corpus saw as a verb ("polish").
 */
function adjectivePlaces(reader: WordNet, word: string, common: boolean, locations = false): string[] {
  return common && (reader.entry(word, 'verb')?.taggedSenses ?? 0) > 0 ? [] : placesOf(reader, word, locations);
}

/**
 * The singulars of a plural noun that is an adjective too and mostly names people ("americans" ->
 * american): a people by its place's adjective, as English names most peoples. Not a plural of
 * another thing the adjective is also a noun for ("danishes", the pastry): its noun uses in
 * WordNet's tagged corpus mostly of noun.person, at a tie people ("indians": a people or a
 * language, neither tagged). None for a word in no plural, as WordNet detaches its ending
 * (morphy(7WN)).
 */
function peopleSingulars(reader: WordNet, word: string): string[] {
  return baseForms(word, 'noun').filter((singular) => {
    const noun = reader.entry(singular, 'noun');
    return noun !== null && reader.entry(singular, 'adj') !== null && shareOfUses(reader, [noun], (_, offset) => reader.synset('noun', offset)?.lexFile === NOUN_PERSON) >= PEOPLE_SHARE;
  });
}
/** WordNet's lexicographer files of named places (lexnames(5WN)): noun.location, and noun.object (a continent: Australia, Africa). */
const PLACE_FILES: ReadonlySet<number> = new Set([NOUN_LOCATION, NOUN_OBJECT]);
/** The share of a noun's uses naming people from which it names a people (kindOfPerson.ts reads a kind of person so). */
const PEOPLE_SHARE = 0.5;

/**
 * The adjectives spelled from a word by ENDINGS that pertain to it as a one-word named place, in
 * ENDINGS' order.
 */
function adjectivesOf(reader: WordNet, word: string): string[] {
  const adjectives: string[] = [];
  for (const [cut, added] of ENDINGS) {
    if (!word.endsWith(cut)) continue;
    const adjective = word.slice(0, word.length - cut.length) + added;
    if (adjective !== word && placesOf(reader, adjective).includes(word)) adjectives.push(adjective);
  }
  return adjectives;
}

/**
 * The one-word named things an adjective (as WordNet lists it) pertains to ("kenyan" -> kenya); only
 * places when `locations` (a people is a place's: "Victorian" pertains to Queen Victoria too).
 */
function placesOf(reader: WordNet, word: string, locations = false): string[] {
  const entry = reader.entry(word, 'adj');
  // Most adjectives pertain to nothing ("large", "higher"): their index line says so, no synset read.
  if (entry === null || !entry.pertainym) return [];
  const places: string[] = [];
  for (const offset of entry.senses) {
    const synset = reader.synset('adj', offset);
    if (synset === null) continue;
    const at = synset.words.indexOf(word) + 1;
    for (const pointer of synset.pointers) {
      // A pertainym is lexical: from one word of the synset (`source`) to one of the target's.
      if (pointer.symbol !== '\\' || pointer.pos !== 'noun' || (pointer.source !== 0 && pointer.source !== at)) continue;
      const target = reader.synset('noun', pointer.offset);
      if (target === null || !isNamed(target.pointers) || (locations && !PLACE_FILES.has(target.lexFile))) continue;
      const words = pointer.target === 0 ? target.words : [target.words[pointer.target - 1] ?? ''];
      // One word: a phrase ("united_states") is no index key.
      for (const place of words) if (ONE_WORD.test(place)) places.push(place);
    }
  }
  return places;
}

/**
 * Whether a noun's entry is a named place, one of its senses an instance; when `common` is asked
 * about too, only if no common noun is its first sense or one the corpus saw.
 */
function isPlace(reader: WordNet, entry: IndexEntry, common: boolean): boolean {
  const named = entry.senses.map((offset) => isNamed(reader.synset('noun', offset)?.pointers ?? []));
  if (!named.includes(true)) return false;
  return !common || named.every((place, i) => place || (i > 0 && i >= entry.taggedSenses));
}

/** An instance of something (`@i`: Kenya is an instance of a country), not a kind of thing. */
function isNamed(pointers: readonly { symbol: string }[]): boolean {
  return pointers.some((pointer) => pointer.symbol === '@i');
}

const ONE_WORD = /^[a-z]+$/;
