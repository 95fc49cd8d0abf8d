// Whether a claim gives a number of the thing a "how many" question counts ("How many pulsars have
// been discovered so far?": "…about 3,000 pulsars…"), not just a number: a claim on the same
// subject gives other figures (the year of the discovery, the pulse's period, the dish's acres),
// which answer the kind asked (a count, askedAnswerKind.ts) without counting the thing. The
// no-answer decision weighs it (answerability.ts, AnswerSignals.countMissing; eval/README.md,
// thirty-sixth session).

import { normalizeTerm } from '../search/normalizeTerm.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import type { WordNet } from '../search/wordnet/wordNet.js';
import { withoutYearsOrMoney } from './askedAnswerKind.js';
import { kindOfPerson } from './kindOfPerson.js';
import { CARDINAL_WORDS } from './quantityWords.js';

/** Words a number may stand before the thing it counts: "3,000 pulsars", "about 2.6 transplanted organs", "201 salamander species". */
const COUNT_WINDOW = 3;
/** A number written out: "five moons", "thousands of pulsars". */
const NUMBER_WORD = new RegExp(String.raw`^${CARDINAL_WORDS}s?$`, 'i');
/** A number in figures ("3,000", "2.6", "~40"); not one inside a name ("COVID-19", "CO2"), which a word keeps whole. */
const FIGURES = /^[~≈<>]?\d/u;
/** What ends a word of the text: spaces, and the punctuation around it (not a hyphen, a comma or a stop inside it: "3,000", "COVID-19"). */
const SPACE = /\s+/u;
/** Punctuation and symbols around a word ("tickets,", "(staff)"), taken off before it is read; the price scan reads words so too (pricedThing.ts). */
export const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/**
 * People at large, counted under what happens to them as often as by the word ("How many people
 * die from snakebites in India each year?": "…58,000 snakebite deaths a year"; "How many babies…":
 * "…3,211 infants…"): a count of them is not read (isPeopleAtLarge).
 */
const PEOPLE_AT_LARGE = new Set(['people', 'persons', 'person', 'ppl', 'folks', 'individuals', 'humans', 'kids', 'children', 'babies', 'adults', 'men', 'women', 'teenagers']);
/** Words a claim counts people by that name no person but the work they hold ("cut 2,000 jobs", "shed 2,000 positions"). */
const PEOPLE_AS_POSTS = new Set(['job', 'jobs', 'position', 'positions']);

/**
 * The index key of the thing a "how many" question counts, as askedThing reads it (its word in
 * lower case as typed); null for people at large (isPeopleAtLarge) and for a kind of person
 * (kindOfPerson), whom claims count under any word for people (countsPeople): employees, workers
 * and visitors as people, staff or jobs ("How many employees does Dell have?": "Dell employs
 * roughly 120,000 people").
 */
export function countedTerm(thing: string, reader: WordNet | null = sharedWordNet()): string | null {
  return isPeopleAtLarge(thing) || kindOfPerson(thing, reader) ? null : normalizeTerm(thing);
}

/** Whether a "how many" question's thing is people at large ("people", "children"), whose count is not read. */
export function isPeopleAtLarge(thing: string): boolean {
  return PEOPLE_AT_LARGE.has(thing.toLowerCase());
}

/**
 * Whether the text has a number up to COUNT_WINDOW words before a word that is the thing counted
 * (`term`, an index key: "pulsar" for "pulsars"), years and sums of money aside ("in 1967
 * pulsars…", "$4 million cables" count none).
 */
export function countsThing(text: string, terms: ReadonlySet<string>): boolean {
  return numberBefore(text, (word) => {
    const term = normalizeTerm(word);
    return term !== null && terms.has(term);
  });
}

/**
 * Whether the text has a number up to COUNT_WINDOW words before a word for people (people at
 * large, a kind of person, a body of people, jobs or positions: "employs roughly 120,000 people",
 * "150,000 seasonal staff", "cut 2,000 jobs"), years and sums of money aside: the count a question
 * asking how many of a kind of person is given ("7.8 million francs to build" gives no visitors).
 */
export function countsPeople(text: string, reader: WordNet | null = sharedWordNet()): boolean {
  return numberBefore(text, (word) => {
    const lower = word.toLowerCase();
    return PEOPLE_AT_LARGE.has(lower) || PEOPLE_AS_POSTS.has(lower) || kindOfPerson(lower, reader);
  });
}

/** Whether the text has a number up to COUNT_WINDOW words before a word `counted` accepts, years and sums of money aside. */
function numberBefore(text: string, counted: (word: string) => boolean): boolean {
  const words = withoutYearsOrMoney(text)
    .split(SPACE)
    .map((word) => word.replace(EDGE_PUNCTUATION, ''))
    .filter((word) => word !== '');
  for (let i = 0; i < words.length; i++) {
    for (let j = Math.max(0, i - COUNT_WINDOW); j < i; j++) {
      const word = words[j] as string;
      // The number first: a word is looked up only where one stands before it.
      if ((FIGURES.test(word) || NUMBER_WORD.test(word)) && counted(words[i] as string)) return true;
    }
  }
  return false;
}
