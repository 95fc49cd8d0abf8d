// What `perspective:<words>` keeps: perspectives whose words (stemmed, as the search reads them)
// include every word of the filter, so `perspective:economic` keeps "Economic Impact" and
// "Cost and Economics Perspective".

import { termsOf } from '../search/termsOf.js';

/** A test of perspectives for the filter's words; each perspective is stemmed once, then remembered. */
export function perspectiveMatcher(filter: string): (perspective: string) => boolean {
  const wanted = termsOf(filter);
  // Claims share a few dozen perspectives: stemming each once per question, not once per claim.
  const seen = new Map<string, boolean>();
  return (perspective) => {
    let matches = seen.get(perspective);
    if (matches === undefined) {
      const terms = new Set(termsOf(perspective));
      matches = wanted.every((term) => terms.has(term));
      seen.set(perspective, matches);
    }
    return matches;
  };
}
