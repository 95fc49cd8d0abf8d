// The claims a search's hits name, as an answer lists them: the answer, the eval tools and the
// fits read the same claims for the same hits.

import type { LibraryView } from '../library/libraryView.js';
import type { AnswerItem } from './answer.js';

/** Each hit's claim with its report and score, in the hits' order, at most `max`: a claim not served (out of scope, or gone in a reload) is left out. */
export function servedItems(library: LibraryView, hits: readonly { id: string; score: number }[], max = hits.length): AnswerItem[] {
  const items: AnswerItem[] = [];
  for (let i = 0; i < hits.length && i < max; i++) {
    const hit = hits[i] as { id: string; score: number };
    const served = library.served(hit.id);
    if (served) items.push({ claim: served.claim, report: served.report, score: hit.score });
  }
  return items;
}
