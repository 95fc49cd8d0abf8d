import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { claimCoverage, coverageQuestionOf, rememberedTermsOf } from '../../src/answer/claimCoverage.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { termsOfClaim } from '../../src/search/claimTerms.js';
import { coverageParts } from '../../src/search/questionCoverage.js';
import { termsOf } from '../../src/search/termsOf.js';
import { BUNDLED_REPORTS, bundledLibrary } from '../support/reportsFolders.js';

describe('the question as the decision reads it', () => {
  it('is read again after a report changes, even when the number of claims stays the same', async () => {
    const loaded = await loadReports(BUNDLED_REPORTS);
    const changing = Library.from(loaded);
    const question = 'grid forming inverters';
    const [inverters] = termsOf('inverters') as [string];
    const idfNow = () => coverageQuestionOf(changing, question)?.idf(inverters) ?? NaN;
    // Asked once: the question and its words' IDF are remembered for the next answer.
    const before = idfNow();
    const claims = changing.claimCount;
    // Every claim of another report (one that defines no aliases, so the alias table stays as it
    // was) now has "inverters": the word is less telling than before.
    const other = loaded.reports.find((report) => report.id === 'remote-work-productivity');
    if (!other) throw new Error('the bundled remote work report is missing');
    changing.put({ ...other, claims: other.claims.map((claim) => ({ ...claim, text: `${claim.text} Inverters.` })) });
    expect(changing.claimCount).toBe(claims);
    expect(idfNow()).toBeLessThan(before);
  });
});

describe('the first claims\' coverage, shared by the reranker and the decision', () => {
  it('is worked out once per question and claim, as coverageParts gives it from the claim\'s words', async () => {
    const library = await bundledLibrary();
    const question = 'does stopping the medication make you regain weight?';
    const answer = answerQuestion(library, question);
    const covered = coverageQuestionOf(library, answer.query.text);
    if (!covered) throw new Error('the question has words');
    expect(answer.items.length).toBeGreaterThanOrEqual(3);
    for (const { claim, report } of answer.items.slice(0, 3)) {
      const keys = rememberedTermsOf(library, claim, report);
      // answering the question worked it out already; asking again reads the same object
      const shared = covered.claims.get(keys);
      expect(shared).toBeDefined();
      expect(claimCoverage(covered, keys)).toBe(shared);
      expect(shared).toEqual(coverageParts(covered.question, termsOfClaim(claim, report)));
    }
  });
});

describe('the claim keys the decision remembers', () => {
  // The keys are views of the index's storage: kept across a change to the library, they would
  // keep storage the index has replaced alive.
  it('reads a claim\'s keys anew once the library changes, even for a report that did not', async () => {
    const changing = await bundledLibrary();
    const report = changing.reports[0];
    const claim = report?.claims[0];
    if (!report || !claim) throw new Error('the bundled reports have claims');
    const before = rememberedTermsOf(changing, claim, report);
    expect(rememberedTermsOf(changing, claim, report)).toBe(before);
    const other = changing.reports[1];
    if (!other) throw new Error('the bundled reports are several');
    changing.put({ ...other });
    expect(changing.claim(claim.id)).toBe(claim);
    const after = rememberedTermsOf(changing, claim, report);
    expect(after).not.toBe(before);
    expect([...after]).toEqual([...before]);
  });

  // Each scoped view builds its own index object over the library's one index: remembered per
  // view, the same keys were held again for each channel's scope.
  it('remembers them once for the library and every scoped view of it', async () => {
    const library = await bundledLibrary();
    const report = library.reports[0];
    const claim = report?.claims[0];
    if (!report || !claim) throw new Error('the bundled reports have claims');
    const view = library.view({ collections: [], topLevel: true });
    expect(view.index).not.toBe(library.index);
    const fromLibrary = rememberedTermsOf(library, claim, report);
    expect(rememberedTermsOf(view, claim, report)).toBe(fromLibrary);
    expect(rememberedTermsOf(library.view({ collections: ['none'], topLevel: true }), claim, report)).toBe(fromLibrary);
    const other = library.reports[1];
    if (!other) throw new Error('the bundled reports are several');
    library.put({ ...other });
    expect(rememberedTermsOf(view, claim, report)).not.toBe(fromLibrary);
  });
});
