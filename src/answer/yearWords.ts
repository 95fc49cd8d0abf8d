// How a year is written, shared by the kinds of answer the no-answer decision reads
// (askedAnswerKind.ts: a year counts no things) and the years a question names (askedYear.ts), so
// that both tell "in 2019", "the 2008 cable cuts" and "2008-2016" from "of 1500 people", "a 2000
// MW wind farm" and "a tourist tax of 2000 euros" the same way.

import { MAGNITUDE_WORDS } from './quantityWords.js';

/** A year as a claim writes one: 1500-2099. */
export const YEAR = String.raw`(?:1[5-9]|20)\d\d`;

/** The months by name, as a claim writes them. */
export const MONTHS: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A noun that a number before it counts: a plural ("1600 homes", "1800 units", "1500 hours"; not a
 * word in "-ss", "-us" or "-is", nor "this", "does", "always"…) or people, children, men, women.
 */
export const COUNTED_NOUN = String.raw`\s+(?:people|children|men|women|(?!(?:does|this|thus|plus|always|perhaps|sometimes|whereas|towards|besides)\b)\p{Ll}{3,}s\b(?<!ss|us|is))`;

/**
 * A unit or an amount after a number, which it measures or sums: "a 2000 MW wind farm", "2000 ml",
 * "1500 kg", "2000%", "2000 euro", "1800 million" (a plural, "2000 euros", is a counted noun).
 */
const MEASURE = String.raw`\s?(?:%|(?:[kMGT]?W|[kMGT]Wh|mAh|[mc]?l|[mk]?g|t|[kcm]?m|ha|mph|${MAGNITUDE_WORDS}|bn|euro|dollar|pound|yen|yuan|rupee|peso)\b)`;

/** What follows a year: no decimal, no second number after a dash, no noun it counts, no unit. */
export const NOT_COUNTING = String.raw`(?![.,]\d)(?!${COUNTED_NOUN})(?!${MEASURE})`;

/** The seasons, which date a year as a month does ("in spring 2020", "over Winter 1962"). */
export const SEASONS: readonly string[] = ['spring', 'summer', 'autumn', 'fall', 'winter'];

/**
 * A four-digit number is a year only in a year's context: after "in", "since", "by", "fiscal", a
 * month or a season …, after "the", "a", "of", "its" or a name's "'s" ("Alaska's 2024 Senate race"), and not
 * when a noun it counts or a unit follows ("in 1600 homes", "of 1500 people", "the 2000 children",
 * "a 2000 MW wind farm"). "Some 2000 riders", "enrolled 1961 adults", "RSA-2048" are no years.
 * The year is matched first and its context looked behind from its end: looked behind first, it
 * was tried at every position, each scanning back over the whole run of spaces before it.
 */
export const YEAR_IN_CONTEXT = String.raw`${YEAR}(?<=(?:\b(?:in|since|by|from|until|till|through|during|before|after|fiscal|FY|between|early|late|mid|${MONTHS.join('|')}|${SEASONS.join('|')}|the|a|an|of|and|to|or|its|their)|\p{L}['’]s)[\s-]+\d{4})\b(?![-–]\d)${NOT_COUNTING}`;

/**
 * A year before 1500 ("in 1476", "around 1455"): only after a word that sets a time, as a number
 * of that size elsewhere counts things ("of 1200 people"), and, as a later year, not when it
 * counts or measures ("in 1200 homes", "grew by 1200 MW", "around 1400 km"). Read by the kinds of
 * answer only.
 */
export const EARLY_YEAR = String.raw`(?<=\b(?:in|since|by|until|till|around|circa|c\.)\s)1[0-4]\d\d\b${NOT_COUNTING}`;

/** A decade: "the 1990s". */
export const DECADE = String.raw`(?<![\d.,])${YEAR}s\b`;

/** A range whose ends are both years and that counts nothing: "2008-2016", "2024-25"; not "1500-2000 clinics". */
export const YEAR_RANGE = String.raw`(?<![\d.,])${YEAR}[-–](?:${YEAR}|\d\d)\b${NOT_COUNTING}`;

/** The flags the patterns above are read with: any case ("In 2019"), and Unicode (\p{…}). */
export const YEAR_FLAGS = 'giu';
