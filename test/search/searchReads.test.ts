import { beforeAll, describe, expect, it } from 'vitest';
import { distinctQuestions } from '../../bench/generateQuestions.js';
import { generateReport } from '../../bench/generateReport.js';
import type { Report } from '../../src/reports/model.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { parseReport } from '../../src/reports/parseReport.js';
import { chatQuestion } from '../../src/search/chatQuestion.js';
import { ClaimIndex } from '../../src/search/claimIndex.js';
import { parseQuery } from '../../src/search/parseQuery.js';
import { termsOf } from '../../src/search/termsOf.js';
import { PRUNING_MIN_DOCUMENTS } from '../../src/search/prunedSearch.js';
import { BUNDLED_REPORTS } from '../support/reportsFolders.js';

// Pruned search remembers what it reads of the index between questions (each word's expansions
// with their postings, each term's postings per field, the claim ids by short id) until the index
// changes. Whatever was asked before, a question must get what it gets from an index that
// remembers nothing: here two indexes built alike are asked the same questions in opposite orders,
// with reports removed and added between rounds, and must give the same claims, scores and order.
let reports: Report[];
let questions: string[];

beforeAll(async () => {
  const bundled = await loadReports(BUNDLED_REPORTS);
  const generated = Array.from({ length: 240 }, (_, i) => {
    const { name, text } = generateReport(3, i);
    const parsed = parseReport(text, name);
    if (!parsed.ok) throw new Error(`${name}: ${parsed.error.reason}`);
    return parsed.report;
  });
  reports = [...bundled.reports, ...generated];
  questions = distinctQuestions(3, 300, generated.map((report) => report.id)).map((q) => parseQuery(chatQuestion(q.text)).text);
}, 60_000);

function indexOf(held: readonly Report[]): ClaimIndex {
  const index = new ClaimIndex();
  for (const report of held) index.addReport(report);
  return index;
}

/** Each question's claims, asked in `order`, plain and with a filter turning down half the claims. */
function answers(index: ClaimIndex, order: readonly string[]): Map<string, unknown> {
  const half = (id: string): boolean => id.length % 2 === 0;
  return new Map(order.map((text) => [text, [index.search(text, undefined, { limit: 50 }), index.search(text, half, { limit: 20 })]]));
}

describe('pruned search asked again', () => {
  it('gives every question what an index asked nothing before gives, whatever came before, across index changes', () => {
    const forward = indexOf(reports);
    const backward = indexOf(reports);
    expect(forward.size).toBeGreaterThan(PRUNING_MIN_DOCUMENTS);
    const reversed = [...questions].reverse();
    const rounds: (() => void)[] = [
      () => {},
      // Reports removed and one added back: the index changes under what was read. (Swept: while
      // removed claims stay in the postings, MiniSearch's own search drops them as it meets them,
      // so what a question gets then depends on what was asked before, with or without remembering.)
      () => {
        for (const index of [forward, backward]) {
          for (const report of reports.slice(10, 40)) index.removeReport(report);
          index.sweep();
          index.addReport(reports[20] as Report);
        }
      },
    ];
    let found = 0;
    for (const change of rounds) {
      change();
      const a = answers(forward, questions);
      const b = answers(backward, reversed);
      for (const text of questions) {
        expect(a.get(text), text).toEqual(b.get(text));
        found += ((a.get(text) as unknown[][])[0] as unknown[]).length;
      }
    }
    expect(found).toBeGreaterThan(questions.length * 20);
  }, 180_000);

  it('reads postings afresh while removed claims are not swept, as MiniSearch drops them when it meets them', () => {
    // One report removed: too few claims to sweep, so they stay in the postings until MiniSearch's
    // own search (exhaustive) meets them and drops them, changing the words' counts.
    const asked = indexOf(reports);
    const fresh = indexOf(reports);
    const removed = reports.find((report) => report.claims.length >= 5) as Report;
    for (const index of [asked, fresh]) index.removeReport(removed);
    const words = removed.claims.map((claim) => claim.text.split(/\s+/).slice(0, 6).join(' '));
    for (const text of words) asked.search(text, undefined, { limit: 50 }); // read and remembered, if it were
    for (const text of words) {
      for (const index of [asked, fresh]) index.search(text, undefined, { exhaustive: true });
      expect(asked.search(text, undefined, { limit: 50 }), text).toEqual(fresh.search(text, undefined, { limit: 50 }));
    }
  }, 60_000);

  it('counts the claims with a word as an index that never counted it, across changes and while removed claims are not swept', () => {
    // claimsWith remembers each word's count (the no-answer decision asks it of every question
    // word) until the index changes, and not while removed claims stay in the postings.
    const asked = indexOf(reports);
    const fresh = indexOf(reports);
    const removed = reports.find((report) => report.claims.length >= 5) as Report;
    const words = [...new Set([...questions.slice(0, 60), ...removed.claims.map((claim) => claim.text)].flatMap(termsOf))];
    const counts = (index: ClaimIndex): number[] => words.map((word) => index.claimsWith(word));
    const before = counts(asked); // remembered, before the change
    asked.removeReport(removed);
    fresh.removeReport(removed);
    expect(counts(asked)).toEqual(before); // still in the postings; not remembered: MiniSearch's search below drops them
    for (const text of removed.claims.map((claim) => claim.text)) {
      for (const index of [asked, fresh]) index.search(text, undefined, { exhaustive: true });
    }
    const dropped = counts(fresh);
    expect(dropped).not.toEqual(before);
    expect(counts(asked)).toEqual(dropped);
    for (const index of [asked, fresh]) index.sweep();
    const swept = counts(fresh);
    expect(swept).not.toEqual(before);
    expect(counts(asked)).toEqual(swept);
    for (const index of [asked, fresh]) index.addReport(removed);
    expect(counts(asked)).toEqual(before);
    expect(counts(fresh)).toEqual(before);
  }, 60_000);
});
