// The claims a question's filters allow (perspective, since, strength, the report it names,
// quoted phrases), as one test by claim id and, when the library keeps its claim table, the same
// test by the index's short id (claimTable.ts): perspectives, reports and dates are then decided
// once per question for each distinct one, and a claim costs a few array reads.

import type { LibraryView } from '../library/libraryView.js';
import { MULTI_SOURCE, QUOTED } from '../library/claimTable.js';
import { hasStrength, type EvidenceStrength } from '../reports/evidenceFlags.js';
import { claimFilter, type ClaimFilter, type ShortIdScreen } from '../search/claimFilter.js';
import { NO_PHRASES } from '../search/parseQuery.js';
import { PerspectiveMatcher } from './perspectiveFilter.js';
import { phraseMatcher } from './phraseMatcher.js';

export interface QuestionFilters {
  perspective?: string;
  /** YYYY-MM-DD */
  since?: string;
  strength?: readonly EvidenceStrength[];
  /** The report `report:` names. */
  reportId?: string;
  phrases?: readonly string[];
}

/** A served claim passing every filter given (none: every served claim). */
export function questionFilter(library: LibraryView, filters: QuestionFilters): ClaimFilter {
  // No phrases given ("why nothing" trying a filter alone): the array a question quoting none has.
  const { perspective, since, strength = [], reportId, phrases = NO_PHRASES } = filters;
  const keepsPerspective = perspective ? new PerspectiveMatcher(perspective) : undefined;
  const containsPhrases = phraseMatcher(phrases);
  // The claim's own perspective is checked before its report is looked up, and the report only
  // when a filter asks about it (a served claim's report is served).
  const needsReport = reportId !== undefined || since !== undefined;
  const accepts = (id: string): boolean => {
    const claim = library.claim(id);
    if (!claim) return false;
    if (keepsPerspective && !keepsPerspective.keeps(claim.perspective)) return false;
    if (!strength.every((wanted) => hasStrength(claim, wanted))) return false;
    if (needsReport) {
      const report = library.report(claim.reportId);
      if (!report) return false;
      if (reportId !== undefined && report.id !== reportId) return false;
      if (since !== undefined && !(report.date.slice(0, 10) >= since)) return false;
    }
    return containsPhrases(claim);
  };
  const table = library.claimTable;
  if (!table) return accepts;
  // Each distinct perspective and report decided once, when first met: 0 not yet, 1 passes, 2 not.
  const perspectives = new Uint8Array(table.perspectiveBound);
  const reports = needsReport ? new Uint8Array(table.reportNumberBound) : undefined;
  const strengths = strength.reduce((bits, wanted) => bits | (wanted === 'quoted' ? QUOTED : MULTI_SOURCE), 0);
  const passes = (shortId: number): boolean => {
    const report = table.reportNumberOf(shortId);
    if (report < 0) return false;
    if (keepsPerspective) {
      const p = table.perspectiveNumberOfClaim(shortId);
      let kept = perspectives[p] as number;
      if (kept === 0) perspectives[p] = kept = keepsPerspective.keeps(table.perspectiveName(p)) ? 1 : 2;
      if (kept === 2) return false;
    }
    if ((table.strengthsOf(shortId) & strengths) !== strengths) return false;
    if (reports) {
      let kept = reports[report] as number;
      if (kept === 0) {
        const facts = table.reportFacts(report);
        const ok = facts !== undefined && (reportId === undefined || facts.id === reportId) && (since === undefined || facts.day >= since);
        reports[report] = kept = ok ? 1 : 2;
      }
      if (kept === 2) return false;
    }
    return true;
  };
  const screen: ShortIdScreen = { index: table.index, exact: phrases.length === 0, passes };
  return claimFilter(accepts, screen);
}
