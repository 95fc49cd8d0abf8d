import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateReport } from '../../bench/generateReport.js';
import { distinctQuestions } from '../../bench/generateQuestions.js';
import { Library } from '../../src/library/library.js';
import { parseReport } from '../../src/reports/parseReport.js';
import type { Report } from '../../src/reports/model.js';
import { ClaimIndex } from '../../src/search/claimIndex.js';
import { chatQuestion } from '../../src/search/chatQuestion.js';
import { parseQuery } from '../../src/search/parseQuery.js';
import { PRUNING_MIN_DOCUMENTS } from '../../src/search/prunedSearch.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { rankingDifference } from '../support/rankings.js';
import { BUNDLED_REPORTS } from '../support/reportsFolders.js';

// Below PRUNING_MIN_DOCUMENTS every question is scored exhaustively: by searchEveryMatch over the
// compact postings, or (`exhaustive: true`) by MiniSearch's own search. Both must give the same
// claims with the same scores, in the same order but where two tie to the last digits: MiniSearch
// sums a word's completions and typo neighbours in its term tree's order, which follows the order
// claims were indexed, and the compact postings in the terms' own order (postingsLookup.ts), so
// that every build and a loaded snapshot score alike (test/search/compactMiniSearch.test.ts).
let library: Library;
let questions: string[];

beforeAll(async () => {
  const generated: Report[] = Array.from({ length: 120 }, (_, i) => {
    const { name, text } = generateReport(1, i);
    const parsed = parseReport(text, name);
    if (!parsed.ok) throw new Error(`${name}: ${parsed.error.reason}`);
    return parsed.report;
  });
  const bundled = await loadReports(BUNDLED_REPORTS);
  library = Library.from({ ...bundled, reports: [...bundled.reports, ...generated] });
  const evalQuestions = (JSON.parse(await readFile(new URL('../../eval/questions.json', import.meta.url), 'utf8')) as { q: string }[]).map((q) => q.q);
  const benchQuestions = distinctQuestions(1, 150, generated.map((report) => report.id)).map((q) => q.text);
  questions = [...evalQuestions, ...benchQuestions, 'costs costs', 'what are the risks of risks?', 'cost-effectiveness', 'zzqx wwvy', 'sustainab'].map((q) => parseQuery(chatQuestion(q)).text);
}, 60_000);

describe('exhaustive search over the compact postings', () => {
  it('ranks and scores every match as MiniSearch does, with and without expansions, limits and filters', () => {
    const index = library.index;
    expect(index.size).toBeGreaterThan(500);
    expect(index.size).toBeLessThan(PRUNING_MIN_DOCUMENTS);
    const everyThird = (id: string): boolean => id.length % 3 === 0;
    let compared = 0;
    for (const text of questions) {
      for (const [filter, limit] of [[undefined, undefined], [undefined, 50], [everyThird, 7]] as const) {
        for (const options of [{ limit }, { limit, aliases: library.aliases }]) {
          const fast = index.search(text, filter, options);
          const miniSearch = index.search(text, filter, { ...options, exhaustive: true });
          expect(rankingDifference(fast, miniSearch), text).toBeNull();
          compared += fast.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(5_000);
  }, 120_000);

  it('finds nothing, without failing, in an empty index', () => {
    expect(new ClaimIndex().search('heat pumps in cold climates', undefined, { limit: 50 })).toEqual([]);
  });
});
