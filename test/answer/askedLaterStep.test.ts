import { describe, expect, it } from 'vitest';
import { againInYear, asksLaterStep, tellsLaterStep } from '../../src/answer/askedLaterStep.js';

// Held-out 34-57's unanswerable later steps (Louise Brown's work, Peruggia and Leeson after prison,
// Swigert in space again), answered by claims on the event itself.
describe('a later step in a story, asked and told', () => {
  it('reads a later step asked: later life, what became of someone, where a story went, after a step of a life, what someone does now', () => {
    for (const question of [
      'What does Louise Brown do for a living now?',
      'What did Vincenzo Peruggia do after he got out of prison?',
      'What has Nick Leeson done since he got out of prison?',
      'Did Jack Swigert ever fly in space again after Apollo 13?',
      'Has Mount St. Helens erupted again since 1980?',
      'What happened to Leonid Kulik later in his life?',
      'What became of Joseph Meister later in life?',
      'What did Jacques Marsal and Marcel Ravidat do for work later in life?',
      'What did Francis Crick go on to work on after the double helix?',
      'What rank did Frank Whittle hold when he retired from the RAF?',
      'How did Isner do in his next match after beating Mahut?',
      'Has the Mona Lisa been attacked or damaged since it came back in 1914?',
      'is spencer silver still alive?',
      'whatever happened to midnight trains, that french startup?',
      'what is she doing these days?',
      // held-out 61: the event again at a later time, a later thing in the story
      'What happened when Brazil hosted the World Cup again in 2014?',
      'Did the bridge flood again in the 1990s?',
      "Which later spacecraft carried a replacement for the orbiter's climate instrument?",
      'what later work did she publish on it?',
    ])
      expect(asksLaterStep(question), question).toBe(true);
  });

  it('reads none in what followed an event, a past job, "ever" alone or "again" in chat', () => {
    for (const question of [
      // what followed an event: a claim on its aftermath tells it
      'What happened to crime after California voters rejected Prop 25 on bail?',
      "What happened to kids' teeth after a Canadian city took the fluoride out of its water supply?",
      'What happened to Luz Long?',
      'Who stumbled on the Wollemi pine, and what did he do for a living?',
      'Did Jackie Robinson ever win a championship?',
      'whats the deadline for q3 okrs again',
      'When is the next total solar eclipse visible from Spain?',
      'What did a former president of Studebaker do after the war?',
      // who did it, asked by where the story went: askedMaker.ts
      "Who went on to win the men's singles at Wimbledon that year?",
      // "again" with no later time, "later on" for part of the answer
      'When did the SNB raise interest rates above zero again?',
      'For which subjects does extra help pay off most in the early grades, and for which later on?',
    ])
      expect(asksLaterStep(question), question).toBe(false);
  });

  // review63: a claim naming the year tells the step dated by it ("London hosted the Summer Olympics in 1908, 1948 and 2012").
  it('reads the year a step again is dated by', () => {
    expect(againInYear('Did London host the Olympics again in 2012?')).toBe('2012');
    expect(againInYear('Did the bridge flood again in the 1990s?')).toBe('1990');
    expect(againInYear('Has Mount St. Helens erupted again since 1980?')).toBeNull();
  });

  it('reads a later step told, not the event itself or a few days after it', () => {
    for (const text of [
      'Two of the discoverers, Jacques Marsal and Marcel Ravidat, later became guides at Lascaux.',
      'The fast bowler at the centre of the row never played for England again.',
      'Spencer Silver, the chemist behind the Post-it adhesive, died in 2021 at the age of 80.',
      'The rebuilt Globe opened in 1614 with a tiled roof, was closed by the Puritans in 1642 and was pulled down around 1644.',
      'The tower reopened to visitors in December 2001 after more than a decade of closure.',
    ])
      expect(tellsLaterStep(text), text).toBe(true);
    for (const text of [
      'Louise Joy Brown, the first baby conceived through IVF, was born at Oldham General Hospital shortly before midnight on 25 July 1978.',
      'In December 1995 Leeson was sentenced to six and a half years in prison.',
      'The thief received a surprisingly light prison sentence from an Italian court.',
      'Joseph Meister, a nine-year-old from Alsace, was bitten 14 times by a rabid dog on 4 July 1885 and brought to Pasteur in Paris two days later.',
    ])
      expect(tellsLaterStep(text), text).toBe(false);
  });

  // Its time on long runs of its words is bench/longReadings.ts's; here what it reads in them.
  it('reads a 1,000-character message of its cues, asking and telling a later step or neither', () => {
    const asked = 'what did he do ever since then and later on in the story what happened to them after all was said '.repeat(10).slice(0, 1000);
    expect(asksLaterStep(asked)).toBe(true);
    expect(tellsLaterStep(asked)).toBe(true);
    const neither = 'what did he do ever and what happened to them after all was said '.repeat(16).slice(0, 1000);
    expect(asksLaterStep(neither)).toBe(false);
    expect(tellsLaterStep(neither)).toBe(false);
  });
});
