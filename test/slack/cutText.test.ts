import { describe, expect, it } from 'vitest';
import { cutMrkdwn, escapeAndCut, TextBudget } from '../../src/render/slack/cutText.js';

describe('escapeAndCut', () => {
  it('leaves text that fits alone, apart from escaping', () => {
    expect(escapeAndCut('a < b & c', 100)).toEqual({ text: 'a &lt; b &amp; c', cut: false });
  });

  it('counts the escaped length, and never cuts inside an entity', () => {
    const { text, cut } = escapeAndCut('<<<<<<<<', 12);
    expect(cut).toBe(true);
    expect(text).toBe('&lt;&lt;…');
  });

  it('cuts on grapheme boundaries: a flag, a ZWJ family, a combining accent stay whole', () => {
    for (const grapheme of ['🇯🇵', '👩‍👩‍👧', 'é']) {
      const text = grapheme.repeat(50);
      for (let max = 1; max < 40; max += 1) {
        const result = escapeAndCut(text, max);
        expect(result.text.length).toBeLessThanOrEqual(max);
        expect(result.text.replace(/…$/, '')).toMatch(new RegExp(`^(?:${grapheme})*$`, 'u'));
      }
    }
  });
});

describe('cutMrkdwn', () => {
  it('backs off rather than leave a link or an entity open', () => {
    expect(cutMrkdwn('see <https://example.com/a-long-path|the source> now', 20).text).toBe('see…');
    expect(cutMrkdwn('fish &amp; chips', 9).text).toBe('fish…');
  });
});

describe('TextBudget', () => {
  it('shares one total between texts and remembers that it cut', () => {
    const budget = new TextBudget(10);
    expect(budget.fit('12345', 100)).toBe('12345');
    expect(budget.cut).toBe(false);
    expect(budget.fit('abcdefghij', 100)).toBe('abcd…');
    expect(budget.cut).toBe(true);
    expect(budget.left).toBe(0);
  });
});
