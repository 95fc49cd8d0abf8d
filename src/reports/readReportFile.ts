// Reads one report file's bytes, refusing a file over the size limit before reading it: a report
// is a few kilobytes, and parsing an absurd file (a 50 MB dump dropped in the folder) would take a
// core and hundreds of megabytes for nothing. Failures are error values, named like parse errors.

import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReportIssue } from './model.js';
import type { FileBytes } from './parseWorkerPool.js';

/** The size limit for one report file when none is configured (MAX_REPORT_BYTES). */
export const DEFAULT_MAX_REPORT_BYTES = 5_000_000;

export type ReadResult = FileBytes | { ok: false; error: ReportIssue };

export async function readReportFile(dir: string, name: string, maxBytes = DEFAULT_MAX_REPORT_BYTES): Promise<ReadResult> {
  const failed = (reason: string): ReadResult => ({ ok: false, error: { file: name, reason } });
  let handle;
  try {
    handle = await open(join(dir, name), 'r');
  } catch (error) {
    return failed(cannotRead(error));
  }
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return failed(tooLarge(size, maxBytes));
    const bytes = await handle.readFile();
    // It may have grown between the two calls.
    return bytes.length > maxBytes ? failed(tooLarge(bytes.length, maxBytes)) : { name, bytes };
  } catch (error) {
    return failed(cannotRead(error));
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Why a file cannot be read, in words for the cases a symbolic link makes likely. */
function cannotRead(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ELOOP':
      return 'cannot be read: a symbolic link that loops (ELOOP)';
    case 'EISDIR':
      return 'cannot be read: a folder, not a file (EISDIR)';
    case 'ENOENT':
      return 'cannot be read: a symbolic link to nothing, or the file went while being read (ENOENT)';
    default:
      return `cannot be read (${code ?? String(error)})`;
  }
}

function tooLarge(size: number, maxBytes: number): string {
  return `too large to be a report: ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)} per file (MAX_REPORT_BYTES)`;
}

/** 52.4 MB, 700 KB, 512 bytes. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${trim(bytes / 1e6)} MB`;
  if (bytes >= 1e3) return `${trim(bytes / 1e3)} KB`;
  return `${bytes} bytes`;
}

function trim(value: number): string {
  return value.toFixed(1).replace(/\.0$/, '');
}
