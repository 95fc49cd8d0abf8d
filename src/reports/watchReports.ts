// Watches a reports folder and its subfolders (the collections) and reports which report files
// changed, once things settle. Editors save by writing a temp file and renaming it, tools write in
// several chunks, people copy in a hundred files at once: events are gathered until the folder is
// quiet for `settleMs` (but never held longer than `maxWaitMs`), then handed over as one batch.
// Each folder has a watch of its own (recursive watching is not native on Linux): a subfolder that
// appears is watched before it is handed over, so no file written into it is missed.
// The folder itself can go too (deleted, or replaced by a deploy that swaps in a new one): it is
// checked every `folderCheckMs`, and when it is missing or is another folder than the one
// watched, the watch moves to whatever is at the path now and everything is looked at again.

import { watch, type FSWatcher } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isReportFile } from './loadReports.js';

export interface WatchOptions {
  /** Quiet time before a batch is handed over. Default 200 ms. */
  settleMs?: number;
  /** Longest a change waits while events keep coming. Default 1,000 ms (answers change within 2 s). */
  maxWaitMs?: number;
  /** How often the folder itself is checked (gone, back, replaced). Default 1,000 ms. */
  folderCheckMs?: number;
  /**
   * Called each time a batch has been handled and no change seen meanwhile waits for another. For
   * tests that must know the changes seen were dealt with before asserting that nothing came of them.
   * Not called after close(); what it throws goes to onError.
   */
  onSettled?: () => void;
}

export interface ReportsWatcher {
  /**
   * Resolves once every folder there was at start is watched and the folder's identity taken: a
   * file written into a subfolder from then on is seen. The folder itself is watched from the
   * start; its subfolders' watches start just after. Never rejects (a failure goes to onError).
   */
  readonly ready: Promise<void>;
  /** Looks at these files again in a later batch (e.g. they were still being written). */
  requeue(names: string[]): void;
  /** Stops watching; resolves once the batch in progress, if any, has ended (onBatch returned). */
  close(): Promise<void>;
}

export interface WatchHandlers {
  /**
   * What changed, as paths relative to the folder with `/`: report files (`marketing/q3.md`) and
   * subfolders that appeared or went, with a trailing `/` (`marketing/`: look at every report file
   * in it, or that was in it). `null` when the system lost track (then everything should be looked
   * at again). Batches never overlap: the next waits for the last.
   */
  onBatch(names: string[] | null): Promise<void>;
  onError(error: Error): void;
  /** The folder is missing (false) or there again (true); called on each change. */
  onFolder?(present: boolean): void;
}

export function watchReports(
  dir: string,
  { onBatch, onError, onFolder }: WatchHandlers,
  { settleMs = 200, maxWaitMs = 1000, folderCheckMs = 1000, onSettled }: WatchOptions = {},
): ReportsWatcher {
  let pending = new Set<string>();
  // Names that are not report files: subfolders, or other files (told apart when handed over).
  let maybeFolders = new Set<string>();
  let everything = false;
  let timer: NodeJS.Timeout | undefined;
  let firstPendingAt = 0;
  let running: Promise<void> | undefined;
  let closed = false;
  const fail = (error: unknown): void => onError(error instanceof Error ? error : new Error(String(error)));

  const flush = async (): Promise<void> => {
    timer = undefined;
    if (running) {
      // Let the batch in progress finish; what came meanwhile goes in the next one.
      await running;
      if (pending.size > 0 || maybeFolders.size > 0 || everything) schedule();
      return;
    }
    const files = pending;
    const folders = maybeFolders;
    const all = everything;
    pending = new Set();
    maybeFolders = new Set();
    everything = false;
    firstPendingAt = 0;
    running = (async () => {
      if (all) {
        await syncFolderWatches();
        await onBatch(null);
        return;
      }
      const changedFolders = await settleFolders(folders);
      if (closed) return;
      await onBatch([...files, ...changedFolders.map((folder) => `${folder}/`)]);
    })()
      .catch(fail)
      .finally(() => {
        running = undefined;
        if (closed || timer !== undefined || pending.size > 0 || maybeFolders.size > 0 || everything) return;
        // A throwing hook is a watcher error like any other, not an unhandled rejection.
        try {
          onSettled?.();
        } catch (error) {
          fail(error);
        }
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

  // One watch per folder, by path ('' is the reports folder itself).
  const watches = new Map<string, FSWatcher>();
  const watchFolder = (folder: string): void => {
    if (closed || watches.has(folder)) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder === '' ? dir : join(dir, folder), { persistent: false }, (_event, filename) => {
        if (filename === null) everything = true;
        else if (filename.startsWith('.')) return;
        else {
          const path = folder === '' ? filename : `${folder}/${filename}`;
          if (isReportFile(filename)) pending.add(path);
          // A folder may be named like a report (`drafts.md`): settleFolders tells.
          maybeFolders.add(path);
        }
        schedule();
      });
    } catch {
      // Gone before it could be watched: its parent's watch has seen that.
      return;
    }
    // An error here (the folder went) is for the folder checks to sort out, not a failure.
    watcher.on('error', () => {
      unwatchTree(folder);
      if (folder === '') return;
      maybeFolders.add(folder);
      schedule();
    });
    watches.set(folder, watcher);
  };
  const unwatchTree = (folder: string): void => {
    for (const [path, watcher] of watches) {
      if (folder === '' || path === folder || path.startsWith(`${folder}/`)) {
        watcher.close();
        watches.delete(path);
      }
    }
  };
  /** Watches `folder` and every folder in it. */
  const watchTree = async (folder: string): Promise<void> => {
    watchFolder(folder);
    for (const sub of await subfolders(dir, folder)) await watchTree(sub);
  };
  /** Which of these names are folders that appeared or went; their watches started or stopped. */
  const settleFolders = async (names: Iterable<string>): Promise<string[]> => {
    const changed: string[] = [];
    for (const name of names) {
      if (await isRealFolder(join(dir, name))) {
        await watchTree(name);
        changed.push(name);
      } else if (watches.has(name)) {
        unwatchTree(name);
        changed.push(name);
      }
    }
    return changed;
  };
  /** After losing track: every folder there is watched, and only those. */
  const syncFolderWatches = async (): Promise<void> => {
    for (const folder of [...watches.keys()]) {
      if (folder !== '' && !(await isRealFolder(join(dir, folder)))) unwatchTree(folder);
    }
    if (watches.has('')) await watchTree('');
  };

  // The reports folder's identity, to tell when another folder stands at its path.
  let rootId: string | null = '';
  let present = true;
  let checking = false;
  const checkFolder = async (): Promise<void> => {
    if (checking || closed) return;
    checking = true;
    try {
      const id = await folderId(dir);
      if (closed) return;
      if (id === null) {
        unwatchTree('');
        rootId = null;
        if (present) {
          present = false;
          onFolder?.(false);
        }
        return;
      }
      if (rootId === id && watches.has('')) return;
      // Back, or another folder now stands at the path: watch it, and look at everything again.
      unwatchTree('');
      rootId = id;
      await watchTree('');
      everything = true;
      schedule();
      if (!present) {
        present = true;
        onFolder?.(true);
      }
    } catch (error) {
      fail(error);
    } finally {
      checking = false;
    }
  };

  // The first watch starts at once (a change right after must not be missed); its identity is
  // taken by the first check, which then finds nothing changed unless the folder moved meanwhile.
  watchFolder('');
  const identified = folderId(dir).then((id) => {
    if (rootId === '' && id !== null) rootId = id;
  }, fail);
  const subfoldersWatched = (async () => {
    for (const sub of await subfolders(dir, '')) await watchTree(sub);
  })().catch(fail);
  const ready = Promise.all([identified, subfoldersWatched]).then(() => undefined);
  const folderTimer = setInterval(() => void checkFolder(), folderCheckMs);
  folderTimer.unref();

  return {
    ready,
    requeue(names: string[]): void {
      for (const name of names) pending.add(name);
      if (names.length > 0) schedule();
    },
    close(): Promise<void> {
      closed = true;
      clearInterval(folderTimer);
      if (timer) clearTimeout(timer);
      unwatchTree('');
      return running ?? Promise.resolve();
    },
  };
}

/** The folders directly in `folder` (a path relative to `dir`), hidden ones and links left out. */
async function subfolders(dir: string, folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder === '' ? dir : join(dir, folder), { withFileTypes: true });
    return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => (folder === '' ? e.name : `${folder}/${e.name}`));
  } catch {
    return [];
  }
}

/** A folder, not a link to one (links to folders are not followed: see listReportTree). */
async function isRealFolder(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isDirectory();
  } catch {
    return false;
  }
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
