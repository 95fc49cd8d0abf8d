import { describe, expect, it } from 'vitest';
import { coverageParts, type CoverageQuestion } from '../../src/search/questionCoverage.js';

// coverageParts works out the question keys' weights once per idf and terms array (they depend on
// those alone); the same array asked with another idf must not be given the first one's, nor make
// the first one's be worked out again.
describe('coverageParts over one terms array', () => {
  const terms = ['heat', 'pump', 'servic', 'heat'];
  const claim = new Set(['heat', 'pump']);
  const question = (idf: (term: string) => number): CoverageQuestion => ({ terms, expansions: [], idf });

  it('counts a key typed twice once, in its first place', () => {
    const { words, typed } = coverageParts(question((term) => (term === 'servic' ? 2 : 1)), claim);
    expect(words.map((word) => [word.term, word.share])).toEqual([
      ['heat', 0.25],
      ['pump', 0.25],
      ['servic', 0.5],
    ]);
    expect(typed).toBe(0.5);
  });

  it('weighs the same array anew under another idf, and as before under the first again', () => {
    const rare = (term: string): number => (term === 'servic' ? 2 : 1);
    const even = (): number => 1;
    const first = coverageParts(question(rare), claim);
    expect(coverageParts(question(even), claim).typed).toBeCloseTo(2 / 3);
    expect(coverageParts(question(rare), claim)).toEqual(first);
    // a copy of the array (another question with the same keys) reads the same
    expect(coverageParts({ terms: [...terms], expansions: [], idf: even }, claim).typed).toBeCloseTo(2 / 3);
  });

  it("keeps the first idf's weights while another idf is asked of the same array", () => {
    // answerability.ts asks one question's array under the weighted and then the plain idf.
    const asked: string[] = [];
    const rare = (term: string): number => {
      asked.push(term);
      return term === 'servic' ? 2 : 1;
    };
    const first = coverageParts(question(rare), claim);
    coverageParts(question(() => 1), claim);
    expect(coverageParts(question(rare), claim)).toEqual(first);
    expect(asked).toEqual(terms);
  });
});
