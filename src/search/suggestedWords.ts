// Indexed words close to a question's words, as written in the reports: what a question that
// matches nothing is offered ("did you mean…"), closest and most used first.

import type MiniSearch from 'minisearch';
import type { Suggestion } from 'minisearch';
import { byCodeUnits } from '../runtime/byCodeUnits.js';
import type { ClaimDocument } from './claimDocument.js';
import { foldTerm } from './normalizeTerm.js';
import type { PostingsLookup } from './postingsLookup.js';
import { termsOf } from './termsOf.js';

/** How loosely suggestions match the question's words (as MiniSearch's fuzzy ratio). */
export const SUGGESTION_FUZZY = 0.34;

/** `surfaceWords`: index key -> a word as written in the reports (writtenRather's choice). */
type SurfaceWords = ReadonlyMap<string, string>;

/**
 * Whether `word`, as written, is kept to show its index key rather than `kept`: the shorter
 * ("study" before "studies"), then the first by code units ("Plant" before "plant", shown alike).
 * Chosen among every form the reports write, not the first indexed, so what is suggested does not
 * follow the order reports were indexed in (a cold start indexes them as its parse workers finish);
 * compared as written, as each indexed word costs no more than a comparison.
 */
export function writtenRather(word: string, kept: string): boolean {
  return word.length < kept.length || (word.length === kept.length && word < kept);
}

/** How an index key is shown: its word as the reports write it, folded (lower case, no accents). */
function shownWord(surfaceWords: SurfaceWords, term: string): string {
  const written = surfaceWords.get(term);
  return written === undefined ? term : (foldTerm(written) ?? term);
}

/** MiniSearch's autoSuggest's words, for a small library or the public API. */
export function wordsNearByAutoSuggest(miniSearch: MiniSearch<ClaimDocument>, surfaceWords: SurfaceWords, text: string, max: number): string[] {
  // A suggestion's terms come in the order the index first met them, and suggestions that score
  // alike in the order their claims were indexed: both put in an order of their own.
  const suggestions = miniSearch.autoSuggest(text, { fuzzy: SUGGESTION_FUZZY, prefix: true, combineWith: 'OR' }).map(({ score, terms }: Suggestion) => {
    const sorted = [...terms].sort(byCodeUnits);
    return { score, terms: sorted, phrase: sorted.join(' ') };
  });
  suggestions.sort((a, b) => b.score - a.score || byCodeUnits(a.phrase, b.phrase));
  const words = new Set<string>();
  for (const suggestion of suggestions) {
    for (const term of suggestion.terms) words.add(shownWord(surfaceWords, term));
    if (words.size >= max) break;
  }
  return [...words].slice(0, max);
}

/**
 * Suggestions for a large library: autoSuggest runs a whole search with loose fuzzy matching
 * (slower with every report; bench/README.md), when what is wanted is the indexed words near
 * the question's words. These come from the index's vocabulary with the same looseness
 * (SUGGESTION_FUZZY, prefix), closest and most used first.
 */
export function wordsNearInVocabulary(lookup: PostingsLookup, surfaceWords: SurfaceWords, text: string, max: number): string[] {
  const near = new Map<string, number>();
  for (const term of termsOf(text)) {
    for (const { term: word, weight } of lookup.expand(term, SUGGESTION_FUZZY, true)) {
      const rank = weight * Math.log(1 + lookup.occurrences(word));
      near.set(word, Math.max(rank, near.get(word) ?? 0));
    }
  }
  const words = new Set<string>();
  // Words ranked alike by their terms, not by the order the index met them.
  for (const [term] of [...near].sort((a, b) => b[1] - a[1] || byCodeUnits(a[0], b[0]))) {
    words.add(shownWord(surfaceWords, term));
    if (words.size >= max) break;
  }
  return [...words];
}
