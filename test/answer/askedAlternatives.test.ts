import { describe, expect, it } from 'vitest';
import { askedAlternatives } from '../../src/answer/askedAlternatives.js';

// Held-out 11-61's unanswerable yes/no questions between two things no claim shown names (drones
// shot down or stolen, terracotta warriors damaged or stolen, Pliny a governor or consul, a virus or
// gene technology against cane toads), answered by claims on the subject.
describe('the two things a question asks between', () => {
  it('reads the words either side of "or": past a particle before it and a determiner after it', () => {
    for (const [question, alternatives] of [
      ['Have any terracotta warriors been damaged or stolen while on tour abroad?', ['damaged', 'stolen']],
      ['Have medical delivery drones ever been shot down or stolen?', ['shot', 'stolen']],
      ['Has anyone tried a virus or gene technology to wipe out cane toads?', ['virus', 'gene']],
      ['Did Pliny the Younger go on to become a governor or a consul later in life?', ['governor', 'consul']],
      ['hi all — was the Notre Dame fire arson or an accident, does anyone know', ['arson', 'accident']],
    ] as const)
      expect(askedAlternatives(question), question).toEqual(alternatives);
  });

  it('reads none without "or" inside a clause', () => {
    for (const question of ['Was the Bubble Act ever repealed?', 'Was it the Romans? Or the Greeks?', 'Did it sink, or was it scuttled?', 'or what?', 'Is it true?'])
      expect(askedAlternatives(question), question).toBeNull();
  });

  it('reads a 1,000-character message of "or"s by its first', () => {
    expect(askedAlternatives(`${'this or that '.repeat(76)}?`)).toEqual(['this', 'that']);
    expect(askedAlternatives(`${'or, '.repeat(250)}`)).toBeNull();
  });
});
