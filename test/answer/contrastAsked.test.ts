import { describe, expect, it } from 'vitest';
import { asksEitherOr, statesContrast } from '../../src/answer/contrastAsked.js';

describe('asksEitherOr', () => {
  it('reads a question weighing one thing against another', () => {
    expect(asksEitherOr('Is it the big knockouts that matter, or all the little knocks added up?')).toBe(true);
    expect(asksEitherOr('learning spanish rn, should i watch shows with spanish subs or english subs?')).toBe(true);
    expect(asksEitherOr('heat pumps vs gas boilers on running costs')).toBe(true);
    expect(asksEitherOr('Is printed concrete worse for the climate versus the normal kind?')).toBe(true);
  });

  it('does not read chat\'s trailing "or not", "or nah", "or so", "or something", nor "a day or two"', () => {
    expect(asksEitherOr('do heat pumps work in the cold or not?')).toBe(false);
    expect(asksEitherOr('is that legit or nah')).toBe(false);
    expect(asksEitherOr('is it like 40% or so?')).toBe(false);
    expect(asksEitherOr('did the ban change prices or something?')).toBe(false);
    expect(asksEitherOr('does the rash last a day or two?')).toBe(false);
    expect(asksEitherOr('do bike lanes reduce injuries?')).toBe(false);
    expect(asksEitherOr('what do the reports say about Oregon?')).toBe(false);
  });
});

describe('statesContrast', () => {
  it('reads a sentence setting two things side by side', () => {
    expect(statesContrast('The total number of head impacts, rather than diagnosed concussions, predicts CTE.')).toBe(true);
    expect(statesContrast('Printable mixes use more cement than standard structural concrete.')).toBe(true);
    expect(statesContrast('Staff were moved to online order picking instead of being laid off.')).toBe(true);
    expect(statesContrast('The effect was not on attendance but on grades.')).toBe(true);
  });

  it('does not read a sentence that sets nothing against anything', () => {
    expect(statesContrast('Luxembourg became the first country to make all of its national public transport free.')).toBe(false);
    expect(statesContrast('Most users still sign in with passwords.')).toBe(false);
  });
});
