// Report files too large to be reports, and large real ones, while the bot serves.

import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ParseResponse } from '../../src/reports/parseWorker.js';
import { markUnread, readsAreRecorded, wasRead } from '../support/accessTime.js';
import { eventually } from '../support/eventually.js';
import { acknowledgedUntil, ask, health, type LiveBot, startLiveBot } from './support/liveBot.js';

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
  // Whether the dump was read is a test of its own, run only where the file system records reads:
  // elsewhere it is reported skipped, not passed.
  describe('added while the bot runs', () => {
    let bot: LiveBot | undefined;
    beforeAll(async () => {
      const live = await startLiveBot();
      bot = live;
      // Written aside and moved in, so that the bot sees it only once it is whole and marked unread.
      const aside = join(live.scratch, 'dump.md');
      await writeFile(aside, dump());
      markUnread(aside);
      await rename(aside, join(live.dir, 'dump.md'));
      // Every probe meanwhile is asserted acknowledged (200) inside; how many is no evidence.
      await acknowledgedUntil(live, eventually(async () => expect((await health(live)).errors).toEqual([TOO_LARGE]), 40_000));
    }, 60_000);
    afterAll(() => bot?.stop());

    it('is named as not served, and everyone is acknowledged meanwhile', async () => {
      expect(await ask(bot!, 'list')).toContain('dump.md');
    });

    it.runIf(readsAreRecorded)('is not read', () => {
      expect(wasRead(join(bot!.dir, 'dump.md')), 'the dump was read').toBe(false);
    });
  });

  describe('present at start', () => {
    let bot: LiveBot | undefined;
    beforeAll(async () => {
      bot = await startLiveBot({
        prepare: async (dir) => {
          await writeFile(join(dir, 'dump.md'), dump());
          markUnread(join(dir, 'dump.md'));
        },
      });
    }, 60_000);
    afterAll(() => bot?.stop());

    it('is named the same way', async () => {
      expect((await health(bot!)).errors).toEqual([TOO_LARGE]);
      expect((await health(bot!)).reports).toBe(1);
    });

    it.runIf(readsAreRecorded)('is not read', () => {
      expect(wasRead(join(bot!.dir, 'dump.md')), 'the dump was read').toBe(false);
    });
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

/**
 * The ids of the reports parse worker threads send back, from every worker this process starts
 * meanwhile, and whether the parse is under way: from a worker's start until its first result.
 */
function reportsParsedOnWorkers(): { ids: string[]; parsing: () => boolean; stop: () => void } {
  const ids: string[] = [];
  let started = false;
  let answered = false;
  const listen = (worker: Worker): void => {
    started = true;
    // Added before the result can come (messages wait for the event loop): it is seen as it arrives.
    worker.on('message', (message: Partial<ParseResponse>) => {
      if (message.results) answered = true;
      for (const result of message.results ?? []) if (result.ok) ids.push(result.report.id);
    });
  };
  process.on('worker', listen);
  return { ids, parsing: () => started && !answered, stop: () => process.off('worker', listen) };
}

describe('a large report added while the bot runs', () => {
  it('is parsed on a worker thread, off the main thread, which acknowledges others while the worker parses', { timeout: 120_000 }, async () => {
    h = await startLiveBot();
    const bot = h;
    // No clock: the evidence is where the parse ran, and the order of events. The bot runs in this
    // process, so the worker that parses is one this process starts, and its answer can be read
    // beside the bot's: a probe sent after the worker started and acknowledged before its result
    // came back was served by the main thread while the parse ran (one held up for the whole parse
    // acknowledges none in that time; one held up for part of it is the benchmark's to see).
    const parsed = reportsParsedOnWorkers();
    try {
      await writeFile(join(bot.dir, 'kelp.md'), heavyReport());
      const whileParsing = await acknowledgedUntil(
        bot,
        eventually(() => expect(bot.bot.library.report('kelp')?.claims).toHaveLength(600), 100_000),
        parsed.parsing,
      );
      expect(whileParsing, 'probes sent and acknowledged while the worker parsed').toBeGreaterThan(0);
    } finally {
      parsed.stop();
    }
    expect(parsed.ids).toEqual(['kelp']);
    expect(await ask(bot, 'kelp urchins')).toContain('Kelp forest claim');
  });
});
