// The years a question names ("How many members did Chess.com have in 2019?", "What caused the
// 2008 cable cuts…?"). A question about one year is about what a claim on the same thing says of
// that year: a claim stating another year, or none, shares the topic and the words, not the
// answer (eval/README.md, seventeenth session). A year is read as the kinds of answer read one
// (yearWords.ts): in a year's context, and not when it counts or measures something ("of 1500
// people", "a 2000 MW wind farm", "a tourist tax of 2000 euros").

import { NOT_COUNTING, YEAR, YEAR_FLAGS, YEAR_IN_CONTEXT, YEAR_RANGE } from './yearWords.js';

/** A year, or a range of years ("2008-2016", "2024-25"); not a decade ("the 2020s" names no one year). */
const NAMED_YEAR = new RegExp(`${YEAR_IN_CONTEXT}|${YEAR_RANGE}`, YEAR_FLAGS);
/** The four-digit years of a range as written. */
const FOUR_DIGITS = /\d{4}/g;

/** The distinct years `text` names, in the order it names them (both ends of a range written in full). */
export function namedYears(text: string): string[] {
  const years = (text.match(NAMED_YEAR) ?? []).flatMap((named) => named.match(FOUR_DIGITS) ?? []);
  return [...new Set(years)];
}

/**
 * Years offered as a choice, one or another ("was it 2012 or 2013?", "2020 or 2021?", "in 1896 or
 * in 1897", "in 1990, 1995 or 2000?", "2019 or 2020 or 2021?"): the question asks which, and a
 * claim stating any of them speaks of it. Not a range ("2012 or 2013-14" is a year and a season),
 * nor years joined by "and" ("in 1990, 1995 and 2000" asks of each).
 */
const CHOSEN_YEAR = String.raw`(?:in\s+)?${YEAR}(?![-–]?\d)`;
const YEAR_CHOICE = new RegExp(
  String.raw`(?<![\d.,–-])${YEAR}(?![-–]?\d)(?:\s*,\s*${CHOSEN_YEAR})*,?\s+or\s+${CHOSEN_YEAR}(?:,?\s+or\s+${CHOSEN_YEAR})*\b${NOT_COUNTING}`,
  'gu',
);
/** The four-digit years of a choice as written. */
const CHOICE_YEARS = /\d{4}/g;

/** The years `text` offers as a choice, each choice its years ("2012 or 2013": ["2012", "2013"]). */
export function yearChoices(text: string): string[][] {
  return [...text.matchAll(YEAR_CHOICE)].map((match) => match[0].match(CHOICE_YEARS) ?? []);
}

/** A four-digit number standing alone, however it is written ("2019", "2026-02-03", "RSA-2048"). */
const STATED_NUMBER = /(?<!\d)\d{4}(?!\d)/g;

/**
 * Whether `text` (what a claim gives, its sources, its report's date) states every year of
 * `years`: as any four digits standing alone, since a claim that writes the year at all speaks
 * of it ("the 2019-20 season", "Survey 2024").
 */
export function statesYears(text: string, years: readonly string[]): boolean {
  if (years.length === 0) return true;
  const stated = new Set(text.match(STATED_NUMBER) ?? []);
  return years.every((year) => stated.has(year));
}

/** Which way a year bounds the period asked of: "after 1950", "since 2010" ask of later years; "before 1900" of earlier ones. */
export type YearBound = 'later' | 'earlier';
/** A year after "after", "since" or "before": the edge of a period asked of, not the year itself. */
const BOUNDING_YEAR = /\b(after|since|before)\s+(\d{4})\b/giu;

/** The years `text` bounds a period by ("how many titles after 1950": 1950, later), each with its way. */
export function yearBounds(text: string): ReadonlyMap<string, YearBound> {
  const bounds = new Map<string, YearBound>();
  for (const [, word, year] of text.matchAll(BOUNDING_YEAR)) bounds.set(year as string, (word as string).toLowerCase() === 'before' ? 'earlier' : 'later');
  return bounds;
}

/** The earliest and the latest year a claim may state: four digits outside them count or measure ("2500 km"). */
const FIRST_YEAR = 1000;
const LAST_YEAR = 2199;

/**
 * Whether `text` states a year on the bound's side of `year` ("…Brazil had to wait until 1958" for
 * "after 1950"): a claim on the period the bound opens states its own years, not the edge's.
 */
export function statesYearWithin(text: string, year: string, bound: YearBound): boolean {
  const edge = Number(year);
  return (text.match(STATED_NUMBER) ?? []).some((stated) => {
    const at = Number(stated);
    return at >= FIRST_YEAR && at <= LAST_YEAR && (bound === 'later' ? at > edge : at < edge);
  });
}

