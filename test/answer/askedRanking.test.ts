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

  // Held-out 27 (answerable): the claim names Nalin and Cash and ranks nothing.
  it('reads no ranking in the first deed a person is asked for, after the question\'s own verb', () => {
    for (const question of [
      'hey, do we know who actually ran the first trials showing oral fluids could replace IV drips for cholera?',
      'Who made the first recording of The Rite of Spring?',
      'Who noticed the first toothed wheel among the Antikythera finds?',
      'who wrote the earliest account of the fire?',
    ])
      expect(RANKING_ASKED.test(question), question).toBe(false);
  });

  it('still reads a ranking in who was or became the first, who is doing the first, who did the most, and in another clause', () => {
    for (const question of [
      'Who was the first woman to swim the Channel?',
      'Who became the first woman to win the Tour?',
      'who is leading the first wave of trials?',
      'Who won the most white jerseys?',
      'Which airline launched the first frequent flyer programme?',
      'Who ran the first trials, and which country has the most cases?',
    ])
      expect(RANKING_ASKED.test(question), question).toBe(true);
  });

  // Held-out 36, 37 (answerable): the claims give the pulse period, the design, Tretiak's benching,
  // and no superlative; held-out 27's "which came first" is answered by the claims' years.
  it('reads no ranking in a superlative before a noun after a preposition, nor in an order asked', () => {
    for (const question of [
      'what happened to the first polio vaccine and what replaced it?',
      'What was the pulse period of the first pulsar?',
      'What does the Vatican Museums source say about the first design for the ceiling?',
      'What happened to Vladislav Tretiak after the first period?',
      'which came first: the jet engine or the first antibiotic?',
      'Which came first in 1956: the first Eurovision Song Contest or the Ideal X\'s first container voyage?',
      'what happened first, the first landing or the launch?',
    ])
      expect(RANKING_ASKED.test(question), question).toBe(false);
    for (const question of [
      'which airline flies to the most countries?',
      'what was one of the first cars?',
      'Which kind of surface keeps letting water through the longest: pavers or asphalt?',
      'Who came in the first place in the vote?',
      'who finished in the fastest time?',
      'which was first to reach the pole, and which was the first ship?',
    ])
      expect(RANKING_ASKED.test(question), question).toBe(true);
  });

  it('still reads the ranking a superlative asks with another verb', () => {
    for (const question of ['which scientists saw the most meteors?', 'which of the first missions found the most water?', 'which bridge has the most sensors?'])
      expect(RANKING_ASKED.test(question), question).toBe(true);
  });

  // Held-out 54 (answerable, declined for a ranking the answer does not give) and 49: eval/README.md, next57's "What I would do next".
  it('reads no ranking in a superlative in the subject of do-support, its verb after it', () => {
    for (const question of [
      'quick q what batteries did the first swedish pacemakers run on',
      'Where did Guernica go in 1939, and where did the first airlift plane land?',
      'Who gave the order to start flying supplies into Berlin, and when did the first plane arrive?',
      'what did the first settlers eat?',
      'Which ports did the earliest people trade with?',
      'What did the first king marry for?',
    ])
      expect(RANKING_ASKED.test(question), question).toBe(false);
  });

  // Held-out 55's "What were the first warning signs before the volcano blew in 1980?" was declined:
  // a ranking asked, which "Activity began with a magnitude 4.2 earthquake…" does not give.
  it('reads no ranking in "the first" of a plural, the earliest of a sequence, but one before "to" or "ever", or of one thing', () => {
    for (const question of [
      'What were the first warning signs before the volcano blew in 1980?',
      'Who were the first settlers of Iceland?',
      'What were the earliest symptoms of the outbreak?',
      'who were the first Black Africans at the Olympics?',
    ])
      expect(RANKING_ASKED.test(question), question).toBe(false);
    for (const question of [
      'Who were the first people to climb Everest?',
      'Which were the first cars ever made?',
      'Who was the first crossword editor?',
      'where was the first world congress held?',
      'where the first Ironman was raced?',
    ])
      expect(RANKING_ASKED.test(question), question).toBe(true);
  });

  it('reads the ranking "did" asks as the main verb, and one asked by "most / least" in a subject', () => {
    for (const question of [
      'which team did the most laps?',
      'which team did the fastest lap?',
      'who did the first heart transplant?',
      'Why did the surgeon who did the first heart transplant stop operating?',
      'Which driver did the fastest laps in the race?',
      // review56: "last" mostly an adjective, no verb after the subject
      'which drivers did the fastest laps last season?',
      'which surgeons did the first heart transplants last year?',
      'where did the most people die?',
    ])
      expect(RANKING_ASKED.test(question), question).toBe(true);
  });
});
