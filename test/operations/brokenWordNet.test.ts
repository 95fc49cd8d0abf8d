// The whole bot (runBot, fake Slack) on a WordNet whose data.verb goes missing once it has started
// (real files on disk; a start finds a file missing and lets WordNet go then:
// test/library/brokenWordNet.test.ts). Serving the reports opens every data file (a claim's
// compound is read in each of its parts of speech: claimCompounds.ts), and an open file outlives
// its unlink, so the reader's files are closed after it: a question's search opens data.verb anew
// and meets it missing. The bot says so once, when it happens, and answers on without WordNet.

import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shareWordNet, sharedWordNet } from '../../src/search/wordnet/sharedWordNet.js';
import { APOLOGY } from '../../src/slack/apologize.js';
import { wordNetWithout } from '../support/brokenWordNet.js';
import { ask, startLiveBot } from './support/liveBot.js';

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'report-bot-broken-wordnet-bot-'));
  shareWordNet(await wordNetWithout(scratch, null));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('a bot whose WordNet files fail part-way through a question', () => {
  it("says once that WordNet's files could not be read, and answers on without WordNet", async () => {
    const live = await startLiveBot();
    try {
      await unlink(join(scratch, 'dict', 'data.verb'));
      sharedWordNet()?.close();
      for (const question of ['Did four-day weeks reduce burnout?', 'Did sleep problems decrease during the trial?']) {
        expect(await ask(live, question)).not.toContain(APOLOGY);
      }
      expect(live.logLines.filter((line) => line.includes("WordNet's files could not be read"))).toEqual([expect.stringMatching(/ENOENT.*data\.verb/)]);
      expect(sharedWordNet()).toBeNull();
      expect(live.bot.library.wordNetProblem).toMatch(/ENOENT.*data\.verb/);
    } finally {
      await live.stop();
    }
  });
});
