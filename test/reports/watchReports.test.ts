// The folder watcher's ready signal: once it resolves, a file written anywhere in the tree that was
// there at start is handed over. No clock: a file written in the root after the one in the deepest
// folder marks the end (one inotify queue carries both, in order), and the batches up to it must
// hold the deep one.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type ReportsWatcher, watchReports } from '../../src/reports/watchReports.js';

let scratch: string | undefined;
let watcher: ReportsWatcher | undefined;
afterEach(async () => {
  await watcher?.close();
  watcher = undefined;
  if (scratch) await rm(scratch, { recursive: true, force: true });
  scratch = undefined;
});

/** Deep enough that watching it takes many turns of the event loop, one folder read per level. */
const DEPTH = 40;

describe('watchReports', () => {
  it('is ready once every folder there at start is watched: a file written in the deepest one then is seen', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'report-bot-watch-'));
    const levels = Array.from({ length: DEPTH }, (_, i) => `level${i}`);
    await mkdir(join(scratch, ...levels), { recursive: true });
    const seen: string[] = [];
    let markerSeen: () => void = () => {};
    const marker = new Promise<void>((resolve) => (markerSeen = resolve));
    watcher = watchReports(
      scratch,
      {
        onBatch: async (names) => {
          seen.push(...(names ?? ['(everything)']));
          if (names?.includes('marker.md')) markerSeen();
        },
        onError: (error) => {
          throw error;
        },
      },
      { settleMs: 20, maxWaitMs: 100 },
    );
    await watcher.ready;
    const deep = `${levels.join('/')}/deep.md`;
    await writeFile(join(scratch, deep), '# deep\n');
    await writeFile(join(scratch, 'marker.md'), '# marker\n');
    await marker;
    expect(seen).toContain(deep);
  });

  it('is ready for a folder without subfolders, and for one that is not there', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'report-bot-watch-'));
    const handlers = { onBatch: async () => {}, onError: () => {} };
    watcher = watchReports(scratch, handlers);
    await watcher.ready;
    await watcher.close();
    watcher = watchReports(join(scratch, 'missing'), handlers);
    await expect(watcher.ready).resolves.toBeUndefined();
  });

  it('hands what onSettled throws to onError, as a watcher error, not an unhandled rejection', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'report-bot-watch-'));
    let reported: (error: Error) => void = () => {};
    const error = new Promise<Error>((resolve) => (reported = resolve));
    watcher = watchReports(
      scratch,
      { onBatch: async () => {}, onError: (e) => reported(e) },
      {
        settleMs: 20,
        maxWaitMs: 100,
        onSettled: () => {
          throw new Error('settled hook failed');
        },
      },
    );
    await watcher.ready;
    await writeFile(join(scratch, 'a.md'), '# a\n');
    expect((await error).message).toBe('settled hook failed');
  });

  it('resolves close once the batch in progress has ended', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'report-bot-watch-'));
    let started: () => void = () => {};
    const batchStarted = new Promise<void>((resolve) => (started = resolve));
    let finish: () => void = () => {};
    const finishing = new Promise<void>((resolve) => (finish = resolve));
    const events: string[] = [];
    watcher = watchReports(
      scratch,
      {
        onBatch: async () => {
          started();
          await finishing;
          events.push('batch ended');
        },
        onError: (e) => {
          throw e;
        },
      },
      { settleMs: 20, maxWaitMs: 100 },
    );
    await watcher.ready;
    await writeFile(join(scratch, 'a.md'), '# a\n');
    await batchStarted;
    const closed = watcher.close().then(() => events.push('closed'));
    finish();
    await closed;
    expect(events).toEqual(['batch ended', 'closed']);
    await watcher.close(); // nothing in progress: at once
  });

  it('does not call onSettled once closed', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'report-bot-watch-'));
    let settled = 0;
    let batchDone: () => void = () => {};
    const batch = new Promise<void>((resolve) => (batchDone = resolve));
    const w = watchReports(
      scratch,
      {
        onBatch: async () => {
          w.close();
          batchDone();
        },
        onError: (e) => {
          throw e;
        },
      },
      { settleMs: 20, maxWaitMs: 100, onSettled: () => settled++ },
    );
    watcher = w;
    await w.ready;
    await writeFile(join(scratch, 'a.md'), '# a\n');
    await batch;
    // The batch's end (and its hook, if any) runs in promise callbacks, all done before the next turn.
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(0);
  });
});
