// The WordNet reader questions share, when reading it fails: a read error (its files missing or
// damaged) lets it go, says why once, and search goes on without WordNet; any other error is a
// bug in our reading code, and is thrown rather than taken for a broken WordNet.

import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandQuestion } from '../../../src/search/expandQuestion.js';
import { isReadError, shareWordNet, sharedWordNet, sharedWordNetProblem, whenSharedWordNetDropped } from '../../../src/search/wordnet/sharedWordNet.js';
import { type IndexEntry, WordNet, wordnetDbDir } from '../../../src/search/wordnet/wordNet.js';
import { wordNetWithout } from '../../support/brokenWordNet.js';

let scratch: string;

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'report-bot-shared-wordnet-'));
});

afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** The installed files, read by code with a bug: each entry's read throws what a slip of ours would (`bug`). */
class WordNetWithABug extends WordNet {
  constructor(private readonly bug: () => Error) {
    super(wordnetDbDir());
  }

  override entry(): IndexEntry | null {
    throw this.bug();
  }
}

/** What slips of ours throw: a property of undefined read, and Node's own argument check, which has a code but is no read error. */
const BUGS: Record<string, () => Error> = {
  TypeError: () => new TypeError("Cannot read properties of undefined (reading 'senses')"),
  'RangeError ERR_OUT_OF_RANGE': () => Object.assign(new RangeError('The value of "length" is out of range.'), { code: 'ERR_OUT_OF_RANGE' }),
};

/** What `run` throws. */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('nothing thrown');
}

describe('isReadError', () => {
  it("takes what Node's file system calls throw when a file fails (ENOENT, EISDIR), not its errors for a wrong argument", () => {
    expect(isReadError(thrownBy(() => openSync(join(scratch, 'data.noun'), 'r')))).toBe(true);
    expect(isReadError(thrownBy(() => readFileSync(scratch)))).toBe(true);
    const file = openSync(join(wordnetDbDir(), 'index.noun'), 'r');
    try {
      const outOfRange = thrownBy(() => readSync(file, Buffer.alloc(4), 8, 4, 0));
      expect(outOfRange).toMatchObject({ code: 'ERR_OUT_OF_RANGE' });
      expect(isReadError(outOfRange)).toBe(false);
    } finally {
      closeSync(file);
    }
    const wrongType = thrownBy(() => openSync(42 as unknown as string, 'r'));
    expect(wrongType).toMatchObject({ code: 'ERR_INVALID_ARG_TYPE' });
    expect(isReadError(wrongType)).toBe(false);
    expect(isReadError(new TypeError('x'))).toBe(false);
  });
});

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

  for (const [name, bug] of Object.entries(BUGS)) {
    it(`throws any other error (${name}), keeping the reader`, () => {
      const error = bug();
      const reader = new WordNetWithABug(() => error);
      shareWordNet(reader);
      expect(thrownBy(() => expandQuestion('Did the pilots reduce burnout?'))).toBe(error);
      expect(sharedWordNet()).toBe(reader);
      expect(sharedWordNetProblem()).toBeNull();
    });
  }
});
