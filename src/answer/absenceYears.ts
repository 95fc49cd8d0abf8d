// A year that dates a thing's absence ("No influenza vaccine or antiviral drug existed in 1918"): it
// says when the thing was not there, not when it was made, approved or first came, so it gives no
// date asked of the thing ("When was the first flu vaccine approved?"). A year after "since" dates
// a change ("No supersonic passenger service has existed since 2003": when it ended) and is kept.

import { YEAR } from './yearWords.js';

/**
 * "No X (or Y) existed / was available / had been made… in 1918", "there was no X available in 1918":
 * up to six words of the thing, then the year after "in" (or "as of", "by").
 */
const ABSENCE_YEAR = new RegExp(
  String.raw`\b(?:no|there (?:was|were) no)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:existed|exist|available|had been (?:made|developed|invented|approved|licensed)|had yet been \w+)\s+(?:yet\s+)?(?:in|as of|by)\s+${YEAR}\b`,
  'giu',
);

/** The text without the years that date a thing's absence: what is left of it that may date things. */
export function withoutAbsenceYears(text: string): string {
  return text.replace(ABSENCE_YEAR, ' ');
}
