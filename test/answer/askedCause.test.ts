import { describe, expect, it } from 'vitest';
import { asksWhy, statesCause } from '../../src/answer/askedCause.js';

describe('asksWhy', () => {
  it('hears a question asking why, however it is typed', () => {
    expect(asksWhy('Why was that reef off the Scottish coast so dangerous to ships?')).toBe(true);
    expect(asksWhy('<@U04KQ2ZP1> quick one — why did the hanseatic league fizzle out?')).toBe(true);
    expect(asksWhy('WHY do batteries earn less once more of them get built')).toBe(true);
  });

  it('does not hear it in a question asking how, what or whether, nor inside another word', () => {
    expect(asksWhy('How did they get the water out of the way while they were building?')).toBe(false);
    expect(asksWhy('Did the builders finish late or on time?')).toBe(false);
    expect(asksWhy('What did the Whyte report find?')).toBe(false);
  });
});

describe('statesCause', () => {
  it('finds a word or phrase of cause or purpose', () => {
    for (const sentence of [
      'The reef was a notorious shipwreck hazard because it lies almost entirely underwater at high tide.',
      'Delays were due to the weather.',
      'Warming led to the loss of kelp.',
      'Drought leads to lower yields.',
      'The fire was caused by a faulty lamp.',
      'Heat causes the rails to buckle.',
      'Prices rose as a result of the embargo.',
      'The embargo was imposed in retaliation for a railway strike.',
      'Walls were raised to prevent flooding.',
      'The reasons for the collapse remain disputed.',
      'Growth was driven by exports.',
      'Demand fell owing to higher prices.',
    ])
      expect(statesCause(sentence), sentence).toBe(true);
  });

  it('finds none in a sentence that only tells what happened, nor in "since" for a time', () => {
    for (const sentence of [
      'The work was completed with remarkably few deaths for such a dangerous site.',
      'Since 2012 the city has charged drivers.',
      'Visitors have come since the bridge opened.',
      'The causeway floods at high tide.',
    ])
      expect(statesCause(sentence), sentence).toBe(false);
  });
});
