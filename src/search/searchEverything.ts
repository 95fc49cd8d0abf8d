// MiniSearch's own search of a question: every claim matching a word of it is scored. On the
// public API every question is searched so; on the compact engine only while claims discarded
// but not yet swept are in the postings (searchEveryMatch in exhaustiveSearch.ts gives the same
// results faster otherwise).

import type MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';
import type { ClaimDocument } from './claimDocument.js';
import type { Expansion } from './expandQuestion.js';
import type { ScoredClaim } from './prunedSearch.js';
import { typoEditsByTerm, type IndexedTerm } from './questionQuery.js';
import { keptAtLimit, type TiedClaim } from './tiedClaims.js';

/**
 * The claims matching `text` or its expansions `synonyms`, best first, at most `limit`, those
 * `filter` passes; claims tying at the limit taken in compareTied's order (`tiedClaim` says what a
 * claim is ordered by; by id alone unless given), not MiniSearch's, which follows the order claims were indexed.
 * `indexed`: a question word the claims have is taken as typed (questionQuery.ts IndexedTerm).
 */
export function searchEverything(
  miniSearch: MiniSearch<ClaimDocument>,
  text: string,
  synonyms: Expansion[],
  filter: ((claimId: string) => boolean) | undefined,
  limit?: number,
  tiedClaim: (id: string) => TiedClaim = (id) => ({ id, length: 0 }),
  indexed?: IndexedTerm,
): ScoredClaim[] {
  // The typos forgiven by the words as typed too (typoEditsByTerm), as the compact engine's searches do.
  const fuzzy = typoEditsByTerm(text, indexed);
  const options: SearchOptions = filter ? { filter: (result) => filter(result.id as string), fuzzy } : { fuzzy };
  if (synonyms.length === 0) {
    const found = miniSearch.search(text, options).map((result) => ({ id: result.id as string, score: result.score }));
    return limit === undefined ? found : keptAtLimit(found, limit, (result) => tiedClaim(result.id));
  }
  // The question's own words first; expansions help at their lower weights, exact forms only.
  const weights = new Map(synonyms.map((s) => [s.term, s.weight]));
  const query = {
    combineWith: 'OR' as const,
    queries: [
      text,
      { queries: [synonyms.map((s) => s.term).join(' ')], processTerm: (t: string) => t, boostTerm: (t: string) => weights.get(t) ?? 0, fuzzy: false, prefix: false },
    ],
  };
  // MiniSearch multiplies a claim's score by the query terms it matched; an expansion counts
  // as the question word it stands for (as in prunedSearch), so ten synonyms of one word count once.
  const sourceOf = new Map(synonyms.map((s) => [s.term, s.source]));
  const results = miniSearch.search(query, options).map((result) => {
    const sources = new Set(result.queryTerms.map((term) => sourceOf.get(term) ?? term));
    return { id: result.id as string, score: (result.score / result.queryTerms.length) * sources.size };
  });
  results.sort((a, b) => b.score - a.score);
  return limit === undefined ? results : keptAtLimit(results, limit, (result) => tiedClaim(result.id));
}
