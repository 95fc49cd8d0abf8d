import { describe, expect, it } from 'vitest';
import { statementQuestion } from '../../src/answer/checkStatement.js';

describe('statementQuestion', () => {
  it('takes out quotes and the colon after a word with a letter, and nothing else', () => {
    expect(statementQuestion('My take on "heat pumps": report: they still save energy')).toBe('My take on heat pumps : report they still save energy');
    expect(statementQuestion('3d: printed, a-b_c: x, 12:30 and :: stay')).toBe('3d printed, a-b_c x, 12:30 and :: stay');
    expect(statementQuestion('at 10:30 since:2026-01-01')).toBe('at 10:30 since 2026-01-01');
  });

  // A pasted blob is one long word: it was read again from each of its letters.
  it('reads a long run of word characters, with or without a colon after it', () => {
    const blob = 'a1_-'.repeat(100_000);
    expect(statementQuestion(`${blob} is it true`)).toBe(`${blob} is it true`);
    expect(statementQuestion(`${blob}: is it true`)).toBe(`${blob} is it true`);
    expect(statementQuestion(`1${'_'.repeat(400_000)}x:`)).toBe(`1${'_'.repeat(400_000)}x`);
  });
});
