// Whether a question asks for a quantity ("how many", "how much", "what share", "the number")
// and whether a claim's sentence states one: "how long does it take to build a small reactor?" is
// answered by the claim that gives the years, not by one about the same reactors that gives
// none. Read by the reranker (rerankFeatures.ts) for each of the first claims: two regular
// expressions, cheap. Questions asking for a time ("when", "what year") or a name ("who",
// "where") were counted too and left out: too few in the eval sets, and their words are mostly
// not asking ("when a city makes drivers pay"; eval/README.md, eighth session).

import { CARDINAL_WORDS, HOW_LONG, HOW_MANY } from './quantityWords.js';

const ASKS_FOR_QUANTITY = new RegExp(
  String.raw`${HOW_MANY}|${HOW_LONG}|\bhow (?:much|often|large|big|high|low|fast|far|likely|common|widespread|tall|expensive|cheap)\b|\bwhat (?:share|percent(?:age)?|proportion|fraction|number|amount|rate|level|size|price|cost)\b|\b(?:the|a) (?:number|figure|percentage|stat|statistic)s?\b|\bstats?\b|\bnumbers\b|%`,
  'i',
);

const NUMBER_WORD = new RegExp(String.raw`\b(?:${CARDINAL_WORDS}|half|third|quarter|twice|double|triple|tripled|doubled|halved|percent|fold)s?\b`, 'i');

/**
 * The first digit of a number that is not part of a name: a number written straight after
 * letters ("CO2", "H5N1") names a thing, it does not count one; so does one after a hyphen (any
 * of - ‐ ‑) and a word in capitals ("GLP-1", "COVID-19"), or a capitalised word and one or two
 * digits ("Covid-19", "SARS-CoV-2", "Omega-3"). After a word in lower case it counts ("mid-2010s",
 * "over-65s", "top-10").
 */
const NUMBER = /(?<![\p{L}\d.,])(?<!\p{Lu}{2}[-‐‑])(?!(?<=\p{Lu}\p{L}*[-‐‑])\d{1,2}(?!\d))\d/u;

/** Whether `question` asks how many, how much, how often, what share, or for the number. */
export function asksForQuantity(question: string): boolean {
  return ASKS_FOR_QUANTITY.test(question);
}

/** Whether `sentence` states a quantity: a digit not in a name, or a number word ("two", "half", "million"). */
export function statesQuantity(sentence: string): boolean {
  return NUMBER.test(sentence) || NUMBER_WORD.test(sentence);
}
