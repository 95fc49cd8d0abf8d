// Indexed words close to a question's words, as written in the reports: what a question that
// matches nothing is offered ("did you mean…"), closest and most used first.

import type MiniSearch from 'minisearch';
import type { Suggestion } from 'minisearch';
import type { ClaimDocument } from './claimDocument.js';
import type { PostingsLookup } from './postingsLookup.js';
import { termsOf } from './termsOf.js';

/** How loosely suggestions match the question's words (as MiniSearch's fuzzy ratio). */
export const SUGGESTION_FUZZY = 0.34;

/** `surfaceWords`: index key -> a word as written in the reports. */
type SurfaceWords = ReadonlyMap<string, string>;

/** MiniSearch's autoSuggest's words, for a small library or the public API. */
export function wordsNearByAutoSuggest(miniSearch: MiniSearch<ClaimDocument>, surfaceWords: SurfaceWords, text: string, max: number): string[] {
  const suggestions: Suggestion[] = miniSearch.autoSuggest(text, { fuzzy: SUGGESTION_FUZZY, prefix: true, combineWith: 'OR' });
  const words = new Set<string>();
  for (const suggestion of suggestions) {
    for (const term of suggestion.terms) words.add(surfaceWords.get(term) ?? term);
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
  for (const [term] of [...near].sort((a, b) => b[1] - a[1])) {
    words.add(surfaceWords.get(term) ?? term);
    if (words.size >= max) break;
  }
  return [...words];
}
