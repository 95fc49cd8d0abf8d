import { describe, expect, it } from 'vitest';
import { limitQuestion } from '../../src/answer/limitQuestion.js';

describe('limitQuestion', () => {
  it('leaves a normal question alone', () => {
    expect(limitQuestion('  heat pumps?  ')).toEqual({ question: 'heat pumps?' });
  });

  it('cuts a long question to the limit and says so', () => {
    const limited = limitQuestion('word '.repeat(500));
    expect(limited.question.length).toBeLessThanOrEqual(1000);
    expect(limited.note).toMatch(/cut to its first 1000 characters/);
  });

  it('never cuts through an emoji', () => {
    const limited = limitQuestion('👩‍👩‍👧'.repeat(300), 20);
    expect(limited.question).toBe('👩‍👩‍👧'.repeat(2));
  });
});
