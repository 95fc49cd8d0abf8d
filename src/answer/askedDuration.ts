// A span of time asked ("how long…", "how many years…") and given ("three years", "from 1875 until
// 1956"), and the words a span is read with, which the ranking's "in the first year"
// (askedRanking.ts) and a date still ahead ("within five years", askedAnswerKind.ts) share.

import { LENGTH_GIVEN } from './askedLength.js';
import { AND_A_HALF, CARDINAL_WORDS, HOW_LONG, HOW_MANY } from './quantityWords.js';
import { NOT_COUNTING, YEAR, YEAR_RANGE } from './yearWords.js';

/** A number of units, in digits or words, or a few: a span's, as DURATION, SPAN_AHEAD and FIRST_UNRANKED read it. */
export const SPAN_NUMBER = String.raw`(?:\d[\d.,]*|${CARDINAL_WORDS}|a few|several|a|an)`;
/** The units of a span of time. */
export const TIME_UNITS = String.raw`(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)`;
/** A season as a unit, given only in the plural and after a number: "four building seasons", not "the new season". */
const SEASONS = 'seasons';

/** A span of time asked: "how long…", "how many years / months / weeks / days / hours / minutes…". */
export const DURATION_ASKED = new RegExp(String.raw`${HOW_LONG}|${HOW_MANY} (?:years|months|weeks|days|hours|minutes)\b`, 'i');

/**
 * A word between a number and its unit: a word that is no rate's "per / a / every", no list's "or /
 * and", no "light" of light years, no preposition ("died in debt in 1426 after years in prison",
 * "crowned in 1066 after weeks of fighting": a date, then a span of no length) and no "many".
 */
const BETWEEN_NUMBER_AND_UNIT = String.raw`(?!(?:per|a|an|the|of|or|and|to|in|every|each|times|light|after|before|over|within|for|during|since|by|until|till|from|at|on|with|into|many)\s)\p{L}[\p{L}-]*`;

/**
 * A span of time given in words or digits ("three years", "six and a half years", "18 months", "a decade"), with one word
 * between a number and its unit ("four building seasons", "two full days", "three more years"); a
 * word between only after a number, not "a" ("a new year", "a good day" say no span), nor a year's
 * ("the 1997 fiscal year", "the 2023-24 school year").
 */
export const DURATION = new RegExp(
  String.raw`\b${SPAN_NUMBER}(?:${AND_A_HALF})?\s?-?\s?${TIME_UNITS}\b|(?<!\d[-–/])\b(?:(?!(?:1[5-9]|20)\d\d\b)\d[\d.,]*|${CARDINAL_WORDS}|a few|several)\s+(?:${BETWEEN_NUMBER_AND_UNIT}\s+)?(?:${TIME_UNITS}|${SEASONS})\b`,
  'iu',
);

/**
 * A span between two years, which says how long something lasted: "from 1875 until 1956", "between
 * 1902 and 1984", "1875-1956". At most three words before each year, so it is read in linear time;
 * not a count whose numbers look like years ("between 1500 and 2000 people", "from 1500 to 1900
 * members"), nor two years listed ("surveys from 2019 and 2021": "and" only after "between"). A
 * count says "to", "and" or a dash, almost never "until", "till" or "through": after those a
 * plural is what the span is about ("From 1875 until 1956 letters flew under Vienna").
 */
const SPAN_WORDS = String.raw`(?:[\p{L}\d,'’]+\s+){0,3}?`;
const SPAN_END = String.raw`${YEAR}\b${NOT_COUNTING}`;
const YEARS_SPANNED = new RegExp(
  String.raw`\bfrom\s+${SPAN_WORDS}${YEAR}\b\s*(?:(?:to|[-–])\s*${SPAN_WORDS}${SPAN_END}|(?:until|till|through)\s*${SPAN_WORDS}${YEAR}\b)|\bbetween\s+${SPAN_WORDS}${YEAR}\b\s*(?:and|to|[-–])\s*${SPAN_WORDS}${SPAN_END}|${YEAR_RANGE}`,
  'iu',
);

/** Whether the text gives a span of time: in units, between two years, or a length. */
export function givesDuration(text: string): boolean {
  return DURATION.test(text) || YEARS_SPANNED.test(text) || LENGTH_GIVEN.test(text);
}
