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
