import { describe, expect, it } from 'vitest';
import { askedAnswerKinds, givesAnswerKind } from '../../src/answer/askedAnswerKind.js';

describe('a place below the top asked and told', () => {
  // Development sets' near-topic questions (held-out 37, 45): a claim on the contest names its winner.
  it('reads a placing asked by "who / which" and finishing second or last, taking silver or bronze, or the runner-up', () => {
    for (const question of ['Who came second to Comăneci in the all-around at Montreal?', 'Which team took the silver medal in the 1980 Olympic hockey tournament?', 'who finished last in the 1904 marathon?', 'Who was the runner-up in the 1983 final?', 'which country won bronze?'])
      expect(askedAnswerKinds(question), question).toContain('placing');
  });

  it('reads none in the second of a series, a yes/no question, "came first" or a medal count asked', () => {
    for (const question of ['What was the second trial about?', 'Did he come second?', 'Who came first, Amundsen or Scott?', 'Which country won the most silver medals?', 'What happened in the second half?', 'What took place last year in the battery market in South Australia?', 'What took place last in 1906 for Dreyfus?'])
      expect(askedAnswerKinds(question), question).not.toContain('placing');
  });

  it('reads a placing told by finishing in a place, the runner-up or taking silver, and none in the subject’s own medals counted', () => {
    for (const text of ['Nellie Kim finished second in the all-around.', 'The Soviet Union took the silver.', 'Finland were the runners-up.', 'Turishcheva, the bronze medallist, …'])
      expect(givesAnswerKind(text, 'placing'), text).toBe(true);
    for (const text of ['She left Montreal with three gold medals, in the all-around, uneven bars and balance beam, plus a silver in the team event and a bronze on floor.', 'The game was played at a small-town Olympic venue in the medal round.'])
      expect(givesAnswerKind(text, 'placing'), text).toBe(false);
  });
});
