// What `perspective:<words>` keeps: perspectives whose words (stemmed, as the search reads them)
// include every word of the filter, so `perspective:economic` keeps "Economic Impact" and
// "Cost and Economics Perspective".

import { termsOf } from '../search/termsOf.js';

/**
 * A test of perspectives for the filter's words; each perspective is stemmed once, then remembered.
 * A method, not a closure made per filter: code V8 compiled to call one question's closure was
 * thrown away at the next question's (bench/README.md, fifty-seventh session).
 */
export class PerspectiveMatcher {
  private readonly wanted: string[];
  /** Claims share a few dozen perspectives: each stemmed once per question, not once per claim. */
  private readonly seen = new Map<string, boolean>();

  constructor(filter: string) {
    this.wanted = termsOf(filter);
  }

  /** Whether the perspective's words include every word of the filter. */
  keeps(perspective: string): boolean {
    let matches = this.seen.get(perspective);
    if (matches === undefined) {
      const terms = new Set(termsOf(perspective));
      matches = this.wanted.every((term) => terms.has(term));
      this.seen.set(perspective, matches);
    }
    return matches;
  }
}
