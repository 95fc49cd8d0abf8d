// A question is mostly about one report's subject, and a claim worded apart from the question (a
// paraphrase) is likelier its answer when other claims of its report match the question well too
// (the cluster hypothesis of document retrieval). So each claim found counts a little more the
// more of the question's best matches its report holds. Measured on the five eval sets
// (eval/README.md, fourth session); it reorders the first claims found, never finds others.

import type { ScoredClaim } from './prunedSearch.js';

/** How much a report's share of the best matches lifts each of its claims. */
export const AGREEMENT_WEIGHT = 0.1;
/** The best matches a report's share is counted among. */
export const AGREEMENT_TOP = 10;

/**
 * The claims found, the first AGREEMENT_TOP of them each lifted (score times 1 + AGREEMENT_WEIGHT
 * x the sum, over those first claims of its report, of their score as a share of the first
 * claim's) and ordered again; the rest as they were. Lifted, the first ones still score above the
 * rest, so the first n claims are the same however many were found beyond AGREEMENT_TOP. Claims
 * of one report keep their order among themselves. Claim ids are `<report id>#<n>`.
 */
export function byReportAgreement(results: ScoredClaim[]): ScoredClaim[] {
  const best = results[0]?.score;
  if (results.length < 2 || best === undefined || !(best > 0)) return results;
  const first = results.slice(0, AGREEMENT_TOP);
  const share = new Map<string, number>();
  for (const result of first) {
    const report = reportOf(result.id);
    share.set(report, (share.get(report) ?? 0) + result.score / best);
  }
  // By push into one literal (not .map), so every list search returns is one kind of array to V8.
  const lifted: ScoredClaim[] = [];
  for (const result of first) lifted.push({ id: result.id, score: result.score * (1 + AGREEMENT_WEIGHT * (share.get(reportOf(result.id)) ?? 0)) });
  lifted.sort((a, b) => b.score - a.score);
  for (let i = AGREEMENT_TOP; i < results.length; i++) lifted.push(results[i] as ScoredClaim);
  return lifted;
}

function reportOf(claimId: string): string {
  const hash = claimId.lastIndexOf('#');
  return hash < 0 ? claimId : claimId.slice(0, hash);
}
