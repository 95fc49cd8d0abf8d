// Serves a reports folder into a Library: the load (cache, index snapshot, workers) and, for a
// running bot, live reload. The bot (runBot.ts) and the terminal (cli/ask.ts) both open their
// library this way, so both get the cache and the index snapshot.

import type { ReportsWatcher, WatchOptions } from '../reports/watchReports.js';
import type { Library } from './library.js';
import { startLiveReload, type LiveReloadOptions } from './liveReload.js';
import { type LibraryLoading, loadLibrary } from './loadLibrary.js';

export interface ServeOptions {
  reportsDir: string;
  /** Folder of the parsed-report cache and index snapshot; null for none. */
  cacheDir: string | null;
  /** Parse worker threads (default: one per core when there are enough files to pay for them). */
  workers?: number;
  /** Files larger than this are errors, unread (MAX_REPORT_BYTES; default 5 MB). */
  maxReportBytes?: number;
  /** Called after each batch of reports the load adds (semantic search embeds them meanwhile). */
  onBatch?: () => void;
  /** Keep the library in step with the folder while running; absent for a one-off answer. */
  live?: Omit<LiveReloadOptions, 'after' | 'workers' | 'maxReportBytes'> & WatchOptions;
}

export interface ServedReports extends LibraryLoading {
  /**
   * Stops watching the folder (the load itself runs to its end); resolves once a reload batch in
   * progress has ended, serving and reporting nothing more.
   */
  close(): Promise<void>;
}

export function serveReports(library: Library, { reportsDir, cacheDir, workers, maxReportBytes, onBatch, live }: ServeOptions): ServedReports {
  let finishLoading: () => void = () => {};
  const loaded = new Promise<void>((resolve) => (finishLoading = resolve));
  // The watcher starts before the folder is listed, so no change is missed; its batches wait
  // for the load, so a batch read before a change never lands after it.
  const limits = { ...(workers !== undefined ? { workers } : {}), ...(maxReportBytes !== undefined ? { maxReportBytes } : {}) };
  const watcher: ReportsWatcher | null = live ? startLiveReload(library, reportsDir, { ...live, ...limits, after: loaded }) : null;
  const loading = loadLibrary(library, reportsDir, { cacheDir, ...limits, ...(onBatch ? { onBatch: () => onBatch() } : {}) });
  void loading.done.then(finishLoading, finishLoading);
  return { ...loading, close: () => watcher?.close() ?? Promise.resolve() };
}
