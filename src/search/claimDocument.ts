// A claim as the index reads it: the text of each field, from the claim and its report.

import type { Claim, Report } from '../reports/model.js';

/** A claim as the index reads it: one text per field. A type, not an interface: the bench's
 * peer (FlexSearch) takes it as a record of strings. */
export type ClaimDocument = {
  id: string;
  text: string;
  evidence: string;
  sources: string;
  perspective: string;
  topic: string;
};

/** The fields of a claim the index reads, in the order it reads them. */
export const CLAIM_FIELDS = ['text', 'evidence', 'sources', 'perspective', 'topic'] as const;

/** The text of each field of a claim, as indexed (the bench's peer indexes the same). */
export function claimDocument(claim: Claim, report: Report): ClaimDocument {
  return {
    id: claim.id,
    text: claim.text,
    evidence: evidenceText(claim),
    sources: claim.evidence.map((e) => `${e.source}\n${e.reference?.title ?? ''}`).join('\n'),
    perspective: claim.perspective,
    topic: report.topic,
  };
}

/** A claim's quotes and key findings as one text, as its evidence field is indexed. */
export function evidenceText(claim: Claim): string {
  return claim.evidence.flatMap((e) => [e.quote ?? '', e.finding ?? '']).join('\n');
}
