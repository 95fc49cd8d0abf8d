// The names a question asks about: words capitalised inside it ("…farms in Singapore?"), and of
// those the spelt-out ones, not acronyms, which reports spell out. The decision reads them
// (answerability.ts): a name no claim shown has, and what a claim naming it says beside it.

import { coverageParts, type CoverageQuestion } from '../search/questionCoverage.js';
import { normalizeTerm } from '../search/normalizeTerm.js';
import { tokenize } from '../search/tokenize.js';

const CAPITALISED = /^\p{Lu}/u;
/** A plural's "s" after a capital ("EVs"). */
const PLURAL_AFTER_CAPITAL = /(?<=\p{Lu})s$/u;

/** The question's words as a claim covers them (coverageParts). */
type CoverageWords = ReturnType<typeof coverageParts>['words'];

/** The keys of words capitalised inside the question ("Singapore" in "…farms in Singapore?"): names. */
export function namesIn(text: string): Set<string> {
  return new Set(capitalisedWords(text).keys());
}

/**
 * The names that are spelt out, not acronyms written in capitals ("SA", "AQI", or plural: "EVs", "LPs"): reports spell out
 * and define the acronyms they use, and chat questions shorten what claims spell out. Not "US",
 * "UK" or "EU" either: a claim writes them as "U.S.", "American" or "European" as often, which
 * would not cover them (eval/README.md, eighteenth session).
 */
export function spelledNamesIn(text: string): Set<string> {
  return new Set([...capitalisedWords(text)].flatMap(([term, word]) => (isSpelledOut(word.replace(PLURAL_AFTER_CAPITAL, '')) ? [term] : [])));
}

const LOWER_CASE_LETTERS = /\p{Ll}/gu;
const CAPITALS = /\p{Lu}/gu;
/** The longest word read as an abbreviation by its capitals: "PhD", "MSc", "MWh"; "ChatGPT" and "NIRCam" are names. */
const MAX_ABBREVIATION_LENGTH = 3;
/**
 * Whether a capitalised word is spelt out: with lower-case letters, and not a short abbreviation
 * mixing case with more capitals than lower case ("PhD", "MSc", "MWh", "IoT"), which a claim spells
 * out as it does an acronym ("doctorate", "megawatt hours"). A longer one is as often a name
 * ("ChatGPT", "NIRCam", "LoRA").
 */
function isSpelledOut(word: string): boolean {
  const lower = word.match(LOWER_CASE_LETTERS)?.length ?? 0;
  return lower > 0 && (word.length > MAX_ABBREVIATION_LENGTH || lower >= (word.match(CAPITALS)?.length ?? 0));
}

/**
 * Where a sentence ends and another starts: after a question or exclamation mark ("What happened on
 * 9 June 1973? One is a horse race."). Not after a full stop, which ends abbreviations too ("St.
 * Louis", "Dr. Kolff").
 */
const SENTENCE_END = /[?!]+(?=\s)/u;

/**
 * The words capitalised inside the question's sentences, by their keys (the first one typed): not
 * the word opening a sentence, capitalised as any first word is, the question's or a later one's.
 * A later sentence opening with more than one capital ("…? UCLA something?") opens with a name.
 */
function capitalisedWords(text: string): Map<string, string> {
  const words = new Map<string, string>();
  text.split(SENTENCE_END).forEach((sentence, s) => {
    tokenize(sentence).forEach((word, i) => {
      const opensWithCapitalOnly = i === 0 && (s === 0 || (word.match(CAPITALS)?.length ?? 0) < 2);
      const term = !opensWithCapitalOnly && CAPITALISED.test(word) ? normalizeTerm(word) : null;
      if (term !== null && !words.has(term)) words.set(term, word);
    });
  });
  return words;
}

/** Whether a claim has a name of the question in some form (as coverageParts reads it: a name is never completed). */
export function coversName(question: CoverageQuestion, term: string, claimTerms: ReadonlySet<string>): boolean {
  return (coverageParts({ ...question, terms: [term] }, claimTerms).words[0]?.credit ?? 0) > 0;
}

/** besidesNames: the covered share of the words other than names, when the claim has a name of the question (1 otherwise). */
export function besidesNamesIn(words: CoverageWords, names: ReadonlySet<string>): number {
  let named = false;
  let others = 0;
  let covered = 0;
  for (const word of words) {
    if (names.has(word.term)) named ||= word.credit > 0;
    else {
      others += word.share;
      covered += word.share * word.credit;
    }
  }
  return named && others > 0 ? covered / others : 1;
}
