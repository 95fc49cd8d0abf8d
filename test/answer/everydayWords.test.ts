// How the decision's word weights read a WordNet whose files fail: a read error (a file missing
// or damaged) lets the shared reader go, says why once, and weighs every word in full, as without
// WordNet; any other error is a bug in our reading code, and is thrown (sharedWordNet.ts isReadError).

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dictionaryWords, isMainlyNoun, wordWeights } from '../../src/answer/everydayWords.js';
import { shareWordNet, sharedWordNet, sharedWordNetProblem, whenSharedWordNetDropped } from '../../src/search/wordnet/sharedWordNet.js';
import { type IndexEntry, WordNet, wordnetDbDir } from '../../src/search/wordnet/wordNet.js';
import { wordNetWithout } from '../support/brokenWordNet.js';

let scratch: string;

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'report-bot-everyday-words-'));
});

afterEach(async () => {
  shareWordNet(new WordNet(wordnetDbDir()));
  await rm(scratch, { recursive: true, force: true });
});

/** The installed files, read by code with a bug: each lookup throws what a slip of ours would (`bug`). */
class WordNetWithABug extends WordNet {
  constructor(private readonly bug: Error) {
    super(wordnetDbDir());
  }

  override lookup(): IndexEntry[] {
    throw this.bug;
  }
}

describe('everyday words read through the shared WordNet', () => {
  it('weighs "get" as an everyday word and "hydrogen" in full with WordNet', () => {
    expect(wordWeights('get hydrogen')).toEqual(new Map([['get', 0.5], ['hydrogen', 1]]));
  });

  it('lets the reader go when its files fail part-way through a read, says why once, and weighs every word in full', async () => {
    // No part of speech has "zorblat" or "quiphen": each lookup reaches index.adv, which is missing.
    shareWordNet(await wordNetWithout(scratch, 'index.adv'));
    const told: string[] = [];
    const stopTelling = whenSharedWordNetDropped((problem) => told.push(problem));
    try {
      expect([...wordWeights('zorblat quiphen').values()]).toEqual([1, 1]);
      expect(sharedWordNet()).toBeNull();
      expect(sharedWordNetProblem()).toMatch(/^WordNet's files could not be read \(ENOENT.*index\.adv.*without WordNet$/);
      expect(told).toEqual([sharedWordNetProblem()]);
    } finally {
      stopTelling();
    }
  });

  // A slip of ours, and Node's own argument check, which has a code but no errno: no read error.
  for (const bug of [new TypeError("Cannot read properties of undefined (reading 'senses')"), Object.assign(new RangeError('The value of "length" is out of range.'), { code: 'ERR_OUT_OF_RANGE' })]) {
    it(`throws any other error (${bug.name}), keeping the reader`, () => {
      const reader = new WordNetWithABug(bug);
      shareWordNet(reader);
      expect(() => wordWeights('get hydrogen')).toThrow(bug);
      expect(() => dictionaryWords('get hydrogen')).toThrow(bug);
      expect(() => isMainlyNoun('hydrogen')).toThrow(bug);
      expect(sharedWordNet()).toBe(reader);
      expect(sharedWordNetProblem()).toBeNull();
    });
  }
});
