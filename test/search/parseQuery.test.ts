import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../src/search/parseQuery.js';

describe('parseQuery', () => {
  it('reads free text, phrases and filters', () => {
    const q = parseQuery('report:heat-pumps perspective:Economics since:2026-01-01 "running costs" boiler');
    expect(q.filters).toEqual({ report: 'heat-pumps', perspective: 'economics', since: '2026-01-01' });
    expect(q.phrases).toEqual(['running costs']);
    expect(q.text).toBe('running costs boiler');
    expect(q.problems).toEqual([]);
  });

  it('reads phrases in curly quotes', () => {
    expect(parseQuery('“model collapse” risk').phrases).toEqual(['model collapse']);
  });

  it('hints at an unknown filter and searches its words instead', () => {
    const q = parseQuery('author:smith heat pumps');
    expect(q.problems[0]).toMatch(/Unknown filter `author:`.*report:/);
    expect(q.text).toBe('author smith heat pumps');
  });

  it('takes `report:` or `perspective:` with no value as a forgotten value, not as a word', () => {
    const q = parseQuery('Report: heat pumps perspective:');
    expect(q.text).toBe('heat pumps');
    expect(q.filters).toEqual({});
    expect(q.problems).toEqual(['`report:` needs a value, e.g. `report:heat-pumps`.', '`perspective:` needs a value, e.g. `perspective:bias`.']);
    // Only where a filter could start: inside a word or a phrase it is text as before.
    expect(parseQuery('xreport: "report:" cost').text).toBe('xreport: report: cost');
    expect(parseQuery('note: heat').problems).toEqual([]);
  });

  it('says when a filter is given twice, and which value is used', () => {
    const q = parseQuery('report:bike report:heat cost');
    expect(q.filters.report).toBe('heat');
    expect(q.problems).toEqual(['`report:` is given twice (`report:bike`, `report:heat`); a question takes one, so `report:heat` is used.']);
    expect(parseQuery('since:2026-01-01 since:2026-01-01 heat').problems).toEqual([]);
  });

  it('does not take a URL or a time for a filter', () => {
    const q = parseQuery('https://example.org meeting at 10:30');
    expect(q.problems).toEqual([]);
    expect(q.filters).toEqual({});
  });

  it('reads strength: filters, each of which must hold, and hints at an unknown strength', () => {
    expect(parseQuery('strength:quoted strength:Multi-Source heat').filters.strength).toEqual(['quoted', 'multi-source']);
    expect(parseQuery('strength:quoted strength:quoted').filters.strength).toEqual(['quoted']);
    const q = parseQuery('strength:strong heat');
    expect(q.filters.strength).toBeUndefined();
    expect(q.problems[0]).toMatch(/`strength:strong` is not a strength.*strength:quoted.*strength:multi-source/);
    expect(q.text).toBe('heat');
  });

  it.each(['2026-13-01', '2026-02-30', 'yesterday', '26-01-01'])('rejects since:%s with a hint', (date) => {
    const q = parseQuery(`since:${date} batteries`);
    expect(q.filters.since).toBeUndefined();
    expect(q.problems[0]).toMatch(/YYYY-MM-DD/);
  });

  it.each(['', '   ', '\n\t'])('hints when the question is empty (%j)', (question) => {
    expect(parseQuery(question).problems[0]).toMatch(/Ask a question/);
  });

  it('survives strange input', () => {
    for (const question of ['"', '"""', ':::', 'report:', '\u0000\uFFFF', 'a'.repeat(10_000), '🙂'.repeat(500), '((()))[[]]']) {
      expect(() => parseQuery(question)).not.toThrow();
    }
  });
});
