import { describe, expect, it } from 'vitest';
import { CUT_MARK, cutMrkdwn, cutText, escapeAndCut, TextBudget } from '../../src/render/slack/cutText.js';
import { escapeMrkdwn } from '../../src/render/slack/escapeMrkdwn.js';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * What a cut of `text` must give at each `max`, by definition: graphemes kept one by one while the
 * measured text fits. The text is segmented and measured once, for every `max` asked.
 */
function cutsByDefinition(text: string, measure: (text: string) => string): (max: number) => { text: string; cut: boolean } {
  const whole = measure(text);
  const pieces = Array.from(graphemes.segment(text), ({ segment }) => measure(segment));
  return (max) => {
    if (whole.length <= max) return { text: whole, cut: false };
    const room = max - CUT_MARK.length;
    let kept = '';
    for (const piece of pieces) {
      if (kept.length + piece.length > room) break;
      kept += piece;
    }
    return { text: room > 0 ? `${kept.trimEnd()}${CUT_MARK}` : '', cut: true };
  };
}

/** Text mixing what cuts must keep whole or count as escaped: flags, ZWJ families, accents, &, <, >. */
function mixedText(seed: number, length: number): string {
  const pieces = ['a', 'b', ' ', '  ', '&', '<', '>', 'é', 'e\u0301', '🇯🇵', '👩‍👩‍👧', '😀', '\n', 'ß', '中', '\u{1F3FD}', 'x\u200D', '\u{1F1EF}'];
  let state = seed >>> 0;
  let text = '';
  while (text.length < length) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    text += pieces[state % pieces.length];
  }
  return text;
}

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

describe('cutting a long text', () => {
  it('keeps exactly the graphemes that fit, escaped or not, at every length', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const text = mixedText(seed, 40 + seed * 7);
      const [plain, escaped] = [cutsByDefinition(text, (t) => t), cutsByDefinition(text, escapeMrkdwn)];
      for (let max = 0; max <= text.length + 30; max += 1 + (seed % 3)) {
        expect(cutText(text, max)).toEqual(plain(max));
        expect(escapeAndCut(text, max)).toEqual(escaped(max));
      }
    }
  });

  it('cuts a text of thousands of characters (an answer fallback text) as the definition does', () => {
    const text = mixedText(7, 9000);
    const [plain, escaped] = [cutsByDefinition(text, (t) => t), cutsByDefinition(text, escapeMrkdwn)];
    for (const max of [3500, 3000, 301]) {
      expect(cutText(text, max)).toEqual(plain(max));
      expect(escapeAndCut(text, max)).toEqual(escaped(max));
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
