import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { rankingOf } from '../../bench/rankingAtScale.js';
import { generateReport } from '../../bench/generateReport.js';
import type { EvalQuestion } from '../../eval/evaluate.js';
import { parseReport } from '../../src/reports/parseReport.js';
import type { Report } from '../../src/reports/model.js';
import { PRUNING_MIN_DOCUMENTS } from '../../src/search/prunedSearch.js';
import { bundledLibrary } from '../support/reportsFolders.js';

// The bench's generated reports (same generator, seed 1), enough of them that the library
// crosses PRUNING_MIN_DOCUMENTS and answers with the pruned search large libraries use.
function generatedReports(count: number): Report[] {
  return Array.from({ length: count }, (_, i) => {
    const { name, text } = generateReport(1, i);
    const parsed = parseReport(text, name);
    if (!parsed.ok) throw new Error(`${name}: ${parsed.error.reason}`);
    return parsed.report;
  });
}

describe('the same answers at every size (bench/rankingAtScale.ts)', () => {
  it('ranks the eval questions among thousands of generated claims, pruned as in production, no worse than scoring every match', async () => {
    const questions = JSON.parse(await readFile(new URL('../../eval/questions.json', import.meta.url), 'utf8')) as EvalQuestion[];
    const reports = [...generatedReports(300), ...(await bundledLibrary()).reports];
    const pruned = rankingOf(reports, questions);
    const exhaustive = rankingOf(reports, questions, { exhaustive: true });
    expect(pruned.claims).toBeGreaterThan(PRUNING_MIN_DOCUMENTS);
    expect(pruned.all.recall3).toBeGreaterThanOrEqual(exhaustive.all.recall3);
    expect(pruned.all.mrr).toBeGreaterThanOrEqual(exhaustive.all.mrr - 0.01);
    expect(pruned.answered).toBeGreaterThanOrEqual(exhaustive.answered - 0.01);
    expect(pruned.declined).toBeGreaterThanOrEqual(exhaustive.declined - 0.04);
  }, 180_000);
});
