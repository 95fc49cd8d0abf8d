// Problems a report author should fix that do not stop the report being served: claims without
// evidence, evidence without a quote or finding, sources missing from the References.

import type { Report, ReportIssue } from './model.js';

export function lintReport(report: Report): ReportIssue[] {
  const issues: ReportIssue[] = [];
  const file = report.file;
  for (const claim of report.claims) {
    if (claim.evidence.length === 0) issues.push({ file, line: claim.line, reason: 'claim has no evidence' });
    for (const evidence of claim.evidence) {
      if (evidence.quote === undefined && evidence.finding === undefined) {
        issues.push({ file, line: claim.line, reason: `evidence "${evidence.source}" has no quote or key finding` });
      }
      if (evidence.source && !evidence.reference && report.references.length > 0) {
        issues.push({ file, line: claim.line, reason: `evidence source "${evidence.source}" matches no References entry` });
      }
    }
  }
  if (report.references.length === 0) issues.push({ file, reason: 'no References section' });
  return issues;
}
