// Watches a reports folder and reports which report files changed, once things settle. Editors
// save by writing a temp file and renaming it, tools write in several chunks, people copy in a
// hundred files at once: events are gathered until the folder is quiet for `settleMs` (but never
// held longer than `maxWaitMs`), then handed over as one batch of file names.

import { watch, type FSWatcher } from 'node:fs';
import { isReportFile } from './loadReports.js';

export interface WatchOptions {
  /** Quiet time before a batch is handed over. Default 200 ms. */
  settleMs?: number;
  /** Longest a change waits while events keep coming. Default 1,000 ms (answers change within 2 s). */
  maxWaitMs?: number;
}

export interface ReportsWatcher {
  /** Looks at these files again in a later batch (e.g. they were still being written). */
  requeue(names: string[]): void;
  close(): void;
}

/**
 * `onBatch` gets the changed report file names, or `null` when the system lost track of which
 * (then everything should be looked at again). Batches never overlap: the next waits for the last.
 */
export function watchReports(
  dir: string,
  onBatch: (names: string[] | null) => Promise<void>,
  onError: (error: Error) => void,
  { settleMs = 200, maxWaitMs = 1000 }: WatchOptions = {},
): ReportsWatcher {
  let pending = new Set<string>();
  let everything = false;
  let timer: NodeJS.Timeout | undefined;
  let firstPendingAt = 0;
  let running: Promise<void> | undefined;
  let closed = false;

  const flush = async (): Promise<void> => {
    timer = undefined;
    if (running) {
      // Let the batch in progress finish; what came meanwhile goes in the next one.
      await running;
      if (pending.size > 0 || everything) schedule();
      return;
    }
    const names = everything ? null : [...pending];
    pending = new Set();
    everything = false;
    firstPendingAt = 0;
    running = onBatch(names)
      .catch((error: unknown) => onError(error instanceof Error ? error : new Error(String(error))))
      .finally(() => {
        running = undefined;
      });
    await running;
  };

  const schedule = (): void => {
    if (closed) return;
    const now = Date.now();
    if (firstPendingAt === 0) firstPendingAt = now;
    if (timer) clearTimeout(timer);
    const wait = Math.max(0, Math.min(settleMs, firstPendingAt + maxWaitMs - now));
    timer = setTimeout(() => void flush(), wait);
  };

  const watcher: FSWatcher = watch(dir, { persistent: false }, (_event, filename) => {
    if (filename === null) everything = true;
    else if (isReportFile(filename)) pending.add(filename);
    else return;
    schedule();
  });
  watcher.on('error', (error) => onError(error));

  return {
    requeue(names: string[]): void {
      for (const name of names) pending.add(name);
      if (names.length > 0) schedule();
    },
    close(): void {
      closed = true;
      if (timer) clearTimeout(timer);
      watcher.close();
    },
  };
}
