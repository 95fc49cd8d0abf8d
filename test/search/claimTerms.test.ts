import { describe, expect, it } from 'vitest';
import { loadReports } from '../../src/reports/loadReports.js';
import { termsOfClaim, termsOfClaimByField } from '../../src/search/claimTerms.js';
import { fileURLToPath } from 'node:url';
import { BUNDLED_REPORTS, EVIDENCE_FIXTURES, FIXTURE_REPORTS } from '../support/reportsFolders.js';

/** A claim whose sources mix Japanese and English (see the report). */
const MIXED_SCRIPTS = fileURLToPath(new URL('../fixtures/claim-terms/', import.meta.url));

describe('a claim’s index keys (the answerability decision’s claim words)', () => {
  it('are the keys, in the order, that reading each field’s text gives, for every claim of the reports on disk', async () => {
    let claims = 0;
    let segmented = 0;
    for (const dir of [BUNDLED_REPORTS, FIXTURE_REPORTS, EVIDENCE_FIXTURES, MIXED_SCRIPTS]) {
      for (const report of (await loadReports(dir)).reports) {
        for (const claim of report.claims) {
          const expected = [...termsOfClaimByField(claim, report)];
          // Twice: the second time the shared texts' keys are remembered ones.
          expect([...termsOfClaim(claim, report)], claim.id).toEqual(expected);
          expect([...termsOfClaim(claim, report)], claim.id).toEqual(expected);
          claims++;
          if (claim.evidence.some((e) => /\p{Script=Han}/u.test(e.source)) && claim.evidence.some((e) => e.source.includes("O'Brien's"))) segmented++;
        }
      }
    }
    expect(claims).toBeGreaterThan(100);
    // mixed-scripts.md's sources, read as one text, are split by Intl.Segmenter, not at line breaks.
    expect(segmented).toBe(1);
  });
});
