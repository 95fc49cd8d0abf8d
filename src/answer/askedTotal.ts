// A total asked ("How many people died of kuru altogether?", "how much did the scheme cost
// overall?", "how many soldiers are in the terracotta army in total?") and a figure that can be one,
// for the kinds of answer (askedAnswerKind.ts). A claim on the thing that counts it by the year or
// the day ("kuru was killing around 200 Fore people a year") gives a rate, not the total asked.

import { ALL_TOLD, COUNTED_UP } from '../search/totalAskedAside.js';
import { anyClause } from './clauseReading.js';

/** "How many / how much" asks an amount. */
const HOW_MANY_OR_MUCH = /\bhow (?:many|much)\b/i;
/** Words asking the whole of it: "in total", "altogether", "overall", "all told", "in all", "total", "once you count it all up" (the last two, as the search leaves them out: totalAskedAside.ts). */
const TOTAL_WORD = new RegExp(String.raw`\b(?:in total|total|altogether|all together|overall|${ALL_TOLD}|${COUNTED_UP}|in all)\b`, 'i');
/** The spans a rate is counted over after "a / an" ("a year"); "second" only after "per / each / every". */
const SPAN = String.raw`year|month|week|day|night|hour|minute|decade`;
/**
 * A figure per span of time: "a year", "per day", "each month", "every week", "annually", "/yr".
 * Not "a year" after a word making it a span ("in a year", "after a year", "for a year", "half a
 * year"), which counts over it, nor "a <span>" that dates ("a year later", "a day of") or orders ("a
 * second court-martial").
 */
const PER_SPAN = new RegExp(
  String.raw`\b(?:(?<!\b(?:in|after|within|for|over|under|than|half|about|around|nearly|almost|once|twice) )an?(?= (?:${SPAN})\b(?! (?:later|earlier|after|before|ago|of|when)\b))|per|each|every) (?:${SPAN}|second)\b|\b(?:annually|yearly|daily|weekly|monthly|hourly|per annum)\b|\/\s?(?:year|yr|month|week|day|hour)\b`,
  'i',
);
/** Whether a clause (no "?", "." or "!") asks an amount and the whole of it, in either order ("how many 10s did she get total"), not the whole of a span ("how many a day in total"). */
function clauseAsksTotal(clause: string): boolean {
  return HOW_MANY_OR_MUCH.test(clause) && TOTAL_WORD.test(clause) && !PER_SPAN.test(clause);
}
export const TOTAL_ASKED = anyClause(clauseAsksTotal);

/** A whole said in words: "a total of", "in all", "altogether", "combined", "to date", "so far", "cumulative". */
const WHOLE_SAID = /\b(?:total|in all|altogether|overall|all told|combined|cumulative(?:ly)?|to date|so far)\b/i;

/** Whether the text can give a total: it says a whole, or it counts no rate per span of time. */
export function givesTotal(text: string): boolean {
  return WHOLE_SAID.test(text) || !PER_SPAN.test(text);
}
