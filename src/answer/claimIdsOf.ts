// The ids of a report's claims, for a search kept within that report: the answer's and
// suggestNext's searches read the same array, built by push into one literal (not .map), so V8
// meets one kind of array there whichever built it (bench/README.md, twenty-first session).

import type { Report } from '../reports/model.js';

/** The ids of a report's claims, in its order (undefined: no such report). */
export function claimIdsOf(report: Report | undefined): string[] | undefined {
  if (!report) return undefined;
  const ids: string[] = [];
  for (const claim of report.claims) ids.push(claim.id);
  return ids;
}
