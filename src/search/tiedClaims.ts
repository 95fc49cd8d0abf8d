// One order for claims whose scores tie exactly where pruned search cuts or lists them
// (scoreAccumulator.ts settleTies: its candidates, its results, the batches a filter visits).
// Found, tied claims come in the order they were reached, that is their short ids, which follow
// the order claims were indexed (the parse workers' on a build, a live reload putting a report's
// claims last), so a tie at a cut would let that order choose the answer. Shorter first (its
// fields' lengths relative to their averages, summed: any further word found in it weighs more
// there, as BM25 weighs it), then by claim id. Exhaustive search's limit cut and ClaimIndex's
// listing of tied claims (by id alone) do not use it yet (eval/README.md, twentieth session).

import { byCodeUnits } from '../runtime/byCodeUnits.js';

/** What a tied claim is ordered by: its relative length (PostingsLookup.relativeLength; 0 where unknown) and its id (undefined: no longer indexed, last). */
export interface TiedClaim {
  length: number;
  id: string | undefined;
}

/** Negative when `a` comes before `b` among claims that tie. */
export function compareTied(a: TiedClaim, b: TiedClaim): number {
  if (a.id === undefined || b.id === undefined) return a.id === b.id ? 0 : a.id === undefined ? 1 : -1;
  return a.length - b.length || byCodeUnits(a.id, b.id);
}
