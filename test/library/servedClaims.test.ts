import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { ClaimIndex } from '../../src/search/claimIndex.js';
import { BUNDLED_REPORTS } from '../support/reportsFolders.js';

describe('answers give served claims only', () => {
  it('leaves out claims the index holds for a report that is not served', async () => {
    const { reports } = await loadReports(BUNDLED_REPORTS);
    const [unserved, ...served] = reports;
    if (!unserved) throw new Error('no bundled reports');
    // An index holding one report more than the library serves (as a loaded snapshot does until
    // its files are read).
    const index = new ClaimIndex();
    index.addReport(unserved);
    const library = new Library(index);
    for (const report of served) library.put(report);
    expect(library.servesEveryIndexedClaim).toBe(false);

    const question = unserved.claims[0]?.text ?? '';
    const found = answerQuestion(library, question);
    expect([...found.items, ...found.related].filter((item) => item.report.id === unserved.id)).toEqual([]);

    index.removeReport(unserved);
    expect(library.servesEveryIndexedClaim).toBe(true);
    library.put(unserved);
    expect(library.servesEveryIndexedClaim).toBe(true);
    expect(answerQuestion(library, question).items.some((item) => item.report.id === unserved.id)).toBe(true);
  });
});

describe('a served claim with its report, in one lookup', () => {
  /** What `served` must give: `claim(id)`, and the report that claim names, as `report()` gives it. */
  const expected = (library: Pick<Library, 'claim' | 'report'>, id: string) => {
    const claim = library.claim(id);
    const report = claim && library.report(claim.reportId);
    return claim && report ? { claim, report } : undefined;
  };
  const check = (library: Pick<Library, 'claim' | 'report' | 'served'>, ids: readonly string[]): void => {
    for (const id of ids) {
      const want = expected(library, id);
      const got = library.served(id);
      expect(got, id).toEqual(want);
      if (want && got) {
        expect(got.claim).toBe(want.claim);
        expect(got.report).toBe(want.report);
      }
    }
  };

  it('gives claim(id) and report(claim.reportId), as reports are put, replaced and removed', async () => {
    const { reports } = await loadReports(BUNDLED_REPORTS);
    const [first, second, ...rest] = reports;
    if (!first || !second) throw new Error('too few bundled reports');
    const ids = reports.flatMap((report) => report.claims.map((claim) => claim.id));
    const library = new Library();
    for (const report of reports) library.put(report);
    check(library, [...ids, 'no-such-report#1', `${first.id}#999999`]);
    expect(ids.every((id) => library.served(id) !== undefined)).toBe(true);

    // A report put again (new claim objects), and one removed: the lookup follows.
    library.put({ ...first, claims: first.claims.map((claim) => ({ ...claim })) });
    library.forget(second.file);
    check(library, ids);
    expect(library.served(second.claims[0]?.id ?? '')).toBeUndefined();
    expect(library.served(first.claims[0]?.id ?? '')?.claim).not.toBe(first.claims[0]);

    // Claims that name another report than the one serving them: the one they name, or none.
    const [named] = rest;
    if (!named) throw new Error('too few bundled reports');
    const odd = {
      ...second,
      claims: second.claims.map((claim, i) => ({ ...claim, reportId: i % 2 === 0 ? named.id : 'not-served' })),
    };
    library.put(odd);
    check(library, ids);
    expect(library.served(odd.claims[0]?.id ?? '')?.report).toBe(library.report(named.id));
    expect(library.served(odd.claims[1]?.id ?? '')).toBeUndefined();

    // A scoped view sees only its reports' claims: the bundled reports are top-level ones.
    const view = library.view({ collections: [], topLevel: true });
    check(view, ids);
    expect(ids.filter((id) => view.served(id) !== undefined).length).toBeGreaterThan(0);
    check(library.view({ collections: [], topLevel: false }), ids);
    expect(ids.some((id) => library.view({ collections: [], topLevel: false }).served(id) !== undefined)).toBe(false);
  });
});
