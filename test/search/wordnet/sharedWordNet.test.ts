// The WordNet reader questions share, when reading it fails: a read error (its files missing or
// damaged) lets it go, says why once, and search goes on without WordNet; any other error is a
// bug in our reading code, and is thrown rather than taken for a broken WordNet.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandQuestion } from '../../../src/search/expandQuestion.js';
import { shareWordNet, sharedWordNet, sharedWordNetProblem, whenSharedWordNetDropped } from '../../../src/search/wordnet/sharedWordNet.js';
import { type IndexEntry, WordNet, wordnetDbDir } from '../../../src/search/wordnet/wordNet.js';
import { wordNetWithout } from '../../support/brokenWordNet.js';

let scratch: string;

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'report-bot-shared-wordnet-'));
});

afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** The installed files, read by code with a bug: each entry's read throws what a slip of ours would. */
class WordNetWithABug extends WordNet {
  override entry(): IndexEntry | null {
    throw new TypeError("Cannot read properties of undefined (reading 'senses')");
  }
}

describe("a question's search through the shared WordNet", () => {
  it('lets the reader go when its files fail part-way through a read, says why once, and searches on without WordNet', async () => {
    shareWordNet(await wordNetWithout(scratch, 'data.verb'));
    const told: string[] = [];
    const stopTelling = whenSharedWordNetDropped((problem) => told.push(problem));
    try {
      // "pilots" and "reduce" are verbs too: their related words are read from data.verb, each failing.
      expect(expandQuestion('Did the pilots reduce burnout?')).toEqual(expect.any(Array));
      expect(sharedWordNet()).toBeNull();
      expect(sharedWordNetProblem()).toMatch(/^WordNet's files could not be read \(ENOENT.*data\.verb.*questions read, without WordNet$/);
      expect(told).toEqual([sharedWordNetProblem()]);
    } finally {
      stopTelling();
    }
  });

  it('throws any other error, keeping the reader', () => {
    const reader = new WordNetWithABug(wordnetDbDir());
    shareWordNet(reader);
    expect(() => expandQuestion('Did the pilots reduce burnout?')).toThrow(TypeError);
    expect(sharedWordNet()).toBe(reader);
    expect(sharedWordNetProblem()).toBeNull();
  });
});
