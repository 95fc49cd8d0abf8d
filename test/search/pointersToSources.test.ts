import { describe, expect, it } from 'vitest';
import { withoutPointers } from '../../src/search/pointersToSources.js';

describe('withoutPointers', () => {
  // "paper" ending a question after a capitalised word a verb away was read as a source's kind
  // (review 45's could): the material asked about, not a paper pointed at.
  it('keeps a kind of source ending the question when a verb stands between it and a name', () => {
    for (const question of ['Did New Jersey ban paper?', 'Does Starbucks still use paper?', 'Did the UK ban paper?', 'Did New Jersey ban paper bags?'])
      expect(withoutPointers(question), question).toBe(question);
  });

  it('drops a kind of source ending the question after its owner and its title words', () => {
    expect(withoutPointers('Who wrote the Guardian profile?')).toBe('Who wrote the Guardian  ?');
    expect(withoutPointers('did you read the BBC News piece?')).toBe('did you read the BBC News  ?');
    expect(withoutPointers("what was in Burgdorfer's 1991 paper?")).toBe("what was in Burgdorfer's 1991  ?");
  });
});
