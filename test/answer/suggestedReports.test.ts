// The reports a declined or unmatched answer suggests, listed from a list made once per library
// state (suggestNext.ts's reportsByRelevance), against the plain ordering of every report
// (byRelevance): the same list, in the same order, on the reports on disk, as the library changes.

import { describe, expect, it } from 'vitest';
import { byRelevance, reportsByRelevance } from '../../src/answer/suggestNext.js';
import { Library } from '../../src/library/library.js';
import type { LibraryView } from '../../src/library/libraryView.js';
import { loadReports } from '../../src/reports/loadReports.js';
import type { Report } from '../../src/reports/model.js';
import { BUNDLED_REPORTS, COLLECTION_FIXTURES, EVIDENCE_FIXTURES, FIXTURE_REPORTS } from '../support/reportsFolders.js';

/** What suggestions listed before: every report ordered by byRelevance, as id and topic. */
function asBefore(view: LibraryView, byReport: ReadonlyMap<string, number>) {
  return byRelevance(view.reports, (r) => byReport.get(r.id)).map((r) => ({ id: r.id, topic: r.topic }));
}

/** A seeded choice of reports (and an id no report has), each with a score; many tie. */
function relevances(reports: readonly Report[], seed: number): Map<string, number> {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const chosen: [string, number][] = [];
  for (const report of reports) if (next() < 0.3) chosen.push([report.id, Math.floor(next() * 4)]);
  // Met in another order than the library's (as a search meets them), and one no report has.
  return new Map([['no-such-report', 5], ...chosen.reverse()]);
}

async function libraryOfReportsOnDisk(): Promise<Library> {
  const library = new Library();
  for (const dir of [BUNDLED_REPORTS, FIXTURE_REPORTS, EVIDENCE_FIXTURES, COLLECTION_FIXTURES]) {
    for (const report of (await loadReports(dir)).reports) if (!library.report(report.id)) library.put(report);
  }
  return library;
}

describe('the reports suggestions list', () => {
  it('are every report, the relevant first (most relevant first, ties in the library’s order), as byRelevance orders them', async () => {
    const library = await libraryOfReportsOnDisk();
    const scoped = library.view({ collections: ['engineering', 'marketing'], topLevel: false });
    expect(library.reports.length).toBeGreaterThan(20);
    expect(scoped.reports.length).toBeGreaterThan(0);
    expect(scoped.reports.length).toBeLessThan(library.reports.length);
    for (const view of [library, scoped, library.view({ collections: [], topLevel: true })]) {
      for (let seed = 1; seed <= 40; seed++) {
        const byReport = relevances(library.reports, seed);
        expect(reportsByRelevance(view, byReport)).toEqual(asBefore(view, byReport));
      }
      expect(reportsByRelevance(view, new Map())).toEqual(asBefore(view, new Map()));
    }
  });

  it('follow the library as reports are replaced, added and removed', async () => {
    const library = await libraryOfReportsOnDisk();
    const [first, second] = library.reports as [Report, Report];
    const check = (seed: number): void => {
      const byReport = relevances(library.reports, seed);
      expect(reportsByRelevance(library, byReport)).toEqual(asBefore(library, byReport));
    };
    check(1);
    library.put({ ...first, topic: `${first.topic}, revised` });
    check(2);
    library.forget(second.file);
    check(3);
    library.put({ ...second, id: 'aaa-first-now', file: 'aaa-first-now.md', claims: [] });
    check(4);
  });
});
