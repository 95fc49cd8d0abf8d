import { describe, expect, it } from 'vitest';
import { questionFilter } from '../../src/answer/questionFilter.js';
import type { Report } from '../../src/reports/model.js';
import { ClaimIndex } from '../../src/search/claimIndex.js';
import { tokenize } from '../../src/search/tokenize.js';
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

describe('ClaimIndex scores', () => {
  // Parse workers finish in any order, so a library builds its index in any order of reports, and
  // a restart loads the index from a snapshot instead. Each must score every claim alike to the
  // last bit, or near-tied claims (and suggestions summed from scores) come back in another order.
  // The diabetes question has two claims tied exactly at the edge of the agreement window
  // (reportAgreement.ts): which of them lifts its report must not follow the indexing order.
  const ASKED = [...QUESTIONS, 'how much do green roofs cool a city', 'grid battrey', 'what did the trial find about weight loss', 'do the diabetes shots help people whose kidneys are failing?'];

  /** Each question's claims and exact scores, as listed. */
  function exactly(index: ClaimIndex): [string, number][][] {
    return ASKED.map((q) => index.search(q).map((r): [string, number] => [r.id, r.score]));
  }

  it('are the same to the last bit whatever order the reports were added in, and from a saved index', async () => {
    const { reports } = await bundledLibrary();
    const inOrder = new ClaimIndex();
    for (const report of reports) inOrder.addReport(report);
    const orders = [[...reports].reverse(), [...reports.slice(3), ...reports.slice(0, 3)], [...reports.filter((_, i) => i % 2 === 1), ...reports.filter((_, i) => i % 2 === 0)]];
    const expected = exactly(inOrder);
    expect(expected.flat().length).toBeGreaterThan(ASKED.length);
    for (const order of orders) {
      const index = new ClaimIndex();
      for (const report of order) index.addReport(report);
      expect(exactly(index)).toEqual(expected);
    }
    const saved = new ClaimIndex();
    for (const report of orders[0] ?? []) saved.addReport(report);
    const state = saved.state();
    if (state === null) throw new Error('the index cannot be saved');
    expect(exactly(await ClaimIndex.load(state))).toEqual(expected);
  });
});

describe('ClaimIndex.all', () => {
  // A question of filters alone lists every claim they pass: claim by claim on the compact engine,
  // by MiniSearch's own wildcard search on its public API. MiniSearch is the oracle.
  it("lists the claims a filter passes as MiniSearch's wildcard search does, removed reports left out", async () => {
    const library = await bundledLibrary();
    const [removed, ...kept] = library.reports as [Report, ...Report[]];
    const perspective = kept[0]?.claims[0]?.perspective ?? '';
    const byId = (id: string): boolean => library.claim(id)?.perspective === perspective;
    const compact = new ClaimIndex();
    const plain = new ClaimIndex({ publicApiOnly: true });
    for (const index of [compact, plain]) {
      for (const report of [removed, ...kept]) index.addReport(report);
      index.removeReport(removed);
    }
    expect(compact.all()).toEqual(plain.all());
    expect(compact.all()).not.toContain(removed.claims[0]?.id);
    expect(compact.all(byId)).toEqual(plain.all(byId));
    expect(compact.all(byId).length).toBeGreaterThan(0);
    // A filter with the library's short-id screen, read by the index it numbers alone.
    const screened = questionFilter(library, { perspective: tokenize(perspective)[0] ?? '' });
    const whole = new ClaimIndex({ publicApiOnly: true });
    for (const report of library.reports) whole.addReport(report);
    expect(library.index.all(screened)).toEqual(whole.all(screened));
    expect(library.index.all(screened).length).toBeLessThan(library.index.all().length);
  });
});
