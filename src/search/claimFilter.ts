// Which claims a question allows, as search is given it: a test by claim id and, when the library
// can answer it from typed arrays by the index's short id (src/library/claimTable.ts), the same
// test by short id. A filtered question in a large library turns down thousands of matches;
// looking each one's id, claim and report up in string-keyed maps cost more than scoring it
// (bench/README.md), and the short-id test lets the exhaustive fallback leave them out as it scores.

/** The filter read by short id, for one index's numbering. */
export interface ShortIdScreen {
  /** The index whose short ids it reads: another index ignores it. */
  readonly index: object;
  /**
   * False for every claim the filter turns down. True only for claims served, which the index
   * holds; with `exact`, true is the whole answer.
   */
  passes(shortId: number): boolean;
  /** Whether `passes` is the whole test (a quoted phrase needs the claim's text: not exact). */
  readonly exact: boolean;
}

/** A test of claims by id, with the same test by short id when the library has one. */
export interface ClaimFilter {
  (claimId: string): boolean;
  readonly screen?: ShortIdScreen;
}

/** `accepts` with `screen` attached (none: a filter by id alone). */
export function claimFilter(accepts: (claimId: string) => boolean, screen?: ShortIdScreen): ClaimFilter {
  return screen ? Object.assign((claimId: string) => accepts(claimId), { screen }) : accepts;
}

/**
 * The filter as a test of an index's short ids, for search: true for a live claim the filter
 * passes. The screen alone when it is exact and numbers this index; else the screen (if any)
 * first, then the claim's id.
 */
export function shortIdTest(filter: ClaimFilter, index: object, idOf: (shortId: number) => string | undefined): (shortId: number) => boolean {
  const screen = filter.screen?.index === index ? filter.screen : undefined;
  if (screen?.exact) return (shortId) => screen.passes(shortId);
  if (screen) {
    return (shortId) => {
      if (!screen.passes(shortId)) return false;
      const id = idOf(shortId);
      return id !== undefined && filter(id);
    };
  }
  return (shortId) => {
    const id = idOf(shortId);
    return id !== undefined && filter(id);
  };
}

/** A test every claim the filter passes passes, by this index's short ids; undefined when there is none. */
export function shortIdScreen(filter: ClaimFilter | undefined, index: object): ((shortId: number) => boolean) | undefined {
  const screen = filter?.screen;
  return screen?.index === index ? (shortId) => screen.passes(shortId) : undefined;
}
