// A second look at the claims an answer shows first: each scored by a small linear model over
// what rerankFeatures.ts reads of it (its search score and place, where in the claim the
// question's words are, what sets it apart from the others found), and the first RERANK_TOP
// ordered by that. The search weighs a claim's fields together; this puts first the claim whose
// own sentence says what the question asks over one that shares its words through its sources or
// its report's topic. Only the three an answer shows are reordered: reordering the first 10-20
// (claims from further down into the three) lost as many questions as it won on the sets it was
// not fitted on (eval/README.md, sixth session).

import type { LibraryView } from '../library/libraryView.js';
import { RERANK_FEATURES, rerankFeatures, type FoundClaim, type RerankFeatures } from './rerankFeatures.js';

/** The first claims reordered (those an answer shows); the rest stay below them, in the search's order. */
export const RERANK_TOP = 3;

/** A weight per feature: a claim's rerank score is the weighted sum of its features. */
export type RerankModel = Readonly<RerankFeatures>;

/**
 * Fitted by eval/fitReranker.ts on the development sets together (eval/evalSets.ts; pairwise
 * logistic regression, L2 penalty 10: each answering claim against each other claim of the first
 * RERANK_TOP);
 * its leave-one-set-out figures are in eval/README.md. Re-fit after a change to search or to the
 * features, and paste what it prints.
 */
export const RERANK_MODEL: RerankModel = {
  logRatio: 1.012,
  reciprocalRank: 1.134,
  textTyped: 3.094,
  textOther: 2.297,
  evidenceOnly: 0.9845,
  metadataOnly: 0.2178,
  proximity: -0.3332,
  distinctive: 3.344,
  reportShare: 0.6649,
  claimLength: -0.571,
};

/** The model's score of one claim's features. */
export function rerankScore(features: RerankFeatures, model: RerankModel = RERANK_MODEL): number {
  let sum = 0;
  for (const name of RERANK_FEATURES) sum += model[name] * features[name];
  return sum;
}

/**
 * The claims found (best first) with the first RERANK_TOP ordered by the model, ties in the
 * search's order; each keeps its search score.
 */
export function rerankClaims<T extends FoundClaim>(library: LibraryView, text: string, found: readonly T[], model: RerankModel = RERANK_MODEL): T[] {
  const first = found.slice(0, RERANK_TOP);
  const features = first.length < 2 ? null : rerankFeatures(library, text, first);
  if (features === null) return [...found];
  return [...orderByModel(first, features, model), ...found.slice(RERANK_TOP)];
}

/** `items` ordered by the model's score of their `features` (same order), best first; ties keep their order. */
export function orderByModel<T>(items: readonly T[], features: readonly RerankFeatures[], model: RerankModel = RERANK_MODEL): T[] {
  const scored = items.map((item, i) => ({ item, i, score: rerankScore(features[i] as RerankFeatures, model) }));
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored.map(({ item }) => item);
}
