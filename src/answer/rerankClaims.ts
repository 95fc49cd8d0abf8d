// A second look at the claims an answer shows first: each scored by a small linear model over
// what rerankFeatures.ts reads of it (its search score and place, where in the claim the
// question's words are, what sets it apart from the others found), and the first RERANK_TOP
// ordered by that. The search weighs a claim's fields together; this puts first the claim whose
// own sentence says what the question asks over one that shares its words through its sources or
// its report's topic. The first four are reordered, so the fourth can come into the three an
// answer shows: with the features of the sixth session that won as many questions as it lost on
// the sets it was not fitted on (deeper still, 10-20, lost more), and it paid once a claim
// stating a quantity counted for a question asking for one (eval/README.md, sixth and eighth
// sessions).

// RERANK_TOP is set in its own module, loaded before the features, so that nothing they load
// reads it before it is set: see rerankTop.ts.
import { RERANK_TOP } from './rerankTop.js';
import type { LibraryView } from '../library/libraryView.js';
import { bySharedFunctionWords } from '../search/sharedFunctionWords.js';
import { RERANK_FEATURES, rerankFeatures, type FoundClaim, type RerankFeatures } from './rerankFeatures.js';

export { RERANK_TOP };

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
  logRatio: 1.211,
  reciprocalRank: 0.5057,
  textTyped: 3.173,
  textOther: 3.531,
  evidenceOnly: 0.1118,
  metadataOnly: -0.108,
  proximity: -0.04647,
  distinctive: 6.329,
  reportShare: 1.576,
  claimLength: -1.393,
  statesAskedQuantity: 1.264,
  givesAskedKind: 2.451,
  statesAskedCause: 1.929,
  textOtherByRank: -2.141,
  rareFunctionWords: 0.9804,
};

/** The model's score of one claim's features. */
export function rerankScore(features: RerankFeatures, model: RerankModel = RERANK_MODEL): number {
  let sum = 0;
  for (const name of RERANK_FEATURES) sum += model[name] * features[name];
  return sum;
}

/**
 * The claims found (best first), the first of them lifted by the question's function words their
 * sentences share (sharedFunctionWords.ts: the scores of those lifted change), then the first
 * RERANK_TOP ordered by the model, ties in that order. `text` is what was searched, `asked` the
 * question as typed (plainQuestion in chatQuestion.ts).
 */
export function rerankClaims<T extends FoundClaim>(library: LibraryView, text: string, found: readonly T[], asked: string, model: RerankModel = RERANK_MODEL): T[] {
  // First the claims whose sentences share the question's function words (sharedFunctionWords.ts).
  // A served claim's function words were worked out when it was served (servedSentences.ts).
  const lifted = bySharedFunctionWords(text, found, (item) => library.sentenceFunctionWordBits(item.claim.text) ?? item.claim.text);
  const first = lifted.slice(0, RERANK_TOP);
  const features = first.length < 2 ? null : rerankFeatures(library, text, first, asked);
  if (features === null) return lifted;
  // By push into one literal, here and in orderByModel (not spreads or .map): a .map's array is
  // another kind to V8 once its caller is optimized, and code reading it was thrown away (bench/README.md).
  const shown = orderByModel(first, features, model);
  for (let i = RERANK_TOP; i < lifted.length; i++) shown.push(lifted[i] as T);
  return shown;
}

/** `items` ordered by the model's score of their `features` (same order), best first; ties keep their order. */
export function orderByModel<T>(items: readonly T[], features: readonly RerankFeatures[], model: RerankModel = RERANK_MODEL): T[] {
  const scored: { item: T; i: number; score: number }[] = [];
  for (let i = 0; i < items.length; i++) scored.push({ item: items[i] as T, i, score: rerankScore(features[i] as RerankFeatures, model) });
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  const ordered: T[] = [];
  for (const { item } of scored) ordered.push(item);
  return ordered;
}
