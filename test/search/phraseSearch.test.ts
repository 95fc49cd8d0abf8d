import { beforeAll, describe, expect, it } from 'vitest';
import { distinctQuestions } from '../../bench/generateQuestions.js';
import { generateReport } from '../../bench/generateReport.js';
import { questionFilter } from '../../src/answer/questionFilter.js';
import { Library } from '../../src/library/library.js';
import type { Report } from '../../src/reports/model.js';
import { parseReport } from '../../src/reports/parseReport.js';
import { parseQuery } from '../../src/search/parseQuery.js';
import { PRUNING_MIN_DOCUMENTS } from '../../src/search/prunedSearch.js';

// A question with quoted phrases lists the claims holding the phrases' words, scores them by every
// word, then checks the phrases (the claim's text) best first: it stops once as many pass as it
// was asked for, which must give exactly the first claims a search checking further would give.
let library: Library;
let questions: string[];

beforeAll(() => {
  const reports: Report[] = Array.from({ length: 260 }, (_, i) => {
    const { name, text } = generateReport(5, i);
    const parsed = parseReport(text, name);
    if (!parsed.ok) throw new Error(`${name}: ${parsed.error.reason}`);
    return parsed.report;
  });
  library = Library.from({ reports, errors: [], warnings: [] });
  const ids = reports.map((report) => report.id);
  const asked = distinctQuestions(5, 400, ids).map((q) => q.text);
  // The bench's phrase questions, each question with its longest word quoted (many claims hold
  // it: the limits cut), with its first two words quoted, and with a perspective too.
  const words = (text: string): string[] => text.replace(/["?]/g, '').split(' ');
  questions = [
    ...asked.filter((text) => text.startsWith('"')),
    ...asked.slice(160, 260).map((text) => `"${[...words(text)].sort((a, b) => b.length - a.length)[0] ?? ''}" ${text.replace(/"/g, '')}`),
    ...asked.slice(0, 120).map((text) => `"${words(text).slice(0, 2).join(' ')}" ${text.replace(/"/g, '')}`),
    ...asked.slice(120, 160).map((text) => `perspective:evidence "${words(text)[0] ?? ''}" ${text.replace(/"/g, '')}`),
  ];
});

describe('phrase search in a large library', () => {
  it('gives the first claims of a search that checks every candidate, whatever the limit', () => {
    expect(library.index.size).toBeGreaterThan(PRUNING_MIN_DOCUMENTS);
    const cut = new Map<number, number>();
    for (const question of questions) {
      const query = parseQuery(question);
      expect(query.phrases.length, question).toBeGreaterThan(0);
      const filter = questionFilter(library, { ...query.filters, phrases: query.phrases });
      const options = { phrases: query.phrases, aliases: library.aliases };
      const every = library.index.matches(query.text, filter, options);
      for (const limit of [1, 10, 50]) {
        expect(library.index.matches(query.text, filter, { ...options, limit }), `${question} (limit ${limit})`).toEqual(every.slice(0, limit));
        if (every.length > limit) cut.set(limit, (cut.get(limit) ?? 0) + 1);
      }
    }
    // The limits left claims out: the stop was taken, at the answer's limit too.
    expect(cut.get(10)).toBeGreaterThan(questions.length / 4);
    expect(cut.get(50)).toBeGreaterThan(20);
  });
});
