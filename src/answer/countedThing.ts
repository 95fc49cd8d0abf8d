// Whether a claim gives a number of the thing a "how many" question counts ("How many pulsars have
// been discovered so far?": "…about 3,000 pulsars…"), not just a number: a claim on the same
// subject gives other figures (the year of the discovery, the pulse's period, the dish's acres),
// which answer the kind asked (a count, askedAnswerKind.ts) without counting the thing. The
// no-answer decision weighs it (answerability.ts, AnswerSignals.countMissing; eval/README.md,
// thirty-sixth session).

import { normalizeTerm } from '../search/normalizeTerm.js';
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

/**
 * The index key of the thing a "how many" question counts, as askedThing reads it (its word in
 * lower case as typed); null for people at large, whose count is not read.
 */
export function countedTerm(thing: string): string | null {
  return PEOPLE_AT_LARGE.has(thing) ? null : normalizeTerm(thing);
}

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
