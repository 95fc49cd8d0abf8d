// Fills a Library from a reports folder batch by batch (cache, worker threads: see loadReports),
// so a bot can answer from what is loaded while a large library loads, and say how far it got.

import { loadReports, type LoadOptions, type LoadProgress, type LoadReport } from '../reports/loadReports.js';
import type { Library } from './library.js';

export interface LibraryLoading {
  /** How far loading has got; updated as batches arrive. */
  readonly progress: LoadProgress;
  /** Resolves when every file is served or named as broken (and the cache is saved). */
  readonly done: Promise<LoadReport>;
}

export function loadLibrary(library: Library, dir: string, options: LoadOptions = {}): LibraryLoading {
  const progress: LoadProgress = { done: 0, total: 0, fromCache: 0 };
  library.loading = progress;
  const done = loadReports(dir, {
    ...options,
    onBatch: (batch, batchProgress) => {
      library.add(batch);
      Object.assign(progress, batchProgress);
      options.onBatch?.(batch, batchProgress);
    },
  });
  void done.finally(() => {
    library.loading = null;
  }).catch(() => undefined);
  return { progress, done };
}
