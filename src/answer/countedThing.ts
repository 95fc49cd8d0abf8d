// Whether a claim gives a number of the thing a "how many" question counts ("How many pulsars have
// been discovered so far?": "…about 3,000 pulsars…"), not just a number: a claim on the same
// subject gives other figures (the year of the discovery, the pulse's period, the dish's acres),
// which answer the kind asked (a count, askedAnswerKind.ts) without counting the thing. The
// no-answer decision weighs it (answerability.ts, AnswerSignals.countMissing; eval/README.md,
// thirty-sixth session).

import { normalizeTerm } from '../search/normalizeTerm.js';
import { RememberedPerReader } from '../search/wordnet/rememberedPerReader.js';
import { fromWordNet } from '../search/wordnet/rememberedRelated.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import type { WordNet } from '../search/wordnet/wordNet.js';
import { withoutYearsOrMoney } from './askedAnswerKind.js';
import { CARDINAL_WORDS } from './quantityWords.js';

/** Words a number may stand before the thing it counts: "3,000 pulsars", "about 2.6 transplanted organs", "201 salamander species". */
const COUNT_WINDOW = 3;
/** A number written out: "five moons", "thousands of pulsars". */
const NUMBER_WORD = new RegExp(String.raw`^${CARDINAL_WORDS}s?$`, 'i');
/** A number in figures ("3,000", "2.6", "~40"); not one inside a name ("COVID-19", "CO2"), which a word keeps whole. */
const FIGURES = /^[~≈<>]?\d/u;
/** What ends a word of the text: spaces, and the punctuation around it (not a hyphen, a comma or a stop inside it: "3,000", "COVID-19"). */
const SPACE = /\s+/u;
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/**
 * People at large, counted under what happens to them as often as by the word ("How many people
 * die from snakebites in India each year?": "…58,000 snakebite deaths a year"; "How many babies…":
 * "…3,211 infants…"): a count of them is not read.
 */
const PEOPLE_AT_LARGE = new Set(['people', 'persons', 'person', 'ppl', 'folks', 'individuals', 'humans', 'kids', 'children', 'babies', 'adults', 'men', 'women', 'teenagers']);

/** WordNet's lexicographer file of nouns naming people (lexnames(5WN): noun.person). */
const NOUN_PERSON = 18;

/**
 * The index key of the thing a "how many" question counts, as askedThing reads it (its word in
 * lower case as typed); null for people at large, whose count is not read, and for a kind of
 * person (kindOfPerson): claims count employees, workers and visitors as people, staff or jobs
 * ("How many employees does Dell have?": "Dell employs roughly 120,000 people").
 */
export function countedTerm(thing: string, reader: WordNet | null = sharedWordNet()): string | null {
  return PEOPLE_AT_LARGE.has(thing) || kindOfPerson(thing, reader) ? null : normalizeTerm(thing);
}

/**
 * Whether WordNet's first sense of the word as a noun names people ("worker", "visitor", "member"),
 * as typed and by its base form alike ("employees"; not "bridges", a labour leader's name as typed
 * but "bridge" by its base form); false when WordNet lacks it or cannot be read.
 */
export function kindOfPerson(word: string, reader: WordNet | null = sharedWordNet()): boolean {
  return reader !== null && personKept.remembered(reader, word.toLowerCase(), readKindOfPerson);
}

/** kindOfPerson as WordNet gives it; false when WordNet's files fail (fromWordNet lets the reader go). */
function readKindOfPerson(reader: WordNet, word: string): boolean {
  const nouns = fromWordNet(reader, () => reader.lookup(word).filter((entry) => entry.pos === 'noun'));
  const firstSenses = fromWordNet(reader, () => nouns.map((noun) => reader.synset('noun', noun.senses[0] as number)));
  return nouns.length > 0 && firstSenses.length === nouns.length && firstSenses.every((synset) => synset?.lexFile === NOUN_PERSON);
}

// Questions repeat the things they count: each word's reading is kept, as everydayWords.ts keeps its.
const personKept = new RememberedPerReader<boolean>();

/**
 * Whether the text has a number up to COUNT_WINDOW words before a word that is the thing counted
 * (`term`, an index key: "pulsar" for "pulsars"), years and sums of money aside ("in 1967
 * pulsars…", "$4 million cables" count none).
 */
export function countsThing(text: string, terms: ReadonlySet<string>): boolean {
  const words = withoutYearsOrMoney(text)
    .split(SPACE)
    .map((word) => word.replace(EDGE_PUNCTUATION, ''))
    .filter((word) => word !== '');
  for (let i = 0; i < words.length; i++) {
    const term = normalizeTerm(words[i] as string);
    if (term === null || !terms.has(term)) continue;
    for (let j = Math.max(0, i - COUNT_WINDOW); j < i; j++) {
      const word = words[j] as string;
      if (FIGURES.test(word) || NUMBER_WORD.test(word)) return true;
    }
  }
  return false;
}
