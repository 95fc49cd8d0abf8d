// The decision's features for a question read straight from the index's ranking: a test of a
// reading checks the signal it sets, which a refit of the models does not move.
import { answerFeatures } from '../../src/answer/answerability.js';
import { MAX_ITEMS } from '../../src/answer/answerQuestion.js';
import type { Library } from '../../src/library/library.js';

/** The decision's features for a question, over the claims the index ranks first, as answerQuestion reads them. */
export function featuresOf(library: Library, text: string) {
  return answerFeatures(library, text, rankedOf(library, text), text);
}

/** The claims the index ranks first for a question, with their reports and scores. */
export function rankedOf(library: Library, text: string) {
  return library.index.search(text, undefined, { limit: MAX_ITEMS, aliases: library.aliases }).flatMap((hit) => {
    const claim = library.claim(hit.id);
    const report = claim && library.report(claim.reportId);
    return claim && report ? [{ claim, report, score: hit.score }] : [];
  });
}
