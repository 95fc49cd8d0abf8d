import { describe, expect, it } from 'vitest';
import { chatQuestion } from '../../src/search/chatQuestion.js';
import { termsOf } from '../../src/search/termsOf.js';
import { TOTAL_ASKED_ASIDE } from '../../src/search/totalAskedAside.js';

// Held-out 56's "How long were the two players actually out there playing, all told?" and "How long is
// the Norman land register once you count it all up?": "told" and "count" were searched.
describe('a total asked in passing', () => {
  it('leaves "all told" and "once you count it all up" out of the search', () => {
    expect(termsOf(chatQuestion('How long were the two players out there playing, all told?'))).toEqual(termsOf('How long were the two players out there playing'));
    expect(termsOf(chatQuestion('How long is the Norman land register once you count it all up?'))).toEqual(termsOf('How long is the Norman land register'));
    expect(termsOf(chatQuestion('All told, how many people died in the flood?'))).toEqual(termsOf('how many people died in the flood'));
    expect(termsOf(chatQuestion('how much did the dig cost when you add it all up?'))).toEqual(termsOf('how much did the dig cost'));
  });

  it('keeps who was told, and the words the claims write a whole in', () => {
    for (const question of ['were they all told to leave?', 'were we all told?', 'Were the residents all told?', 'How many people died in total?', 'How many people died of kuru altogether?', 'did they count the votes up by hand?']) {
      expect(chatQuestion(question), question).toBe(question);
    }
  });

  // review58: its look-behind back to the sentence's start ran at every position of a message holding
  // the cue ("country" holds "count"): 23 ms a message of 1,000 characters, now looked for from "all
  // told" (its time: bench/longReadings.ts).
  it('leaves a long message holding its cue but no total as it is', () => {
    const message = `which country ${'a '.repeat(493)}`;
    expect(message.replace(TOTAL_ASKED_ASIDE.pattern, '')).toBe(message);
    expect(`${message}, all told?`.replace(TOTAL_ASKED_ASIDE.pattern, '')).toBe(`${message}, ?`);
  });
});
