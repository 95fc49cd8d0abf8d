import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_LENGTH } from '../../src/answer/limitQuestion.js';
import { readQuestion } from '../../src/answer/readQuestion.js';

describe('readQuestion', () => {
  const asked = '  hi all, quick q: what was that stat on <https://example.org/a|heat pumps> in "cold climates" report:heat-pumps :fire: iirc?  ';

  it('keeps the question as asked, trimmed, with no note when it is not cut', () => {
    const read = readQuestion(asked);
    expect(read.question).toBe(asked.trim());
    expect(read).not.toHaveProperty('note');
  });

  it('searches the question without its chat wrapping, markup and emoji; phrases and filters parsed', () => {
    const { query } = readQuestion(asked);
    expect(query.text).toBe(', : what was heat pumps in cold climates ?');
    expect(query.phrases).toEqual(['cold climates']);
    expect(query.filters).toEqual({ report: 'heat-pumps' });
    expect(query.problems).toEqual([]);
  });

  it('keeps the question as typed for what reads how it asks: the filler stays, the markup and emoji go', () => {
    const { typed } = readQuestion(asked);
    expect(typed).toBe('hi all, quick q: what was that stat on heat pumps in "cold climates" report:heat-pumps iirc?');
    expect(readQuestion("isn’t vaping legal in Japan?").typed).toBe('is not vaping legal in Japan?');
  });

  it('cuts a long question, says so, and searches and reads only what was kept', () => {
    const long = `what's the payback of heat pumps? ${'really '.repeat(200)}zebras`;
    const read = readQuestion(long);
    expect(read.note).toMatch(/cut to its first 1000 characters/);
    expect(read.question.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
    expect(long.startsWith(read.question)).toBe(true);
    expect(read.query.text).toMatch(/^what the payback of heat pumps\? really/);
    expect(read.query.text).not.toContain('zebras');
    expect(read.typed).toMatch(/^what's the payback of heat pumps\? really/);
    expect(read.typed).not.toContain('zebras');
  });

  it("searches a word typed with two letters swapped as the word the library's claims have, and keeps it as typed", () => {
    const index = { claimsWith: (term: string): number => (term === 'report' ? 3 : 0) };
    const read = readQuestion('does the heat pump reprot mention installers?', index);
    expect(read.query.text).toBe('does the heat pump report mention installers?');
    expect(read.typed).toBe('does the heat pump reprot mention installers?');
    expect(read.question).toBe('does the heat pump reprot mention installers?');
    expect(readQuestion('does the heat pump reprot mention installers?').query.text).toContain('reprot');
  });
});
