import { describe, expect, it } from 'vitest';
import { aspectTerms } from '../../src/answer/askedAspect.js';
import { termsOf } from '../../src/search/termsOf.js';

describe('the words that name the kind of finding a question asks for', () => {
  it('reads the good and bad sides asked of something, singular or plural, as their index keys', () => {
    expect([...aspectTerms('any problems with heat pumps in the cold?')]).toEqual(termsOf('problems'));
    expect([...aspectTerms('What are the downsides and risks of building seawalls?')]).toEqual(termsOf('downsides risks'));
    expect([...aspectTerms('pros and cons of a four-day week, any tradeoffs or pitfalls?')]).toEqual(termsOf('pros cons tradeoffs pitfalls'));
    expect([...aspectTerms('who actually benefits? what are the main challenges, hurdles, barriers?')]).toEqual(termsOf('benefits challenges hurdles barriers'));
  });

  it('reads no thing a question asks about, nor a word that only starts like one, nor one inside a compound', () => {
    for (const question of ['do heat pumps make a lot of noise for the neighbours?', 'is the risky option cheaper?', 'how do problem-solving skills develop?', 'any issuers of green bonds?', 'is the low-risk plan cheaper?']) {
      expect([...aspectTerms(question)], question).toEqual([]);
    }
  });
});
