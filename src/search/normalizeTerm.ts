// Turns a word into the form the index keys on: lowercase, Latin accents folded (café = cafe),
// English words stemmed (risks = risk, evaluated = evalu), stop words dropped.

import { stemmer } from 'stemmer';
import { BoundedMap } from './boundedMap.js';
import { STOP_WORDS } from './stopWords.js';

const LATIN_OR_DIGITS = /^[\p{Script=Latin}\p{N}\p{M}'’]+$/u;
const ASCII_LETTERS = /^[a-z]+$/;
// Most words: folding accents and apostrophes off them leaves them as they are, so it is skipped.
const PLAIN = /^[a-z0-9]+$/;
const APOSTROPHES = /['’]/g;
// British spellings meet American ones before stemming, which keeps them apart (generalis/generaliz).
const BRITISH_ISE = /(.{3,})is(e|ed|es|ing|ation|ations|ability|able|er|ers)$/;

// No word is longer; a longer "word" (a run of letters, a hash) costs stemming and fuzzy matching
// time in proportion to its length (bench/README.md), so it is cut.
const MAX_TERM_LENGTH = 40;

// Names that are stop words only in lower case: "the US", "IT support", "the WHO". Written in
// capitals they are searched and indexed, as "us", "it", "who"; a short list, since an
// all-capitals title would otherwise index its "AND" and "OF". "us" is also the stem of "use",
// "used", "using" and "useful", so the US shares its key with them (a question saying America
// reaches claims that use something, a claim citing a "U.S." agency a question's "use"). Keyed
// apart and both models refitted, the decision forward-chained declined less (eval/README.md,
// forty-ninth session): kept as it is.
export const CAPITALIZED_NAMES: ReadonlySet<string> = new Set(['US', 'IT', 'WHO']);

/** The folded, unstemmed word, or null for a stop word or a lone letter. */
export function foldTerm(word: string): string | null {
  if (CAPITALIZED_NAMES.has(word)) return word.toLowerCase();
  let term = word.slice(0, MAX_TERM_LENGTH).toLowerCase();
  if (PLAIN.test(term)) {
    if (term.length < 2 && !/\d/.test(term)) return null;
  } else if (LATIN_OR_DIGITS.test(term)) {
    term = term.normalize('NFKD').replace(/\p{M}/gu, '').replace(APOSTROPHES, '');
    if (term.length < 2 && !/\d/.test(term)) return null;
  }
  if (term === '' || STOP_WORDS.has(term)) return null;
  return term;
}

/** The index key of a word, or null when the word is not worth indexing or searching. */
export function normalizeTerm(word: string): string | null {
  let term = termOfWord.get(word);
  if (term === undefined) {
    term = computeTerm(word);
    // A word split from a long text can be a slice that keeps the whole text alive; store a copy.
    termOfWord.set(` ${word}`.slice(1), term);
  }
  return term;
}

// Words repeat endlessly in reports ("risk", "the"); folding and stemming each distinct word once
// more than halves the time to index a library (bench/README.md).
const MAX_REMEMBERED_WORDS = 200_000;
const termOfWord = new BoundedMap<string, string | null>(MAX_REMEMBERED_WORDS);

/**
 * What decides a word's index key, as text: WordNet's relation table keeps each related word's
 * key, and is built again when this changes (wordnet/relationTableFile.ts adds the stemmer's file).
 */
export function termSourceKey(): string {
  return [foldTerm, computeTerm, stemmer, PLAIN, LATIN_OR_DIGITS, ASCII_LETTERS, APOSTROPHES, BRITISH_ISE, PLURAL_ACRONYM, VOWEL, acronymOrStem, MAX_TERM_LENGTH, [...CAPITALIZED_NAMES].join(' '), [...STOP_WORDS].join(' ')].map(String).join('\n');
}

function computeTerm(word: string): string | null {
  const term = foldTerm(word);
  if (term === null) return null;
  if (!ASCII_LETTERS.test(term)) return term;
  // An acronym's plural ("AEDs", "GPs") is keyed as the acronym: its "s" is no part of the letters.
  if (PLURAL_ACRONYM.test(word)) return acronymOrStem(term.slice(0, -1));
  return acronymOrStem(term);
}

/**
 * A plural's other key for a word without a vowel typed in lower case with a final "s": "llms" is
 * keyed whole, as "gps" and "nhs" are, yet may be the plural the reports write "LLMs" (keyed llm).
 * So for a word of letters and digits typed with a final "s" after a letter or a digit: "3ms" is
 * 3M's typed without its apostrophe (a claim's "3M's" is keyed 3m), "mp3s" and "b52s" plurals. The
 * stemmer strips no "s" from them, as it keys only words of letters. Null for any other word.
 */
export function acronymSingular(word: string): string | null {
  if (PLURAL_ACRONYM.test(word)) return null;
  const term = foldTerm(word);
  if (term === null) return null;
  return LOWER_CASE_ACRONYM_PLURAL.test(term) || (LETTERS_AND_DIGITS_PLURAL.test(term) && word.endsWith('s')) ? term.slice(0, -1) : null;
}

/** An acronym written in capitals with a plural "s": "AEDs", "GPs", "LLMs". */
const PLURAL_ACRONYM = /^[A-Z]{2,6}s$/;
const VOWEL = /[aeiouy]/;
const LOWER_CASE_ACRONYM_PLURAL = /^[b-df-hj-np-tv-xz]{2,6}s$/;
/** Letters and digits, at least one of each before a final "s" ("3ms", "mp3s"); not a decade or a number's plural ("1990s", "100s"). */
const LETTERS_AND_DIGITS_PLURAL = /^(?=[a-z\d]*\d)(?=[a-z\d]*[a-z][a-z\d]*s$)[a-z\d]{2,8}s$/;

/**
 * The stem of a word, or the whole word where the stemmer would read an acronym as English: a
 * word without a vowel is no English word to strip ("NHS" was keyed nh, "GPS" gp as a GP is), nor
 * one left a single letter ("AED" was keyed a, "OED" o). In capitals or not, alike: a question
 * types "gps" or "aed" as often as the reports' capitals.
 */
function acronymOrStem(term: string): string {
  if (!VOWEL.test(term)) return term;
  const stem = stemmer(term.replace(BRITISH_ISE, '$1iz$2'));
  return stem.length < 2 ? term.replace(/s$/, '') : stem;
}
