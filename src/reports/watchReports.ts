// Watches a reports folder and reports which report files changed, once things settle. Editors
// save by writing a temp file and renaming it, tools write in several chunks, people copy in a
// hundred files at once: events are gathered until the folder is quiet for `settleMs` (but never
// held longer than `maxWaitMs`), then handed over as one batch of file names.
// The folder itself can go too (deleted, or replaced by a deploy that swaps in a new one): it is
// checked every `folderCheckMs`, and when it is missing or is another folder than the one
// watched, the watch moves to whatever is at the path now and everything is looked at again.

import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isReportFile } from './loadReports.js';

export interface WatchOptions {
  /** Quiet time before a batch is handed over. Default 200 ms. */
  settleMs?: number;
  /** Longest a change waits while events keep coming. Default 1,000 ms (answers change within 2 s). */
  maxWaitMs?: number;
  /** How often the folder itself is checked (gone, back, replaced). Default 1,000 ms. */
  folderCheckMs?: number;
}

export interface ReportsWatcher {
  /** Looks at these files again in a later batch (e.g. they were still being written). */
  requeue(names: string[]): void;
  close(): void;
}

export interface WatchHandlers {
  /**
   * The changed report file names, or `null` when the system lost track of which (then everything
   * should be looked at again). Batches never overlap: the next waits for the last.
   */
  onBatch(names: string[] | null): Promise<void>;
  onError(error: Error): void;
  /** The folder is missing (false) or there again (true); called on each change. */
  onFolder?(present: boolean): void;
}

export function watchReports(
  dir: string,
  { onBatch, onError, onFolder }: WatchHandlers,
  { settleMs = 200, maxWaitMs = 1000, folderCheckMs = 1000 }: WatchOptions = {},
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

  // The folder being watched: its identity, and the watch on it (none while it is missing).
  let watched: { id: string; watcher: FSWatcher } | null = null;
  const startWatching = (id: string): void => {
    const watcher = watch(dir, { persistent: false }, (_event, filename) => {
      if (filename === null) everything = true;
      else if (isReportFile(filename)) pending.add(filename);
      else return;
      schedule();
    });
    // An error here (the folder went) is for the folder check to sort out, not a failure.
    watcher.on('error', () => stopWatching());
    watched = { id, watcher };
  };
  const stopWatching = (): void => {
    watched?.watcher.close();
    watched = null;
  };

  let present = true;
  let checking = false;
  const checkFolder = async (): Promise<void> => {
    if (checking || closed) return;
    checking = true;
    try {
      const id = await folderId(dir);
      if (closed) return;
      if (id === null) {
        stopWatching();
        if (present) {
          present = false;
          onFolder?.(false);
        }
        return;
      }
      if (watched?.id === id) return;
      // Back, or another folder now stands at the path: watch it, and look at everything again.
      stopWatching();
      startWatching(id);
      everything = true;
      schedule();
      if (!present) {
        present = true;
        onFolder?.(true);
      }
    } catch (error) {
      onError(error instanceof Error ? error : new Error(String(error)));
    } finally {
      checking = false;
    }
  };

  // The first watch starts at once (a change right after must not be missed); its identity is
  // taken by the first check, which then finds nothing changed unless the folder moved meanwhile.
  startWatching('');
  void folderId(dir).then((id) => {
    if (watched && watched.id === '' && id !== null) watched.id = id;
  });
  const folderTimer = setInterval(() => void checkFolder(), folderCheckMs);
  folderTimer.unref();

  return {
    requeue(names: string[]): void {
      for (const name of names) pending.add(name);
      if (names.length > 0) schedule();
    },
    close(): void {
      closed = true;
      clearInterval(folderTimer);
      if (timer) clearTimeout(timer);
      stopWatching();
    },
  };
}

/** The folder's device and inode, or null when there is no folder at the path. */
async function folderId(dir: string): Promise<string | null> {
  try {
    const s = await stat(dir);
    return s.isDirectory() ? `${s.dev}:${s.ino}` : null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}
