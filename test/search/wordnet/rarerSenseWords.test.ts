// A word's rarer senses, searched by their synonyms only where no claim has the word itself
// (wordnet/rarerSenseWords.ts, expandQuestion.ts RARER_SENSE_WEIGHT).

import { describe, expect, it } from 'vitest';
import { expandQuestion, RARER_SENSE_WEIGHT } from '../../../src/search/expandQuestion.js';
import { rarerSenseWords } from '../../../src/search/wordnet/rarerSenseWords.js';
import { RELATION_WEIGHTS, relatedWords } from '../../../src/search/wordnet/relatedWords.js';
import { sharedWordNet } from '../../../src/search/wordnet/sharedWordNet.js';

describe("a word's rarer senses", () => {
  it('are the synonyms of the senses after its most frequent, which relatedWords does not read', () => {
    const reader = sharedWordNet();
    if (!reader) throw new Error('WordNet is missing');
    // "hand" as handwriting ("in his own hand"): one of its rarer senses.
    expect(rarerSenseWords(reader, 'hand')).toContain('handwrit');
    expect(relatedWords(reader, 'hand').map((related) => related.term)).not.toContain('handwrit');
    expect(rarerSenseWords(reader, 'hand')).not.toContain('hand');
  });

  it('are searched below a first sense synonym, only where no claim has the word', () => {
    expect(RARER_SENSE_WEIGHT).toBeLessThan(RELATION_WEIGHTS.synonym);
    expect(expandQuestion('were the copies made by hand?').find((e) => e.term === 'handwrit')).toEqual({ term: 'handwrit', weight: RARER_SENSE_WEIGHT, source: 'hand', unlessSourceIndexed: true });
  });
});
