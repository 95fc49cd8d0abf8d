// Which of a question's words were written joined by a hyphen, and how WordNet may spell them.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/search/tokenize.js';
import { hyphenatedPairs, hyphenatedSpellings } from '../../../src/search/wordnet/hyphenatedWords.js';

const pairsIn = (text: string): number[] => [...hyphenatedPairs(text, tokenize(text))];

describe('hyphenatedPairs', () => {
  it('finds the words written with one hyphen between them', () => {
    expect(pairsIn('the little ones or the grown-ups?')).toEqual([5]);
    expect(pairsIn('do full-grown oysters and worn-out garments')).toEqual([1, 5]);
    // Unicode's hyphen and its non-breaking form too.
    expect(pairsIn('the grown\u2010ups and the grown\u2011ups')).toEqual([1, 5]);
  });

  it('finds none where the words stand apart or the dash is something else', () => {
    expect(pairsIn('the grown ups')).toEqual([]);
    expect(pairsIn('the grown - ups')).toEqual([]);
    expect(pairsIn('the grown--ups')).toEqual([]);
    expect(pairsIn('the grown\u2013ups')).toEqual([]);
  });

  it('finds the right place when a word recurs', () => {
    expect(pairsIn('up to the grown-up')).toEqual([3]);
  });
});

describe('hyphenatedSpellings', () => {
  it('spells the words with the hyphen, then solid', () => {
    expect(hyphenatedSpellings(['grown', 'ups'])).toEqual(['grown-ups', 'grownups']);
  });
});
