// A name opening with a superlative, typed in lower case ("who put together the first folio?", "when
// did the first world war start?"), written as the library's claims write it ("the First Folio",
// "the First World War") in the question read for how it asks (readQuestion.ts's typed): a name
// ranks nothing (askedRanking.ts reads a superlative in lower case only), and chat leaves names in
// lower case as often as not.

import type { LibraryView } from '../library/libraryView.js';
import type { Report } from '../reports/model.js';
import { capitalised } from '../search/capitalised.js';
import { matchesOf } from '../search/matchesOf.js';
import { SUPERLATIVE_WORDS } from './askedRanking.js';

/** A superlative and the word after it, both in lower case as typed (the case is read, so no flag for it). */
const SUPERLATIVE_AND_WORD = new RegExp(String.raw`\b(?:${SUPERLATIVE_WORDS})\s+[a-z][a-z'’-]*[a-z]\b`, 'g');
/** A cheap first test: most questions type no superlative in lower case. */
const ANY_SUPERLATIVE = new RegExp(String.raw`\b(?:${SUPERLATIVE_WORDS})\b`);
/** A superlative and the word after it, both capitalised: "First Folio", "Longest Day". */
const CAPITALISED_SUPERLATIVE_AND_WORD = new RegExp(String.raw`\b(?:${SUPERLATIVE_WORDS.split('|').map(capitalised).join('|')})\s+\p{Lu}[\p{Ll}'’-]*\p{Ll}\b`, 'gu');
/** The pairs of words looked up in the reports, at most: a question names a thing or two, and each is looked up in every report. */
const WORDS_READ = 4;
/** What ends a sentence: a word after it is capitalised as any first word is. */
const SENTENCE_END = /[.!?:]/;

/** The question as typed, each superlative and its next word in lower case that a claim the view serves writes capitalised inside a sentence written so. */
export function withSuperlativeNamesWritten(typed: string, library: LibraryView): string {
  if (!ANY_SUPERLATIVE.test(typed)) return typed;
  let written = typed;
  let reports: readonly Report[] | undefined;
  const named = new Map<string, boolean>();
  for (const match of matchesOf(typed, SUPERLATIVE_AND_WORD)) {
    const words = match[0].replace(/\s+/g, ' ');
    let isName = named.get(words);
    if (isName === undefined) {
      if (named.size === WORDS_READ) break;
      reports ??= library.reports;
      isName = reports.some((report) => superlativeNamesOf(report).has(words));
      named.set(words, isName);
    }
    if (!isName) continue;
    const name = match[0].replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
    written = written.slice(0, match.index) + name + written.slice(match.index + name.length);
  }
  return written;
}

// A report's names are read once, on the first question typing a superlative in lower case: a
// report reloaded is a new object, read again.
const namesOfReport = new WeakMap<Report, ReadonlySet<string>>();

/** The names opening with a superlative that the report's claims write inside a sentence (not opening one, where any word is capitalised), in lower case, one space between. */
function superlativeNamesOf(report: Report): ReadonlySet<string> {
  let names = namesOfReport.get(report);
  if (names !== undefined) return names;
  const found = new Set<string>();
  for (const { text } of report.claims) {
    for (const match of matchesOf(text, CAPITALISED_SUPERLATIVE_AND_WORD)) {
      const before = text.slice(Math.max(0, match.index - 8), match.index).trimEnd();
      if (before !== '' && !SENTENCE_END.test(before.at(-1) as string)) found.add(match[0].replace(/\s+/gu, ' ').toLowerCase());
    }
  }
  names = found;
  namesOfReport.set(report, names);
  return names;
}
