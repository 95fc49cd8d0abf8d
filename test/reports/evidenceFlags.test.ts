import { beforeAll, describe, expect, it } from 'vitest';
import { evidenceFlags, hasStrength } from '../../src/reports/evidenceFlags.js';
import { loadReportFile } from '../../src/reports/loadReports.js';
import type { Report } from '../../src/reports/model.js';
import { EVIDENCE_FIXTURES } from '../support/reportsFolders.js';

let report: Report;
beforeAll(async () => {
  const result = await loadReportFile(EVIDENCE_FIXTURES, 'evidence-strength.md');
  if (!result.ok) throw new Error(result.error.reason);
  report = result.report;
});

describe('evidenceFlags, from the report alone', () => {
  it('flags each claim by how the report supports it (one claim per case, see the fixture README)', () => {
    expect(report.claims.map((claim) => evidenceFlags(claim))).toEqual([
      [],
      [],
      ['no-evidence'],
      ['single-source'],
      ['single-source'],
      ['no-quote'],
      ['unlisted-source'],
      ['no-link'],
      ['single-source', 'no-quote', 'unlisted-source', 'no-link'],
    ]);
  });

  it('strength:quoted keeps claims with a verbatim quote, strength:multi-source those with two sources or more', () => {
    const ordinals = (strength: 'quoted' | 'multi-source'): number[] =>
      report.claims.flatMap((claim, i) => (hasStrength(claim, strength) ? [i + 1] : []));
    expect(ordinals('quoted')).toEqual([1, 2, 4, 5, 7, 8]);
    expect(ordinals('multi-source')).toEqual([1, 2, 6, 7, 8]);
  });
});
