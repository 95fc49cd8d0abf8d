// Compounds are written as one word or two ("heatwaves", "heat waves"; "wildfire", "wild fire";
// "healthcare", "health care"), and a question may write one the other way from the reports:
// two adjacent question words are also searched as one, and a question word WordNet does not
// know is also searched as the two words it is made of, when both are words WordNet knows.

import { foldTerm, normalizeTerm } from './normalizeTerm.js';
import type { WordNet } from './wordnet/wordNet.js';

/** A term a compound gives, with the question's index key it stands for. */
export interface CompoundTerm {
  term: string;
  source: string;
}

/** Each part of a split word is at least this long: shorter ones split words by chance ("e-ven"). */
const MIN_PART = 3;
/** Letters only: numbers and codes ("GLP-1", "A&E") are no compound. */
const LETTERS = /^\p{L}+$/u;

/** Each two adjacent words written as one ("heat waves" -> "heatwaves"), standing for the second (its head). */
export function joinedWords(words: readonly string[]): CompoundTerm[] {
  const joined: CompoundTerm[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const first = foldTerm(words[i] as string);
    const second = foldTerm(words[i + 1] as string);
    if (first === null || second === null || !LETTERS.test(first) || !LETTERS.test(second)) continue;
    const term = normalizeTerm(first + second);
    const source = normalizeTerm(words[i + 1] as string);
    if (term !== null && source !== null) joined.push({ term, source });
  }
  return joined;
}

/**
 * The two words a word WordNet lacks is made of, both words WordNet has ("heatwaves" -> heat,
 * waves), as index keys; every way it splits so. A word WordNet has is not split ("carpet").
 */
export function splitWord(reader: WordNet, word: string): CompoundTerm[] {
  const folded = foldTerm(word);
  const source = normalizeTerm(word);
  if (folded === null || source === null || !LETTERS.test(folded) || folded.length < 2 * MIN_PART || reader.has(folded)) return [];
  const parts: CompoundTerm[] = [];
  for (let at = MIN_PART; at <= folded.length - MIN_PART; at++) {
    const [left, right] = [folded.slice(0, at), folded.slice(at)];
    // WordNet first: most cuts are not two words, and stemming them would fill normalizeTerm's memory with pieces.
    if (!reader.has(left) || !reader.has(right)) continue;
    const keys = [normalizeTerm(left), normalizeTerm(right)];
    if (keys.some((key) => key === null)) continue;
    for (const key of keys) parts.push({ term: key as string, source });
  }
  return parts;
}
