import { describe, expect, it } from 'vitest';
import { limitQuestion } from '../../src/answer/limitQuestion.js';

/** The cut as defined: the longest run of whole graphemes of the whole text within `max`. */
function cutBySegmentingAll(text: string, max: number): string {
  let cut = '';
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    if (cut.length + segment.length > max) break;
    cut += segment;
  }
  return cut;
}

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

  it('cuts exactly where segmenting the whole question would, for every limit', () => {
    // Flags (regional indicator pairs), ZWJ families, skin tones, combining marks, Hangul jamo, CRLF.
    const text = `a🇯🇵🇫🇷b👩‍👩‍👧👍🏽e\u0301\u0301\u1100\u1161\u11a8\r\n🇺🇸🇺🇸🇺x`.repeat(6);
    for (let max = 0; max < text.length; max++) {
      expect(limitQuestion(text, max).question, `max ${max}`).toBe(cutBySegmentingAll(text, max));
    }
  });

  it("cuts a question of Slack's 40,000 characters to the limit", () => {
    const limited = limitQuestion(`heat pumps ${'🇯🇵 cold climate '.repeat(2700)}`);
    expect(limited.question.length).toBeLessThanOrEqual(1000);
    expect(limited.question.length).toBeGreaterThan(990);
    expect(limited.note).toBeDefined();
  });
});
