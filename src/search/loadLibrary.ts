// Fills a Library from a reports folder batch by batch (cache, worker threads: see loadReports),
// so a bot can answer from what is loaded while a large library loads, and say how far it got.

import { loadReports, type LoadOptions, type LoadProgress, type LoadReport } from '../reports/loadReports.js';
import type { ReportIssue } from '../reports/model.js';
import type { Library } from './library.js';

export interface LibraryLoading {
  /** How far loading has got; updated as batches arrive. */
  readonly progress: LoadProgress;
  /** Resolves when every file is served or named as broken (and the cache is saved). */
  readonly done: Promise<LoadReport>;
}

export function loadLibrary(library: Library, dir: string, options: LoadOptions = {}): LibraryLoading {
  const progress: LoadProgress = { done: 0, total: 0, fromCache: 0 };
  const done = loadReports(dir, {
    ...options,
    onBatch: (batch, batchProgress) => {
      const warningsByFile = new Map<string, ReportIssue[]>();
      for (const warning of batch.warnings) warningsByFile.set(warning.file, [...(warningsByFile.get(warning.file) ?? []), warning]);
      for (const report of batch.reports) library.put(report, warningsByFile.get(report.file) ?? []);
      for (const error of batch.errors) library.fail(error);
      Object.assign(progress, batchProgress);
      options.onBatch?.(batch, batchProgress);
    },
  });
  return { progress, done };
}
