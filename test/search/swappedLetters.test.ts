import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { expandQuestion, sharedWordNet, SWAPPED_WEIGHT } from '../../src/search/expandQuestion.js';
import { swappedBack } from '../../src/search/swappedLetters.js';
import type { WordNet } from '../../src/search/wordnet/wordNet.js';

const wordnet = (): WordNet => {
  const reader = sharedWordNet();
  if (reader === null) throw new Error('WordNet is not installed');
  return reader;
};

describe('swappedBack', () => {
  it('swaps two neighbouring letters of a word WordNet lacks back into the words it has', () => {
    expect(swappedBack(wordnet(), 'chnage')).toEqual(['change']);
    expect(swappedBack(wordnet(), 'vinly')).toEqual(['vinyl']);
    expect(swappedBack(wordnet(), 'veiwers')).toEqual(['viewers']);
  });

  it('leaves a word WordNet has, a short word and a code as they are', () => {
    expect(swappedBack(wordnet(), 'change')).toEqual([]);
    expect(swappedBack(wordnet(), 'wrok')).toEqual([]); // under 5 letters: as often chat as a slip
    expect(swappedBack(wordnet(), 'covid19')).toEqual([]);
  });
});

describe('a question word typed with two letters swapped', () => {
  it('is also searched as the word meant, for the word typed', () => {
    expect(expandQuestion('did vinly outsell CDs in the US').find((e) => e.term === 'vinyl')).toEqual({ term: 'vinyl', weight: SWAPPED_WEIGHT, source: 'vinli' });
  });

  it('is not, written with a capital: a name or an acronym', () => {
    expect(expandQuestion('how many ballots went to Sarah Palin').map((e) => e.term)).not.toContain('plain');
    expect(expandQuestion('how many ballots went to sarah palin').find((e) => e.term === 'plain')?.source).toBe('palin');
  });

  it('finds the claim the question means instead of declining it (a report on disk)', async () => {
    const vinyl = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout10/reports/', import.meta.url))));
    const [first] = answerQuestion(vinyl, 'did vinly outsell CDs in the US').items;
    expect(first?.claim.text).toMatch(/^Vinyl has outsold CDs by units in the United States/);
  });
});
