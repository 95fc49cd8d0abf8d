// A report's claims indexed apart, for a live reload (ClaimIndex.stageReport, Library.putInTurns):
// a staging index of its own, filled a few claims per turn of the event loop while the index
// served answers untouched, then added to it in one step (ClaimIndex.addStaged). What that step
// costs the main thread, and what the turns cost, is in bench/README.md (twentieth session, fix22;
// twenty-first, fix23).

import type { Report } from '../reports/model.js';
import type { ClaimIndex } from './claimIndex.js';

/** A report's claims indexed apart (ClaimIndex.stageReport), waiting to be added (addStaged). */
export class StagedReport {
  constructor(
    readonly report: Report,
    /** @internal The staging index; only ClaimIndex reads it. */
    readonly index: ClaimIndex,
  ) {}
}

/**
 * Claims a staged report indexes per turn of the event loop. A choice, not a fitted value: small
 * enough that a turn is a few milliseconds, so questions meanwhile wait little, and large enough
 * that a 5,000-claim report is staged in about 200 turns (bench/README.md, twenty-first session).
 */
export const STAGED_PER_TURN = 25;
