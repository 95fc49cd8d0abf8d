import { describe, expect, it } from 'vitest';
import { decodeFeedbackValue, decodePageValue, encodeFeedbackValue, encodePageValue, MAX_BUTTON_VALUE } from '../../src/render/slack/actionValues.js';

describe('page values', () => {
  it('round-trip the question and offset', () => {
    const value = encodePageValue({ question: 'heat "pumps" 🇯🇵', offset: 6 });
    expect(decodePageValue(value!)).toEqual({ question: 'heat "pumps" 🇯🇵', offset: 6 });
  });

  it('round-trip the checked message of a check', () => {
    const check = { channel: 'C1', threadTs: '1700000000.000100', author: 'U1' };
    expect(decodePageValue(encodePageValue({ question: 'heat', offset: 3, check })!)).toEqual({ question: 'heat', offset: 3, check });
    const anonymous = { channel: 'C1', threadTs: '1700000000.000100' };
    expect(decodePageValue(encodePageValue({ question: 'heat', offset: 0, check: anonymous })!)).toEqual({ question: 'heat', offset: 0, check: anonymous });
  });

  it('are refused (no button) when the question would not fit in 2,000 characters', () => {
    expect(encodePageValue({ question: 'x'.repeat(1990), offset: 0 })).toBeNull();
  });

  it('decode to null when unreadable', () => {
    for (const value of [undefined, 'nope', '[]', '{"q":1,"o":0}', '{"q":"x","o":-1}', '{"q":"x","o":1.5}', '{"q":"x","o":0,"c":["C1"]}', '{"q":"x","o":0,"c":[1,2]}']) {
      expect(decodePageValue(value)).toBeNull();
    }
  });
});

describe('feedback values', () => {
  it('keep the claim ids whole and cut a long question to fit', () => {
    const claimIds = ['a-report#1', 'a-report#2', 'a-report#3'];
    // Quotes double in JSON, so the cut has to account for escaping.
    const value = encodeFeedbackValue({ question: '"'.repeat(3000), claimIds })!;
    expect(value.length).toBeLessThanOrEqual(MAX_BUTTON_VALUE);
    const decoded = decodeFeedbackValue(value)!;
    expect(decoded.claimIds).toEqual(claimIds);
    expect(decoded.question.length).toBeGreaterThan(500);
  });

  it('decode to null when unreadable', () => {
    expect(decodeFeedbackValue('{"q":"x","ids":[1]}')).toBeNull();
    expect(decodeFeedbackValue('{"q":"x"}')).toBeNull();
  });
});

describe('values longer than any the bot sends', () => {
  it('are refused unread', () => {
    const long = 'heat pumps '.repeat(200);
    expect(decodePageValue(JSON.stringify({ q: long, o: 0 }))).toBeNull();
    expect(decodeFeedbackValue(JSON.stringify({ q: long, ids: ['a#1'] }))).toBeNull();
    expect(decodeFeedbackValue(JSON.stringify({ q: 'x', ids: Array.from({ length: 300 }, (_, i) => `a-report#${i}`) }))).toBeNull();
  });
});
