// Report files too large to be reports, and large real ones, while the bot serves.

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { ask, health, type LiveBot, slowestAckUntil, startLiveBot } from './support/liveBot.js';

const SLACK_ACK_MS = 3000;

let h: LiveBot | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/** 50 MB of text that is no report: what a misdirected export or log dump looks like. */
function dump(): string {
  return 'lorem ipsum dolor sit amet, consectetur adipiscing elit\n'.repeat(900_000).slice(0, 50_000_000);
}

const TOO_LARGE = { file: 'dump.md', reason: 'too large to be a report: 50 MB, over the limit of 5 MB per file (MAX_REPORT_BYTES)' };

describe('a file over the size limit (MAX_REPORT_BYTES, default 5 MB)', () => {
  it('added while the bot runs is named as not served, unread, and nobody waits meanwhile', { timeout: 60_000 }, async () => {
    h = await startLiveBot();
    const bot = h;
    await writeFile(join(bot.dir, 'dump.md'), dump());
    const slowest = await slowestAckUntil(bot, eventually(async () => expect((await health(bot)).errors).toEqual([TOO_LARGE]), 40_000));
    expect(slowest).toBeLessThan(SLACK_ACK_MS);
    expect(await ask(bot, 'list')).toContain('dump.md');
  });

  it('present at start is named the same way', async () => {
    h = await startLiveBot({ prepare: (dir) => writeFile(join(dir, 'dump.md'), dump()) });
    expect((await health(h)).errors).toEqual([TOO_LARGE]);
    expect((await health(h)).reports).toBe(1);
  });

  it('is the configured one', async () => {
    h = await startLiveBot({ config: { maxReportBytes: 500 } });
    expect((await health(h)).errors).toEqual([{ file: 'valid-minimal.md', reason: expect.stringMatching(/^too large to be a report: 1(\.\d)? KB, over the limit of 500 bytes per file \(MAX_REPORT_BYTES\)$/) }]);
  });
});

/** A real report whose parsing is heavy (600 claims of 10 evidence items, 1 MB) but whose indexing is not. */
function heavyReport(): string {
  const claim = (i: number): string =>
    `- **Claim**: Kelp forest claim ${i} about urchins.\n${Array.from(
      { length: 10 },
      (_, e) => `  - **Evidence**: Source ${e}\n    - Relevant quote: "Quote ${e} on claim ${i}: kelp *canopy* cover and **urchin** density at [site ${e}](https://example.com/${i}/${e})."\n`,
    ).join('')}`;
  return `---\nTopic: Kelp forests\nResearch Date: 2026-03-01\n---\n## Claims and Supporting Evidence\n### Main Perspective\n${Array.from({ length: 600 }, (_, i) => claim(i)).join('')}`;
}

describe('a large report added while the bot runs', () => {
  it('is parsed off the main thread: acks stay within Slack’s 3 s and far below the time it takes to load', { timeout: 120_000 }, async () => {
    h = await startLiveBot();
    const bot = h;
    const written = Date.now();
    await writeFile(join(bot.dir, 'kelp.md'), heavyReport());
    const slowest = await slowestAckUntil(bot, eventually(() => expect(bot.bot.library.report('kelp')?.claims).toHaveLength(600), 100_000));
    const loadMs = Date.now() - written;
    expect(slowest).toBeLessThan(SLACK_ACK_MS);
    // On the main thread, one ack would wait for nearly all of it.
    expect(slowest).toBeLessThan(loadMs / 3);
    expect(await ask(bot, 'kelp urchins')).toContain('Kelp forest claim');
  });
});
