import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeIndexSnapshot } from '../../src/library/indexSnapshot.js';
import { Library } from '../../src/library/library.js';
import { loadLibrary } from '../../src/library/loadLibrary.js';
import type { Report } from '../../src/reports/model.js';
import { ClaimIndex } from '../../src/search/claimIndex.js';
import { checkCompactEngine } from '../../src/search/compactEngineCheck.js';
import { BUNDLED_REPORTS, bundledLibrary } from '../support/reportsFolders.js';

// The fallback a ClaimIndex takes when MiniSearch's internals are not as the compact engine
// expects (compactEngineCheck.ts), forced here: every question goes through MiniSearch's public API.

const QUESTIONS = [
  'risks of synthetic data',
  'heat pumps cold',
  'bike lanes safety',
  'microplastics water',
  'battery cost',
  'remote work',
  'grid battrey', // a typo, matched fuzzily
  'glp-1 side effects', // synonyms
];

let reports: Report[];
beforeAll(async () => {
  ({ reports } = await bundledLibrary());
});

function indexOf(held: Report[], options: { publicApiOnly?: boolean } = {}): ClaimIndex {
  const index = new ClaimIndex(options);
  for (const report of held) index.addReport(report);
  return index;
}

/** Each question's claims and scores (to 6 places: averages are summed in another order), ties by id. */
function ranked(index: ClaimIndex): [string, number][][] {
  return QUESTIONS.map((q) =>
    index
      .search(q)
      .map((r): [string, number] => [r.id, Number(r.score.toFixed(6))])
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  );
}

/** Results in their order, scores to 6 places (averages are summed in another order). */
function toSixPlaces<T extends { score: number }>(results: T[]): T[] {
  return results.map((result) => ({ ...result, score: Number(result.score.toFixed(6)) }));
}

describe('the check that chooses the engine', () => {
  it('finds the compact engine works with the MiniSearch installed', () => {
    expect(checkCompactEngine()).toBeNull();
  });

  it('says why not when MiniSearch scores otherwise than the compact engine computes', () => {
    // As a MiniSearch release that changed its scoring would.
    const search = MiniSearch.prototype.search;
    const spy = vi.spyOn(MiniSearch.prototype, 'search').mockImplementation(function (this: MiniSearch, ...args) {
      return search.apply(this, args).map((result) => ({ ...result, score: result.score * 1.01 }));
    });
    try {
      expect(checkCompactEngine()).toMatch(/scores for ".*" differ from MiniSearch's own/);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('the claim index on MiniSearch public API alone', () => {
  it('says it runs on the public API, and why', () => {
    expect(new ClaimIndex().engine).toEqual({ mode: 'compact' });
    expect(new ClaimIndex({ publicApiOnly: true }).engine).toEqual({ mode: 'public', reason: expect.stringMatching(/publicApiOnly/) });
  });

  it('answers as the compact engine does: scores, filters, scoped and phrase questions, limits, suggestions', () => {
    const compact = indexOf(reports);
    const fallback = indexOf(reports, { publicApiOnly: true });
    expect(ranked(fallback)).toEqual(ranked(compact));
    expect(ranked(fallback).every((results) => results.length > 0)).toBe(true);

    const [first] = reports as [Report];
    const within = first.claims.map((claim) => claim.id);
    const inFirst = (id: string): boolean => within.includes(id);
    for (const options of [{}, { within }, { phrases: ['synthetic data'] }, { limit: 3 }]) {
      expect(toSixPlaces(fallback.search('synthetic data risks', inFirst, options))).toEqual(toSixPlaces(compact.search('synthetic data risks', inFirst, options)));
    }
    expect(fallback.search('synthetic data risks', undefined, { limit: 3 })).toHaveLength(3);
    expect(fallback.all(inFirst)).toEqual(compact.all(inFirst));
    expect(fallback.suggest('batery')).toEqual(compact.suggest('batery'));
    expect(fallback.suggest('batery').length).toBeGreaterThan(0);
  });

  it('scores, as soon as reports are removed, as an index that never held them', () => {
    const [kept, removed] = [reports.slice(0, 4), reports.slice(4)];
    const patched = indexOf(reports, { publicApiOnly: true });
    for (const report of removed) patched.removeReport(report);
    const fresh = indexOf(kept, { publicApiOnly: true });
    // The first questions after the removal: MiniSearch drops a removed claim's posting when a
    // search reaches it, so only these would see stale term statistics without its vacuum.
    const afterRemoval = ranked(patched);
    expect(patched.size).toBe(fresh.size);
    expect(afterRemoval).toEqual(ranked(fresh));
    expect(afterRemoval.flat().length).toBeGreaterThan(QUESTIONS.length);
  });

  describe('a library served from it', () => {
    let cacheDir: string;
    beforeEach(async () => {
      cacheDir = await mkdtemp(join(tmpdir(), 'report-bot-public-engine-'));
    });
    afterEach(async () => {
      await rm(cacheDir, { recursive: true, force: true });
    });

    it('answers, and is not saved as an index snapshot (nothing written, no problem reported)', async () => {
      const library = new Library(new ClaimIndex({ publicApiOnly: true }));
      const report = await loadLibrary(library, BUNDLED_REPORTS, { cacheDir, workers: 0 }).done;
      expect(library.index.engine.mode).toBe('public');
      expect(library.reports.length).toBe(reports.length);
      expect(library.index.search('heat pumps cold').length).toBeGreaterThan(0);
      expect(report.cacheProblems).toEqual([]);
      expect(library.indexChanged).toBe(true); // not saved
      expect(library.index.state()).toBeNull();
      const file = join(cacheDir, 'index.bin');
      expect(await writeIndexSnapshot(file, library.index, [], { wordnet: false })).toBe(false);
      expect(existsSync(file)).toBe(false);
    });
  });
});
