// One order for claims whose scores tie exactly, wherever they are cut or listed: pruned search's
// cuts (scoreAccumulator.ts settleTies: its candidates, its results, the batches a filter visits),
// exhaustive search's limit (keptAtLimit, in exhaustiveSearch.ts and searchEverything.ts) and the claims a
// ClaimIndex search returns (tiesSettled). Found, tied claims come in the order they were reached,
// that is their short ids, which follow the order claims were indexed (the parse workers' on a
// build, a live reload putting a report's claims last), so a tie would let that order choose the
// answer, and a reloaded library could answer otherwise than a restarted one. Shorter first (its
// fields' lengths relative to their averages, summed: any further word found in it weighs more
// there, as BM25 weighs it), then by claim id.

import { byCodeUnits } from '../runtime/byCodeUnits.js';

/** What a tied claim is ordered by: its relative length (PostingsLookup.relativeLength; 0 where unknown) and its id (undefined: no longer indexed, last). */
export interface TiedClaim {
  length: number;
  id: string | undefined;
}

/** Negative when `a` comes before `b` among claims that tie. */
export function compareTied(a: TiedClaim, b: TiedClaim): number {
  return compareTiedBy(a.length, a.id, b.length, b.id);
}

/** compareTied of two claims given by their lengths and ids, for a caller that holds no TiedClaim objects. */
export function compareTiedBy(lengthA: number, idA: string | undefined, lengthB: number, idB: string | undefined): number {
  if (idA === undefined || idB === undefined) return idA === idB ? 0 : idA === undefined ? 1 : -1;
  return lengthA - lengthB || byCodeUnits(idA, idB);
}

/** `found` (best first) with each run of exactly equal scores put in compareTied's order, in place; `tiedClaim` says what a claim is ordered by. */
export function tiesSettled<T extends { id: string; score: number }>(found: T[], tiedClaim: (id: string) => TiedClaim): T[] {
  for (let start = 0; start < found.length; ) {
    let end = start + 1;
    while (end < found.length && (found[end] as T).score === (found[start] as T).score) end++;
    if (end - start > 1) {
      const run = found.slice(start, end).map((result) => ({ result, ...tiedClaim(result.id) }));
      run.sort(compareTied);
      for (let i = 0; i < run.length; i++) found[start + i] = (run[i] as { result: T }).result;
    }
    start = end;
  }
  return found;
}

/**
 * The first `limit` of `found` (best first), the claims tying at the cut taken in compareTied's
 * order rather than the order they were reached; `tiedClaim` says what a result is ordered by
 * (`index` its place in `found`).
 */
export function keptAtLimit<T extends { id: string; score: number }>(found: T[], limit: number, tiedClaim: (result: T, index: number) => TiedClaim): T[] {
  if (found.length <= limit) return found;
  if (limit <= 0) return [];
  const floor = (found[limit - 1] as T).score;
  if ((found[limit] as T).score !== floor) return found.slice(0, limit);
  let first = limit - 1;
  while (first > 0 && (found[first - 1] as T).score === floor) first--;
  let end = limit;
  while (end < found.length && (found[end] as T).score === floor) end++;
  const tied = found.slice(first, end).map((result, k) => ({ result, ...tiedClaim(result, first + k) }));
  tied.sort(compareTied);
  return [...found.slice(0, first), ...tied.slice(0, limit - first).map(({ result }) => result)];
}
