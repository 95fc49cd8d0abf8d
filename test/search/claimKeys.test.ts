import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readIndexSnapshot, writeIndexSnapshot, type SnapshotReport } from '../../src/library/indexSnapshot.js';
import { loadReports } from '../../src/reports/loadReports.js';
import type { Report } from '../../src/reports/model.js';
import { ClaimIndex } from '../../src/search/claimIndex.js';
import { claimDocument } from '../../src/search/claimDocument.js';
import { indexedTermsOfClaim, termsOfClaimByField } from '../../src/search/claimTerms.js';
import { termsOf } from '../../src/search/termsOf.js';
import { BUNDLED_REPORTS, EVIDENCE_FIXTURES, FIXTURE_REPORTS } from '../support/reportsFolders.js';

/** A claim whose sources mix Japanese and English (the whole field is segmented). */
const MIXED_SCRIPTS = fileURLToPath(new URL('../fixtures/claim-terms/', import.meta.url));

async function reportsOnDisk(): Promise<Report[]> {
  const reports: Report[] = [];
  for (const dir of [BUNDLED_REPORTS, FIXTURE_REPORTS, EVIDENCE_FIXTURES, MIXED_SCRIPTS]) reports.push(...(await loadReports(dir)).reports);
  // Fixture folders can share report ids; an index holds each claim id once.
  const byId = new Map(reports.map((report) => [report.id, report]));
  return [...byId.values()];
}

/** Checks every claim of `reports`: the keys the index recorded are those, in the order, that reading each field gives. */
function expectKeysAsRead(index: ClaimIndex, reports: readonly Report[]): number {
  let claims = 0;
  for (const report of reports) {
    for (const claim of report.claims) {
      const expected = [...termsOfClaimByField(claim, report)];
      const recorded = index.keysOfClaim(claim.id);
      if (expected.length > 0) expect(recorded, claim.id).toBeDefined();
      expect([...(recorded ?? [])], claim.id).toEqual(expected);
      expect([...indexedTermsOfClaim(index, claim, report)], claim.id).toEqual(expected);
      // The reranker's keys of the claim's sentence, and of its sentence and evidence.
      const document = claimDocument(claim, report);
      const text = [...new Set(termsOf(document.text))];
      const own = [...new Set([...text, ...termsOf(document.evidence)])];
      const fields = index.ownKeysOfClaim(claim.id);
      if (expected.length > 0) expect(fields, claim.id).toBeDefined();
      expect([...(fields?.text ?? [])], claim.id).toEqual(expected.length > 0 ? text : []);
      expect([...(fields?.own ?? [])], claim.id).toEqual(expected.length > 0 ? own : []);
      claims++;
    }
  }
  return claims;
}

function indexOf(reports: readonly Report[]): ClaimIndex {
  const index = new ClaimIndex();
  for (const report of reports) index.addReport(report);
  return index;
}

/** A report's claims as another version of it: the same ids, the text and the topic changed. */
function rewritten(report: Report): Report {
  return { ...report, topic: `${report.topic} revisited`, claims: report.claims.map((claim) => ({ ...claim, text: `Reportedly, ${claim.text.toUpperCase()} (restated)` })) };
}

describe('each claim’s index keys, recorded as the index reads the claim (the answerability decision’s claim words)', () => {
  it('are the keys, in the order, that reading each field’s text gives, for every claim of the reports on disk', async () => {
    const reports = await reportsOnDisk();
    const index = indexOf(reports);
    expect(index.engine.mode).toBe('compact');
    expect(expectKeysAsRead(index, reports)).toBeGreaterThan(100);
  });

  it('stay so as reports are removed and put back changed, and after the dropped keys are compacted away', async () => {
    const reports = await reportsOnDisk();
    const index = indexOf(reports);
    // Three rounds of replacing every report: the dropped runs outweigh the live ones, so they are compacted.
    let served = reports;
    for (let round = 0; round < 3; round++) {
      served = served.map((report) => {
        index.removeReport(report);
        const next = rewritten(report);
        index.addReport(next);
        return next;
      });
      expectKeysAsRead(index, served);
    }
    // A removed report's claims have no keys any more (the decision reads them from the claim).
    const [gone] = served;
    index.removeReport(gone as Report);
    for (const claim of (gone as Report).claims) {
      expect(index.keysOfClaim(claim.id)).toBeUndefined();
      expect(index.ownKeysOfClaim(claim.id)).toBeUndefined();
    }
  });

  it('are saved in the index snapshot and read back, and claims indexed after loading it are recorded too', async () => {
    const reports = await reportsOnDisk();
    const [first, ...rest] = reports;
    const index = indexOf(rest);
    // Removed before saving: a snapshot holds only the claims served.
    index.addReport(first as Report);
    index.removeReport(first as Report);
    index.sweep();
    const scratch = await mkdtemp(join(tmpdir(), 'report-bot-claim-keys-'));
    try {
      const file = join(scratch, 'index.bin');
      const named: SnapshotReport[] = rest.map((report) => ({ file: report.file, hash: 'x', reportId: report.id }));
      expect(await writeIndexSnapshot(file, index, named)).toBe(true);
      const snapshot = await readIndexSnapshot(file);
      if (snapshot === null || 'problem' in snapshot) throw new Error(`snapshot not read: ${JSON.stringify(snapshot)}`);
      expectKeysAsRead(snapshot.index, rest);
      // New words after loading: numbered after the snapshot's.
      const changed = rewritten(first as Report);
      snapshot.index.addReport(changed);
      const [replaced] = rest;
      snapshot.index.removeReport(replaced as Report);
      snapshot.index.addReport(rewritten(replaced as Report));
      expectKeysAsRead(snapshot.index, [changed, rewritten(replaced as Report), ...rest.slice(1)]);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('are recorded for claims indexed after loading the snapshot of an empty index', async () => {
    const reports = await reportsOnDisk();
    const scratch = await mkdtemp(join(tmpdir(), 'report-bot-claim-keys-'));
    try {
      const file = join(scratch, 'index.bin');
      expect(await writeIndexSnapshot(file, indexOf([]), [])).toBe(true);
      const snapshot = await readIndexSnapshot(file);
      if (snapshot === null || 'problem' in snapshot) throw new Error(`snapshot not read: ${JSON.stringify(snapshot)}`);
      for (const report of reports) snapshot.index.addReport(report);
      expectKeysAsRead(snapshot.index, reports);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('are not recorded on MiniSearch’s public API, where the decision reads them from the claim, the same', async () => {
    const reports = await reportsOnDisk();
    const index = new ClaimIndex({ publicApiOnly: true });
    for (const report of reports) index.addReport(report);
    for (const report of reports) {
      for (const claim of report.claims) {
        expect(index.keysOfClaim(claim.id)).toBeUndefined();
        expect(index.ownKeysOfClaim(claim.id)).toBeUndefined();
        expect([...indexedTermsOfClaim(index, claim, report)]).toEqual([...termsOfClaimByField(claim, report)]);
      }
    }
  });
});
