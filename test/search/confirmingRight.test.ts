import { describe, expect, it } from 'vitest';
import { chatQuestion } from '../../src/search/chatQuestion.js';
import { CONFIRMING_RIGHT } from '../../src/search/confirmingRight.js';

// The message's end as it was read, on short tails only: an emoji that is punctuation too ("‼", "⁉")
// and a shortcode of punctuation (":-:") could each be read two ways, and a run of them before a word
// was split every way.
const SPLIT_EVERY_WAY = new RegExp(
  CONFIRMING_RIGHT.source.replace(
    String.raw`(?=(?:[\s\p{P}]|(?!\p{P})\p{Extended_Pictographic}|:[_'-]*[a-z0-9+][a-z0-9_+'-]*:)*$)`,
    String.raw`(?=[\s\p{P}]*(?:(?:\p{Extended_Pictographic}|:[a-z0-9_+'-]+:)[\s\p{P}]*)*$)`,
  ),
  CONFIRMING_RIGHT.flags,
);

describe('a confirming "right" ending the message, past punctuation, emoji and shortcodes', () => {
  it('reads the message\'s end as the pattern reading it every way did', () => {
    expect(SPLIT_EVERY_WAY.source).not.toBe(CONFIRMING_RIGHT.source);
    for (const tail of ['', '?', ' ‼', '⁉⁉', ' 🥵', ' :+1:', ' :+1::tada:', ' :-:', ' :-: :-:', ' :a:b:', ' :a::b:', ' 〰', ' ⁉ x', ' :-: x', ' :+1: x', ' :smile', '!!!', ' 😀‼😀']) {
      const message = `the ussr collapsed in 1991, right${tail}`;
      expect(message.replace(CONFIRMING_RIGHT, '§'), message).toBe(message.replace(SPLIT_EVERY_WAY, '§'));
    }
    expect(chatQuestion('the ussr collapsed in 1991, right ‼')).toBe('the ussr collapsed in 1991 ‼');
    expect(chatQuestion('the ussr collapsed in 1991, right :+1::+1:')).toBe('the ussr collapsed in 1991');
  });

  // Split every way, forty of them before "x" would take hours; read one way, the time grows with the
  // text (its row in bench/longReadings.ts).
  it('reads a long run of emoji that are punctuation, or of punctuation shortcodes, to the word after it', () => {
    for (const run of ['⁉', '‼', ':-', ':_', ':-: ']) {
      const tail = run.repeat(40).trim();
      const message = `the ussr collapsed in 1991, right ${tail} x`;
      expect(chatQuestion(message), message).toBe(message);
      expect(chatQuestion(`the ussr collapsed in 1991, right ${tail}`)).toBe(`the ussr collapsed in 1991 ${tail}`);
    }
  });
});
