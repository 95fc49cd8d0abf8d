// Reciprocal rank fusion of the lexical and the vector ranking: each claim scores 1 / (k + rank)
// in each list it is in, summed. Ranks, not scores, are fused, since BM25 scores and cosine
// similarities are on scales that cannot be added.

/** The usual constant of reciprocal rank fusion (Cormack et al., 2009): damps the top ranks' lead. */
export const RRF_K = 60;

/**
 * Below this cosine similarity a claim found only by its vector is not an answer. Models differ
 * (nomic-embed-text puts unrelated texts around 0.3-0.5); untuned: no real model could be run
 * where this was written.
 */
export const MIN_SIMILARITY = 0.6;

export interface FusedHit {
  id: string;
  score: number;
}

/** Each list is ids, best first; the fused list is best first, ties in the first list's order. */
export function fuseRankings(lists: readonly (readonly string[])[], k = RRF_K): FusedHit[] {
  const scores = new Map<string, number>();
  for (const list of lists) list.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + 1 / (k + rank + 1)));
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}
