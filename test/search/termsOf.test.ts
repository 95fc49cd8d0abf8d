import { describe, expect, it } from 'vitest';
import { hasTerms, termsOf } from '../../src/search/termsOf.js';

describe('hasTerms', () => {
  it('says whether termsOf gives any term', () => {
    const texts = ['', '   ', 'the of and', 'is it?', ':tada: <@U123>', 'heat pumps', 'what about the costs', 'Ulaanbaatar', '2023', 'élan vital'];
    for (const text of texts) expect(hasTerms(text), text).toBe(termsOf(text).length > 0);
    expect(hasTerms('the of and')).toBe(false);
    expect(hasTerms('heat pumps')).toBe(true);
  });
});

describe('termsOf', () => {
  it('drops the reflexive pronouns, as it drops "them" and "it": "pay for themselves" is searched as pay', () => {
    expect(termsOf('do street trees pay for themselves')).toEqual(termsOf('do street trees pay for them'));
    expect(termsOf('the jab pays for itself, ourselves, yourself, oneself')).toEqual(termsOf('the jab pays'));
  });
});
