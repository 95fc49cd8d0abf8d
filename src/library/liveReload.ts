// Keeps a Library in step with its reports folder while the bot runs: each changed file is
// reindexed alone within about a second of the last write, without a restart. Large files parse
// on worker threads, as at start, so a big report added live never stalls the answers. If the
// folder itself goes, nothing is dropped: the library keeps what it served and says the folder is
// missing, until a folder is back at the path and is read again in full.

import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { listReportTree } from '../reports/loadReports.js';
import { ReportFileParser } from '../reports/reportFileParser.js';
import { watchReports, type ReportsWatcher, type WatchOptions } from '../reports/watchReports.js';
import type { Library } from './library.js';
import { reloadReportFiles, type ReloadSummary } from './reloadReportFiles.js';

export interface LiveReloadOptions extends WatchOptions {
  /** Changes wait for this (the initial load), so a batch read before a change never lands after it. */
  after?: Promise<unknown>;
  onReload?: (summary: ReloadSummary) => void;
  onError?: (error: Error) => void;
  /** The folder went missing (false) or is back (true). */
  onFolder?: (present: boolean) => void;
  /** Parse worker threads for large files (default one per core); 0 parses in-process. */
  workers?: number;
  /** Files larger than this are errors, unread (MAX_REPORT_BYTES). */
  maxReportBytes?: number;
}

export function startLiveReload(library: Library, dir: string, options: LiveReloadOptions = {}): ReportsWatcher {
  const onError = options.onError ?? (() => {});
  const parser = new ReportFileParser(options.workers);
  // Aborted by close: a batch in progress stops, serves nothing more and reports nothing.
  const stop = new AbortController();
  const reload = { parser, signal: stop.signal, ...(options.maxReportBytes !== undefined ? { maxReportBytes: options.maxReportBytes } : {}) };
  const watcher = watchReports(
    dir,
    {
      onBatch: async (names) => {
        await options.after?.catch(() => undefined);
        // Files vanish one by one when the folder is deleted: that is no reason to stop serving them.
        if (!(await isFolder(dir))) {
          library.setFolderMissing(true);
          return;
        }
        const files = names === null ? await everyKnownFile(library, dir) : await expandFolders(library, dir, names);
        const summary = await reloadReportFiles(library, dir, files, reload);
        if (stop.signal.aborted) return;
        if (names === null) library.setFolderMissing(false);
        watcher.requeue(summary.unsettled);
        options.onReload?.(summary);
      },
      onError,
      onFolder: (present) => {
        // Only marked here; it is cleared by the full reload that follows its return.
        if (!present) library.setFolderMissing(true);
        options.onFolder?.(present);
      },
    },
    options,
  );
  return {
    ready: watcher.ready,
    requeue: (names) => watcher.requeue(names),
    close: () => {
      stop.abort();
      const ended = watcher.close();
      void parser.close();
      return ended;
    },
  };
}

async function isFolder(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The report files to look at for a batch: a folder that appeared or went (`marketing/`) stands
 * for every report file in it on disk, and every file under it served or failing.
 */
async function expandFolders(library: Library, dir: string, names: string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const name of names) {
    if (!name.endsWith('/')) {
      files.add(name);
      continue;
    }
    const tree = await listReportTree(join(dir, name)).catch(() => null);
    for (const file of tree?.files ?? []) files.add(`${name}${file}`);
    for (const file of knownFiles(library)) if (file.startsWith(name) && !file.endsWith('/')) files.add(file);
    // A folder that could not be read is named until it can be (or is gone).
    for (const error of library.errors) if (error.file.endsWith('/') && error.file.startsWith(name)) library.forget(error.file);
    for (const problem of tree?.unreadable ?? []) library.fail({ ...problem, file: `${name}${problem.file}` });
  }
  return [...files];
}

function knownFiles(library: Library): string[] {
  return [...library.reports.map((report) => report.file), ...library.errors.map((error) => error.file)];
}

/** Files on disk and files served or failing: the set to look at when the watcher lost track. */
async function everyKnownFile(library: Library, dir: string): Promise<string[]> {
  const { files: onDisk, unreadable } = await listReportTree(dir);
  const files = new Set(onDisk);
  for (const file of knownFiles(library)) if (!file.endsWith('/')) files.add(file);
  for (const error of library.errors) if (error.file.endsWith('/')) library.forget(error.file);
  for (const problem of unreadable) library.fail(problem);
  return [...files];
}
