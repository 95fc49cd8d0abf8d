// The query a question becomes: how its words are matched (fuzzy, prefix, boosts) and the terms
// pruned search and the exhaustive fallback search for, the question's words then expansions.

import type { SearchOptions } from 'minisearch';
import type { EveryMatchQuery, TermSpec } from './exhaustiveSearch.js';
import type { Expansion } from './expandQuestion.js';
import { letSharedWordNetGo, sharedWordNet } from './wordnet/sharedWordNet.js';
import type { WordNet } from './wordnet/wordNet.js';
import { foldTerm, normalizeTerm } from './normalizeTerm.js';
import type { QueryTerm } from './prunedSearch.js';
import { tokenize } from './tokenize.js';

/**
 * How a question is matched. Each value was chosen on `npm run eval` (eval/questions.json); the
 * figures are in eval/README.md.
 */
export const SEARCH_OPTIONS = {
  // The claim is what is answered, so its words count most; quotes and findings next (questions
  // about evidence are answered only there); source titles for "what does <source> say".
  boost: { text: 3, evidence: 2, sources: 1, perspective: 1, topic: 0.5 },
  // Typos are forgiven in words of 5+ letters after stemming (typoEdits: or as typed, for a word
  // WordNet lacks): on shorter words one edit is a different word ("risk" ~ "disk"), and fuzzy
  // lookups of short words cost the most. 5-6 letters: one edit; 7+: two, so a swap of two letters
  // ("upfornt") is forgiven. None in a word whose index key the claims have (IndexedTerm, below).
  fuzzy: (term: string): number | false => (term.length >= 7 ? 2 : term.length >= 5 ? 1 : false),
  // People type the last word as they think; complete it when it has 3+ letters.
  prefix: (term: string, i: number, terms: string[]): boolean => i === terms.length - 1 && term.length >= 3,
  combineWith: 'OR',
} satisfies SearchOptions;

/**
 * Typos forgiven in a question word (its index key `term`, `typed` as typed): SEARCH_OPTIONS.fuzzy
 * by the key's length, and one edit for a word of 5+ letters as typed whose key is shorter, when
 * WordNet lacks it: "botled" stems to botl and "oficers" to ofic, keys too short to forgive by
 * their length, typed long enough to be typos of bottled and officers. A dictionary word keeps its
 * key's ("meals" is meal, not meat or real).
 */
export function typoEdits(term: string, typed: string | undefined): number | false {
  const byKey = SEARCH_OPTIONS.fuzzy(term);
  if (byKey !== false || typed === undefined) return byKey;
  const word = foldTerm(typed);
  if (word === null || word.length < MIN_TYPED_TYPO_LENGTH || !/^[a-z]+$/.test(word)) return false;
  const reader = sharedWordNet();
  return reader !== null && !wordNetHasOrTrue(reader, word) ? 1 : false;
}
/** SEARCH_OPTIONS.fuzzy's shortest key with a typo forgiven, here as typed. */
const MIN_TYPED_TYPO_LENGTH = 5;

/**
 * Whether WordNet has the word; true when its files cannot be read (a read error: the shared
 * reader is let go, letSharedWordNetGo, and no typo is forgiven beyond the key's, as without
 * WordNet). Any other error is a bug, and is thrown.
 */
function wordNetHasOrTrue(reader: WordNet, word: string): boolean {
  try {
    return reader.knows(word);
  } catch (error) {
    letSharedWordNetGo(reader, error);
    return true;
  }
}

/**
 * Whether a claim has the index key (ClaimIndex.claimsWith > 0; in a channel, a claim of a report
 * it can see: libraryView.ts): a question word whose key (its stem) the claims have is taken as
 * typed, no typo of another word forgiven in it, though no claim need have the word as typed.
 * Forgiven, a word spelt right met the claims' neighbours of it ("change" chance and charge,
 * "protect" product and project), each scored as a near miss, above the answer where they are many
 * (eval/README.md, twenty-third session). A misspelt word is one whose key the claims lack.
 */
export type IndexedTerm = (term: string) => boolean;

/**
 * A function giving typoEdits for each index key of the question `text`, by the word typed for it
 * (the last, when two share a key), none for a key `indexed` says the claims have: what every
 * search of the question forgives, MiniSearch's own too (its `fuzzy`).
 */
export function typoEditsByTerm(text: string, indexed?: IndexedTerm): (term: string) => number | false {
  const typed = new Map<string, string>();
  for (const word of tokenize(text)) {
    const term = normalizeTerm(word);
    if (term !== null) typed.set(term, word);
  }
  return (term) => unlessIndexed(term, typoEdits(term, typed.get(term)), indexed);
}

/**
 * `edits`, or none when `indexed` says the claims have the key. `indexed` is asked only of a key
 * with a typo to forgive: it reads the index (on the public API, a search), and a short key has
 * none to forgive.
 */
function unlessIndexed(term: string, edits: number | false, indexed: IndexedTerm | undefined): number | false {
  return edits !== false && indexed?.(term) === true ? false : edits;
}

/**
 * The terms MiniSearch would search for a question: each word with its fuzzy and prefix matching,
 * then the synonyms, exact and at their lower weight. `text`, the question as typed, lets a word
 * typed long but stemmed short have a typo forgiven (typoEdits); `indexed`, a word the claims
 * have is taken as typed (IndexedTerm).
 */
export function queryTerms(terms: string[], synonyms: Expansion[], text?: string, indexed?: IndexedTerm): QueryTerm[] {
  // One array filled in place and every term one shape (`term` undefined for the question's own
  // words): the search's loops over the terms then meet one kind of object and array, and V8's
  // compiled code for them is not thrown away when a question has no synonyms.
  const query: QueryTerm[] = [];
  const edits = text !== undefined ? typoEditsByTerm(text, indexed) : (term: string) => unlessIndexed(term, SEARCH_OPTIONS.fuzzy(term), indexed);
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as string;
    query.push({ source: term, term: undefined, boost: 1, fuzzy: edits(term), prefix: SEARCH_OPTIONS.prefix(term, i, terms) });
  }
  for (const s of synonyms) query.push({ source: s.source, term: s.term, boost: s.weight, fuzzy: false, prefix: false });
  return query;
}

/**
 * The query searchEverything gives MiniSearch, as term specs (MiniSearch's termToQuerySpec): the
 * question's words with fuzzy and prefix matching (none for a word `indexed` says the claims have),
 * then the expansions, exact, at their weights.
 */
export function everyMatchQuery(text: string, synonyms: Expansion[], indexed?: IndexedTerm): EveryMatchQuery {
  const words = tokenize(text)
    .flatMap((word) => normalizeTerm(word) ?? [])
    .filter((term) => term !== '');
  const edits = typoEditsByTerm(text, indexed);
  const own = words.map((term, i, terms): TermSpec => ({ term, fuzzy: edits(term), prefix: SEARCH_OPTIONS.prefix(term, i, terms), boost: 1 }));
  if (synonyms.length === 0) return { groups: [own] };
  const weights = new Map(synonyms.map((s) => [s.term, s.weight]));
  const expansions = tokenize(synonyms.map((s) => s.term).join(' '))
    .filter((term) => term !== '')
    .map((term): TermSpec => ({ term, fuzzy: false, prefix: false, boost: weights.get(term) ?? 0 }));
  return { groups: [own, expansions], sourceOf: new Map(synonyms.map((s) => [s.term, s.source])) };
}
