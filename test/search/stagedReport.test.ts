import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/reports/model.js';
import { ClaimIndex } from '../../src/search/claimIndex.js';
import type { StagedReport } from '../../src/search/stagedReport.js';
import { bundledLibrary } from '../support/reportsFolders.js';

const ASKED = ['risks of synthetic data', 'heat pumps cold', 'bike lanes safety', 'microplastics water', 'battery cost revised', 'remote work', 'grid battrey', 'zebrafish'];

/** Each question's claims and exact scores, as listed. */
function exactly(index: ClaimIndex): [string, number][][] {
  return ASKED.map((q) => index.search(q).map((r): [string, number] => [r.id, r.score]));
}

/** Another version of a report: another topic (a field of every claim) and a word no report has. */
function revised(report: Report): Report {
  return { ...report, topic: `${report.topic} revised`, claims: report.claims.map((claim, i) => (i === 0 ? { ...claim, text: `${claim.text} Zebrafish too.` } : claim)) };
}

async function reports(): Promise<Report[]> {
  return (await bundledLibrary()).reports;
}

describe('a staged report', () => {
  it('is added as addReport adds it, to the last bit: ids, postings, term order, keys and surface words', async () => {
    const all = await reports();
    const [added, changed] = [all[0] as Report, all[2] as Report];
    const [direct, staged] = [new ClaimIndex(), new ClaimIndex()];
    for (const index of [direct, staged]) for (const report of all.slice(1)) index.addReport(report);
    // A report new to the index (many terms new to it), then another version of one it holds.
    direct.addReport(added);
    direct.removeReport(changed);
    direct.addReport(revised(changed));
    const stage = async (report: Report): Promise<StagedReport> => (await staged.stageReport(report)) ?? expect.fail('no compact engine');
    staged.addStaged(await stage(added));
    const next = await stage(revised(changed));
    staged.removeReport(changed);
    staged.addStaged(next);
    // The state lists terms in the term index's own order, which fuzzy and prefix expansion follow.
    expect(staged.state()).toEqual(direct.state());
    const id = changed.claims[0]?.id ?? '';
    expect([...(staged.keysOfClaim(id) ?? [])]).toEqual([...(direct.keysOfClaim(id) ?? [])]);
    expect([...(staged.ownKeysOfClaim(id)?.text ?? [])]).toEqual([...(direct.ownKeysOfClaim(id)?.text ?? [])]);
    expect(staged.suggest('zebrafsh')).toEqual(direct.suggest('zebrafsh'));
    expect(exactly(staged)).toEqual(exactly(direct));
  });

  it('scores as a fresh build holding the new version', async () => {
    const all = await reports();
    const changed = all[0] as Report;
    const reloaded = new ClaimIndex();
    for (const report of all) reloaded.addReport(report);
    const next = await reloaded.stageReport(revised(changed));
    if (next === null) throw new Error('no compact engine');
    reloaded.removeReport(changed);
    reloaded.addStaged(next);
    const fresh = new ClaimIndex();
    for (const report of all) fresh.addReport(report === changed ? revised(changed) : report);
    const expected = exactly(fresh);
    expect(expected.flat().length).toBeGreaterThan(ASKED.length);
    expect(expected.at(-1)?.length).toBeGreaterThan(0);
    expect(exactly(reloaded)).toEqual(expected);
  });

  it('leaves the index as it was until it is added', async () => {
    const all = await reports();
    const index = new ClaimIndex();
    for (const report of all.slice(1)) index.addReport(report);
    const before = index.state();
    const answers = exactly(index);
    const staged = await index.stageReport(all[0] as Report);
    expect(index.state()).toEqual(before);
    expect(exactly(index)).toEqual(answers);
    index.addStaged(staged as NonNullable<typeof staged>);
    expect(index.size).toBe((before?.index.ids.length ?? 0) + (all[0] as Report).claims.length);
  });

  it('is refused, changing nothing, while the index holds a claim of the same id', async () => {
    const all = await reports();
    const index = new ClaimIndex();
    for (const report of all) index.addReport(report);
    const staged = await index.stageReport(revised(all[1] as Report));
    const before = index.state();
    expect(() => index.addStaged(staged as NonNullable<typeof staged>)).toThrow(/duplicate ID/);
    expect(index.state()).toEqual(before);
  });

  it('says beforehand, changing nothing, whether it would be refused once the claims leaving are removed', async () => {
    const all = await reports();
    const index = new ClaimIndex();
    for (const report of all) index.addReport(report);
    const old = all[1] as Report;
    const staged = (await index.stageReport(revised(old))) ?? expect.fail('no compact engine');
    const before = index.state();
    expect(index.canAddStaged(staged, new Set())).toBe(false);
    expect(index.canAddStaged(staged, new Set(old.claims.slice(1).map((claim) => claim.id)))).toBe(false);
    expect(index.canAddStaged(staged, new Set(old.claims.map((claim) => claim.id)))).toBe(true);
    expect(index.state()).toEqual(before);
    index.removeReport(old);
    expect(index.canAddStaged(staged, new Set())).toBe(true);
    index.addStaged(staged);
  });
});
