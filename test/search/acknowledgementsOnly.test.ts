import { describe, expect, it } from 'vitest';
import { acknowledgementsOnly } from '../../src/search/acknowledgementsOnly.js';
import { ACKNOWLEDGEMENT } from '../../src/search/courtesies.js';

// The one pattern it replaces, read on short messages only: it tried every split of a message.
const REPEATED = new RegExp(String.raw`^[\s\p{P}]*(?:(?:${ACKNOWLEDGEMENT})(?![\p{L}\p{N}])[\s\p{P}]*)+$`, 'u');

describe('a message of acknowledgements and sign-offs only', () => {
  it('reads a chain of them however two of them share words, as the one pattern did', () => {
    for (const message of ['ok cool, talk later', 'take care all, good night', 'take care all good', 'take care, all good, bye', 'lol', 'ok!!', 'never mind', 'Have a great rest of your weekend everyone!', "see ya y'all"]) {
      expect(acknowledgementsOnly(message), message).toBe(REPEATED.test(message));
    }
    for (const message of ['ok cool, talk later', 'take care all, good night', 'take care all good', 'take care, all good, bye']) expect(acknowledgementsOnly(message), message).toBe(true);
    for (const message of ['', ' !! ', 'cool roofs', 'ok cool, what about roofs?', 'take care all good x', 'ok1', 'okok']) expect(acknowledgementsOnly(message), message).toBe(false);
  });

  // Split every way, "take care all good bye" repeated 22 times took seconds, twice as long with
  // each repetition; read from word end to word end, the time grows with the text (its row in
  // bench/longReadings.ts, at 2,000 and 20,000 characters).
  it('reads sign-offs that share words, repeated, to the end', () => {
    const message = `${'take care all good bye '.repeat(22)}x`;
    expect(acknowledgementsOnly(message)).toBe(false);
    expect(acknowledgementsOnly(message.slice(0, -1))).toBe(true);
  });
});
