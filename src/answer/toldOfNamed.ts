// A kind of answer asked of someone by name ("When and where did Shackleton die?", "How old was
// Tutankhamun when he became king?") is given only by a sentence telling it of them: a claim on
// their deeds tells another's death or age (askedDeath.ts, askedAge.ts).

import { sentencesOf } from './sentencesOf.js';
import { normalizeTerm } from '../search/normalizeTerm.js';
import { withinEdits } from '../search/questionCoverage.js';
import { termsOf } from '../search/termsOf.js';
import { tokenize } from '../search/tokenize.js';

/** A word of a name as a question types it: capitalised, not a possessive ("Webb's father" is not Webb). */
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]*(?<!['’]s|s['’])`;
/**
 * The names a question asks of, as a group of a pattern (RegExp source): up to five capitalised
 * words, "and" between two people ("Sergeant Floyd and Louis Washkansky"), none a possessive, which
 * names another's ("When did Webb's father die?" asks no date of Webb).
 */
export const NAMES_TYPED = String.raw`((?:${NAME_WORD}\s+(?:and\s+)?){0,4}?${NAME_WORD})`;

/** A word written as a name is (capitalised): a common word a typo away ("pasture" for Pasteur, "giant" for Grant) is no one. */
const CAPITALISED = /^\p{Lu}/u;

/** The keys of the capitalised words `pattern`'s first group captures in `question`, none when it does not match. */
export function namesCaptured(pattern: RegExp, question: string): Set<string> {
  const names = new Set<string>();
  const named = pattern.exec(question)?.[1];
  if (named === undefined) return names;
  for (const word of tokenize(named)) {
    const term = CAPITALISED.test(word) ? normalizeTerm(word) : null;
    if (term !== null) names.add(term);
  }
  return names;
}

/**
 * Whether a sentence of `text` tells `given` (a death, an age) and has one of `names`: its key, or
 * a word as written within a typo of it as the search forgives one (questionCoverage.ts typoReach:
 * one edit from 5 letters, two from 7), a name's key being the name as typed where no suffix comes
 * off ("How old was Bantng when he got the Nobel?" is told by "Banting, aged 32…", keyed "bant").
 */
export function toldOfNamed(given: { test(text: string): boolean }, text: string, names: ReadonlySet<string>): boolean {
  return sentencesOf(text).some(
    (sentence) =>
      given.test(sentence) &&
      (termsOf(sentence).some((term) => names.has(term)) || tokenize(sentence).some((word) => CAPITALISED.test(word) && nearOneOf(word.toLowerCase(), names))),
  );
}

function nearOneOf(word: string, names: ReadonlySet<string>): boolean {
  for (const name of names) {
    const edits = name.length >= 7 ? 2 : name.length >= 5 ? 1 : 0;
    if (edits > 0 && withinEdits(name, word, edits)) return true;
  }
  return false;
}
