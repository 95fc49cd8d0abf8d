// Comparing the claims two searches rank: ties listed by id, and rankings equal but where scores
// tie to their last digits.

/** Claims and scores best first, claims that tie exactly listed by id. */
export function tiesById(ranked: readonly { id: string; score: number }[]): [string, number][] {
  return ranked.map((r): [string, number] => [r.id, r.score]).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * Why `actual` is not the ranking `expected` is, or null when it is: place by place the same
 * score within `tolerance` of it (relative), and the same claim unless two claims' scores tie so.
 * Float sums in another order differ in their last bits, so near-tied claims may swap places.
 */
export function rankingDifference(actual: readonly { id: string; score: number }[], expected: readonly { id: string; score: number }[], tolerance = 1e-12): string | null {
  if (actual.length !== expected.length) return `${actual.length} claims, expected ${expected.length}`;
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
  const expectedScores = new Map(expected.map((r) => [r.id, r.score]));
  for (let i = 0; i < actual.length; i++) {
    const a = actual[i] as { id: string; score: number };
    const e = expected[i] as { id: string; score: number };
    if (!near(a.score, e.score)) return `place ${i + 1}: ${a.id} ${a.score}, expected ${e.id} ${e.score}`;
    const own = expectedScores.get(a.id);
    if (a.id !== e.id && own !== undefined && !near(own, a.score)) return `place ${i + 1}: ${a.id}, expected ${e.id}`;
  }
  return null;
}
