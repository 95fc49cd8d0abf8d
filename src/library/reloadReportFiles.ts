// Brings the Library in step with report files that changed on disk: a new or changed file
// replaces its report, a broken one keeps its last good version served with its error shown,
// a deleted one leaves the answers. Other reports are not touched. A file that cannot be reloaded
// (its indexing throws) is named as an error, its last good version still served, and the rest
// of the batch is reloaded.

import { lstat, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ParseResult } from '../reports/model.js';
import { readReportFile } from '../reports/readReportFile.js';
import { ReportFileParser } from '../reports/reportFileParser.js';
import type { Library } from './library.js';

export interface ReloadSummary {
  updated: string[];
  failed: string[];
  removed: string[];
  /**
   * Files still being written while read (size or time changed meanwhile), or written otherwise
   * while their new version was indexed (Library.putInTurns superseded): read them again later.
   */
  unsettled: string[];
}

export interface ReloadOptions {
  /** Parses large files off the main thread; an in-process one when not given. */
  parser?: ReportFileParser;
  /** Files larger than this are errors, unread (MAX_REPORT_BYTES). */
  maxReportBytes?: number;
  /** Aborted at shutdown: files not yet reloaded are left, and a report being indexed is not served. */
  signal?: AbortSignal;
}

export async function reloadReportFiles(library: Library, dir: string, names: Iterable<string>, options: ReloadOptions = {}): Promise<ReloadSummary> {
  const summary: ReloadSummary = { updated: [], failed: [], removed: [], unsettled: [] };
  const parser = options.parser ?? new ReportFileParser(0);
  for (const name of names) {
    if (options.signal?.aborted) break;
    try {
      await reloadFile(library, dir, name, parser, options, summary);
    } catch (error) {
      if (options.signal?.aborted) break;
      library.fail({ file: name, reason: `could not be reloaded: ${error instanceof Error ? error.message : String(error)}` });
      summary.failed.push(name);
    }
  }
  return summary;
}

async function reloadFile(library: Library, dir: string, name: string, parser: ReportFileParser, options: ReloadOptions, summary: ReloadSummary): Promise<void> {
  const before = await fileStamp(join(dir, name));
  if (options.signal?.aborted) return;
  if (before === null) {
    library.forget(name);
    summary.removed.push(name);
    return;
  }
  const read = await readReportFile(dir, name, options.maxReportBytes);
  const result: ParseResult = 'bytes' in read ? await parser.parse(read) : read;
  if ((await fileStamp(join(dir, name))) !== before) {
    summary.unsettled.push(name);
    return;
  }
  if (options.signal?.aborted) return;
  if (!result.ok) {
    library.fail(result.error);
    summary.failed.push(name);
    return;
  }
  const put = await library.putInTurns(result.report, options.signal);
  if (put === 'served') summary.updated.push(name);
  else if (put === 'superseded') summary.unsettled.push(name);
}

/**
 * What the file is now, to tell whether it changed while being read: null when there is no report
 * file at that name (gone, or a real folder, which a load lists as nothing either). A symbolic link
 * is there even when it cannot be followed (it loops, points at a folder or at nothing): it is read
 * and named as an error, as at start, not dropped in silence.
 */
async function fileStamp(path: string): Promise<string | null> {
  try {
    const link = await lstat(path);
    if (!link.isFile() && !link.isSymbolicLink()) return null;
  } catch {
    return null;
  }
  try {
    const s = await stat(path);
    return `${s.isFile() ? 'file' : 'other'}:${s.size}:${s.mtimeMs}`;
  } catch (error) {
    return `unreadable:${(error as NodeJS.ErrnoException).code ?? ''}`;
  }
}
