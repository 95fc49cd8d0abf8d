import { describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.js';
import type { Report } from '../../src/reports/model.js';
import { parseReport } from '../../src/reports/parseReport.js';
import { ClaimIndex } from '../../src/search/claimIndex.js';
import { PRUNING_MIN_DOCUMENTS } from '../../src/search/prunedSearch.js';

// Claims whose scores tie exactly are cut and listed by one rule (src/search/tiedClaims.ts:
// shorter first, then by id), not by the order they were indexed, which a build's parse workers
// and a live reload (a report's claims indexed last) choose. Here more claims tie than exhaustive
// search's limit keeps (a library under PRUNING_MIN_DOCUMENTS claims is searched exhaustively).

const TIED = 64;
const LIMIT = 50;

/** Evidence words of claim i: lengths vary, and repeat, so both the length and the id decide. */
const evidenceWords = (i: number): number => ((i * 7) % 13) + 1;

/**
 * A report of TIED claims that "widgets" matches alike: each sentence the same number of words,
 * "widgets" once, the word only there; evidence of varying length, never naming widgets.
 */
function widgetsReport(topic = 'Gadget survey'): Report {
  const claims = Array.from({ length: TIED }, (_, i) => {
    const quote = Array.from({ length: evidenceWords(i) }, (_, w) => `q${w}x`).join(' ');
    return `- **Claim**: Widgets matter in district d${i}x.\n  - **Evidence**: A source\n    - Relevant quote: "${quote}"\n`;
  });
  const text = `---\nTopic: ${topic}\nResearch Date: 2026-03-01\n---\n## Claims and Supporting Evidence\n### Main Perspective\n${claims.join('')}`;
  const parsed = parseReport(text, 'widgets.md');
  if (!parsed.ok) throw new Error(parsed.error.reason);
  return parsed.report;
}

/** Another report, so that the widgets report is not alone (and can be indexed before or after it). */
function otherReport(): Report {
  const parsed = parseReport(
    `---\nTopic: Bicycle lanes\nResearch Date: 2026-03-01\n---\n## Claims and Supporting Evidence\n### Main Perspective\n- **Claim**: Protected bike lanes reduce injuries.\n  - **Evidence**: A city study\n    - Relevant quote: "Injuries fell after the lanes opened"\n`,
    'bikes.md',
  );
  if (!parsed.ok) throw new Error(parsed.error.reason);
  return parsed.report;
}

const reversed = (report: Report): Report => ({ ...report, claims: [...report.claims].reverse() });

function indexOf(reports: Report[], options: { publicApiOnly?: boolean } = {}): ClaimIndex {
  const index = new ClaimIndex(options);
  for (const report of reports) index.addReport(report);
  return index;
}

/** The widgets claims' ids in the tie rule's order: shorter evidence first (all else is equal), then by id. */
function byTieRule(report: Report): string[] {
  const number = (id: string): number => Number(/#(\d+)$/.exec(id)?.[1]) - 1;
  return report.claims.map((claim) => claim.id).sort((a, b) => evidenceWords(number(a)) - evidenceWords(number(b)) || (a < b ? -1 : a > b ? 1 : 0));
}

describe('claims that tie exactly, more of them than exhaustive search keeps', () => {
  const widgets = widgetsReport();

  it('all tie, and their lengths and ids order them differently (the premise)', () => {
    const index = indexOf([widgets, otherReport()]);
    expect(index.size).toBeLessThan(PRUNING_MIN_DOCUMENTS);
    const found = index.search('widgets');
    expect(found).toHaveLength(TIED);
    // Past the claims report agreement lifts, one score for all.
    expect(new Set(found.slice(10).map((result) => result.score)).size).toBe(1);
    const ids = widgets.claims.map((claim) => claim.id);
    expect(byTieRule(widgets).slice(0, LIMIT).sort()).not.toEqual([...ids].sort().slice(0, LIMIT));
  });

  for (const engine of [{}, { publicApiOnly: true }]) {
    const name = engine.publicApiOnly ? "MiniSearch's public API" : 'the compact engine';
    it(`keeps and lists the same claims, by the tie rule, whichever order they were indexed in (${name})`, () => {
      const forward = indexOf([widgets, otherReport()], engine).search('widgets', undefined, { limit: LIMIT });
      const backward = indexOf([otherReport(), reversed(widgets)], engine).search('widgets', undefined, { limit: LIMIT });
      expect(forward.map((result) => result.id)).toEqual(byTieRule(widgets).slice(0, LIMIT));
      expect(backward).toEqual(forward);
      // MiniSearch's own search of every match (exhaustive: true) cuts its ties by the same rule.
      const miniSearch = indexOf([otherReport(), reversed(widgets)], engine).search('widgets', undefined, { limit: LIMIT, exhaustive: true });
      expect(miniSearch).toEqual(forward);
    });
  }

  it('keeps the same claims after a live reload, which indexes the reloaded report last, as a library built afresh', async () => {
    const revised = widgetsReport('Gadget survey, revised');
    const reloaded = Library.from({ reports: [widgets, otherReport()], errors: [], warnings: [] });
    expect(await reloaded.putInTurns(revised)).toBe('served');
    const fresh = Library.from({ reports: [revised, otherReport()], errors: [], warnings: [] });
    const found = reloaded.index.search('widgets', undefined, { limit: LIMIT });
    expect(found.map((result) => result.id)).toEqual(byTieRule(revised).slice(0, LIMIT));
    expect(found).toEqual(fresh.index.search('widgets', undefined, { limit: LIMIT }));
  });
});
