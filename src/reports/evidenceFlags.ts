// How well a claim is supported, as its report gives it: flags computed from the claim's evidence
// and the report's References alone. They describe the report, never judge the claim.

import type { Claim, Evidence, Report } from './model.js';
import { titleKey } from './references.js';

/**
 * - `no-evidence`: the claim has no evidence item (then no other flag is given).
 * - `single-source`: all its evidence cites one source.
 * - `no-quote`: no verbatim quote, only key findings (or bare source names).
 * - `unlisted-source`: a source it cites is not in the report's References.
 * - `no-link`: nothing it cites has a URL (every cited reference is `Unknown`, or not listed).
 */
export const EVIDENCE_FLAGS = ['no-evidence', 'single-source', 'no-quote', 'unlisted-source', 'no-link'] as const;
export type EvidenceFlag = (typeof EVIDENCE_FLAGS)[number];

/** The claim's flags, in the order of EVIDENCE_FLAGS; [] for a claim with quotes from several linked, listed sources. */
export function evidenceFlags(claim: Pick<Claim, 'evidence'>): EvidenceFlag[] {
  const evidence = claim.evidence;
  if (evidence.length === 0) return ['no-evidence'];
  const flags: EvidenceFlag[] = [];
  if (sourceCount(evidence) === 1) flags.push('single-source');
  if (!evidence.some((e) => e.quote !== undefined)) flags.push('no-quote');
  if (evidence.some((e) => e.reference === undefined)) flags.push('unlisted-source');
  if (!evidence.some((e) => e.reference?.url)) flags.push('no-link');
  return flags;
}

/** How many of a report's claims carry each flag, in the order of EVIDENCE_FLAGS; flags no claim has are left out. */
export function evidenceFlagCounts(report: Pick<Report, 'claims'>): [EvidenceFlag, number][] {
  const counts = new Map<EvidenceFlag, number>();
  for (const claim of report.claims) for (const flag of evidenceFlags(claim)) counts.set(flag, (counts.get(flag) ?? 0) + 1);
  return EVIDENCE_FLAGS.flatMap((flag) => (counts.has(flag) ? [[flag, counts.get(flag) as number] as [EvidenceFlag, number]] : []));
}

/** Distinct sources: a References entry counts once however it is named; unlisted sources by title. */
function sourceCount(evidence: Evidence[]): number {
  const sources = new Set<string>();
  for (const e of evidence) sources.add(e.reference ? `#${e.reference.n}` : `title:${titleKey(e.source)}`);
  return sources.size;
}

/** What `strength:` can ask for: claims with at least one verbatim quote, or with two sources or more. */
export const EVIDENCE_STRENGTHS = ['quoted', 'multi-source'] as const;
export type EvidenceStrength = (typeof EVIDENCE_STRENGTHS)[number];

export function hasStrength(claim: Pick<Claim, 'evidence'>, strength: EvidenceStrength): boolean {
  if (claim.evidence.length === 0) return false;
  return strength === 'quoted' ? claim.evidence.some((e) => e.quote !== undefined) : sourceCount(claim.evidence) > 1;
}
