import { describe, expect, it } from 'vitest';
import { RANKING_ASKED } from '../../src/answer/askedRanking.js';

describe('RANKING_ASKED', () => {
  // Held-out 34 (answerable): the claim says what Kulik found near the centre, no ranking.
  it('reads no ranking in what the first observers saw, noticed or discovered', () => {
    for (const question of [
      'What did the first scientists see at the very middle of the Siberian blast zone?',
      'what did the earliest visitors notice about the crater?',
      'What have the largest surveys observed in the reef?',
    ])
      expect(RANKING_ASKED.test(question), question).toBe(false);
  });

  it('still reads the ranking a superlative asks with another verb', () => {
    for (const question of ['which scientists saw the most meteors?', 'which of the first missions found the most water?', 'which bridge has the most sensors?'])
      expect(RANKING_ASKED.test(question), question).toBe(true);
  });
});
