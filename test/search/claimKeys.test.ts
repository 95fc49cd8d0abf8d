import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readIndexSnapshot, writeIndexSnapshot, type SnapshotReport } from '../../src/library/indexSnapshot.js';
import { loadReports } from '../../src/reports/loadReports.js';
import type { Report } from '../../src/reports/model.js';
import { ClaimIndex } from '../../src/search/claimIndex.js';
import { ClaimKeys } from '../../src/search/claimKeys.js';
import { claimDocument } from '../../src/search/claimDocument.js';
import { indexedTermsOfClaim, termsOfClaimByField } from '../../src/search/claimTerms.js';
import { normalizeTerm } from '../../src/search/normalizeTerm.js';
import { termsOf } from '../../src/search/termsOf.js';
import { tokenize } from '../../src/search/tokenize.js';
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
  let previous: string[] = [];
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
      // Read as sets of keys (a view of the run of key numbers): what the Set of those keys answers.
      if (recorded && fields) {
        expectSetOf(recorded, expected, previous);
        expectSetOf(fields.text, text, expected);
        expectSetOf(fields.own, own, expected);
      }
      // The sentence word by word: as many words as tokenize gives, each standing for what its key does.
      const sentence = index.sentenceOfClaim(claim.id);
      const words = tokenize(claim.text);
      if (words.length > 0) expect(sentence, claim.id).toBeDefined();
      expect(sentence?.length ?? 0, claim.id).toBe(words.length);
      const standsFor = new Map([...expected.slice(0, 5), ...previous.slice(0, 5), 'no-such-key'].map((key, i) => [key, `word ${i % 3}`]));
      const hits = words.flatMap((word, at) => {
        const key = normalizeTerm(word);
        const value = key === null ? undefined : standsFor.get(key);
        return value === undefined ? [] : [{ at, value }];
      });
      expect(sentence?.hits(standsFor) ?? [], claim.id).toEqual(hits);
      previous = expected;
      claims++;
    }
  }
  return claims;
}

/** `keys` answer as the Set of `expected` would: size, each key, and keys of another claim (`others`) and no key at all. */
function expectSetOf(keys: ReadonlySet<string>, expected: readonly string[], others: readonly string[]): void {
  const plain = new Set(expected);
  expect(keys.size).toBe(plain.size);
  for (const key of expected) expect(keys.has(key), key).toBe(true);
  for (const key of [...others, 'no-such-key', '']) expect(keys.has(key), key).toBe(plain.has(key));
  const seen: string[] = [];
  keys.forEach((key, same) => seen.push(key === same ? key : ''));
  expect(seen).toEqual(expected);
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

describe('each claim’s index keys and its sentence’s words, recorded as the index reads the claim (the decision’s and the reranker’s claim words)', () => {
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
      expect(index.sentenceOfClaim(claim.id)).toBeUndefined();
    }
  });

  it('are held in a pool of their size once packed, with room again when a claim is recorded after', () => {
    const keys = new ClaimKeys();
    const recordClaim = (id: number): void => keys.record(() => ['alpha', `own${id}`, 'beta'].forEach((key) => keys.word(key, 0)), () => id);
    for (let id = 0; id < 300; id++) recordClaim(id);
    expect(keys.spareRoom).toBeGreaterThan(0);
    const before = [...(keys.keysOf(7) ?? [])];
    keys.pack();
    expect(keys.spareRoom).toBe(0);
    expect([...(keys.keysOf(7) ?? [])]).toEqual(before);
    recordClaim(300);
    expect([...(keys.keysOf(300) ?? [])]).toEqual(['alpha', 'own300', 'beta']);
    expect([...(keys.keysOf(7) ?? [])]).toEqual(['alpha', 'own7', 'beta']);
  });

  it('read as before once a load is packed into arrays of their size (ClaimIndex.pack), and claims indexed after are recorded too', async () => {
    const reports = await reportsOnDisk();
    const [last, ...rest] = reports;
    const index = indexOf(rest);
    index.pack();
    expectKeysAsRead(index, rest);
    index.addReport(last as Report);
    index.pack();
    expect(expectKeysAsRead(index, [...rest, last as Report])).toBeGreaterThan(100);
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
      expect(await writeIndexSnapshot(file, index, named, { wordnet: false })).toBe(true);
      const snapshot = await readIndexSnapshot(file, { wordnet: false });
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
      expect(await writeIndexSnapshot(file, indexOf([]), [], { wordnet: false })).toBe(true);
      const snapshot = await readIndexSnapshot(file, { wordnet: false });
      if (snapshot === null || 'problem' in snapshot) throw new Error(`snapshot not read: ${JSON.stringify(snapshot)}`);
      for (const report of reports) snapshot.index.addReport(report);
      expectKeysAsRead(snapshot.index, reports);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  it('answer “has it any of these keys?” as the Set of their keys would, for the index’s near-key sets and for a key indexed later', async () => {
    const reports = await reportsOnDisk();
    const [first, ...rest] = reports as [Report, ...Report[]];
    const index = indexOf(rest);
    const claims = rest.flatMap((report) => report.claims);
    let sets = 0;
    claims.forEach((claim, i) => {
      const recorded = index.keysOfClaim(claim.id);
      if (!recorded) return;
      const plain = new Set(recorded);
      // Typos and completions of another claim's keys (some of them this claim's too).
      const other = index.keysOfClaim((claims[(i * 7 + 3) % claims.length] as (typeof claims)[number]).id);
      for (const word of [...(other ?? [])].slice(0, 4)) {
        for (const [edits, prefix] of [[false, true], [1, false], [2, true]] as const) {
          const near = index.termsNear(word, edits, prefix);
          if (!near) throw new Error('no near keys on the compact engine');
          expect(recorded.hasAnyOf(near), `${claim.id} ${word}`).toBe([...near].some((key) => plain.has(key)));
          sets++;
        }
      }
    });
    expect(sets).toBeGreaterThan(1000);
    // A set holding a key no claim has yet, asked before and after a claim with it is indexed.
    const key = normalizeTerm('quizzaciously') as string;
    const asked = new Set([key, 'no-such-key']);
    const before = index.keysOfClaim((claims[0] as (typeof claims)[number]).id);
    expect(before?.hasAnyOf(asked)).toBe(false);
    const claim = first.claims[0] as (typeof first.claims)[number];
    index.addReport({ ...first, claims: [{ ...claim, text: `${claim.text} Quizzaciously.` }] });
    expect(index.keysOfClaim(claim.id)?.has(key)).toBe(true);
    expect(index.keysOfClaim(claim.id)?.hasAnyOf(asked)).toBe(true);
  });

  // ClaimKeys.byNumber remembers the last map it numbered (the reranker asks one map of each claim's sentence in turn).
  it('look a sentence’s words up in the map asked as the keys are numbered now: a key numbered since the map was last asked, another map’s own values', async () => {
    const reports = await reportsOnDisk();
    const [first, ...rest] = reports as [Report, ...Report[]];
    const index = indexOf(rest);
    const key = normalizeTerm('quizzaciously') as string;
    const known = rest.flatMap((report) => report.claims).find((claim) => index.sentenceOfClaim(claim.id) !== undefined);
    if (!known) throw new Error('no claim with a sentence');
    const words = tokenize(known.text);
    const at = words.findIndex((typed) => normalizeTerm(typed) !== null);
    const asked = new Map([[key, 'quizzaciously'], [normalizeTerm(words[at] as string) as string, 'known']]);
    // Asked while no claim has the key: numbered without it.
    expect(index.sentenceOfClaim(known.id)?.hits(asked)).toContainEqual({ at, value: 'known' });
    const claim = first.claims[0] as (typeof first.claims)[number];
    index.addReport({ ...first, claims: [{ ...claim, text: `Quizzaciously, ${claim.text}` }] });
    const sentence = index.sentenceOfClaim(claim.id);
    // The same map, asked again once the key is numbered: the new number is in it.
    expect(sentence?.hits(asked)).toContainEqual({ at: 0, value: 'quizzaciously' });
    // Another map with the same keys: its values, not the last map's.
    const other = new Map([...asked].map(([k, value]) => [k, `${value}, again`]));
    expect(sentence?.hits(other)).toContainEqual({ at: 0, value: 'quizzaciously, again' });
    expect(sentence?.hits(asked)).toContainEqual({ at: 0, value: 'quizzaciously' });
  });

  it('are not recorded on MiniSearch’s public API, where the decision reads them from the claim, the same', async () => {
    const reports = await reportsOnDisk();
    const index = new ClaimIndex({ publicApiOnly: true });
    for (const report of reports) index.addReport(report);
    for (const report of reports) {
      for (const claim of report.claims) {
        expect(index.keysOfClaim(claim.id)).toBeUndefined();
        expect(index.ownKeysOfClaim(claim.id)).toBeUndefined();
        expect(index.sentenceOfClaim(claim.id)).toBeUndefined();
        expect([...indexedTermsOfClaim(index, claim, report)]).toEqual([...termsOfClaimByField(claim, report)]);
      }
    }
  });
});
