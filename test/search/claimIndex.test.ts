import { describe, expect, it } from 'vitest';
import { ClaimIndex } from '../../src/search/claimIndex.js';
import { bundledLibrary } from '../support/reportsFolders.js';

const QUESTIONS = ['risks of synthetic data', 'heat pumps cold', 'bike lanes safety', 'microplastics water', 'battery cost', 'remote work'];

function scores(index: ClaimIndex): [string, number][][] {
  return QUESTIONS.map((q) =>
    index
      .search(q)
      .map((r): [string, number] => [r.id, Number(r.score.toFixed(6))])
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  );
}

describe('ClaimIndex removals', () => {
  it('scores as an index that never held the removed reports, once enough are removed to sweep', async () => {
    const { reports } = await bundledLibrary();
    const [kept, removed] = [reports.slice(0, 4), reports.slice(4)];
    const patched = new ClaimIndex();
    for (const report of reports) patched.addReport(report);
    for (const report of removed) patched.removeReport(report);
    const fresh = new ClaimIndex();
    for (const report of kept) fresh.addReport(report);
    // The first questions after the removal: MiniSearch's search drops a removed claim's postings
    // as it reaches them, so later ones would score right even without a sweep.
    const afterRemoval = scores(patched);
    expect(patched.size).toBe(fresh.size);
    expect(afterRemoval).toEqual(scores(fresh));
    expect(afterRemoval.flat().length).toBeGreaterThan(QUESTIONS.length);
  });
});
