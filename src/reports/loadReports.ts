// Reads every `.md` report in a folder and parses it. One broken file is named with its reason
// and skipped; it never stops the others. Other files (notes, images) are ignored.

import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeReportText } from './decodeReportText.js';
import type { ParseResult, Report, ReportIssue } from './model.js';
import { parseReport } from './parseReport.js';

export interface LoadedReports {
  reports: Report[];
  /** Files that are not served, each with its reason. */
  errors: ReportIssue[];
  /** Reports served with a fallback, each with what was wrong. */
  warnings: ReportIssue[];
}

export class ReportsFolderError extends Error {}

export function isReportFile(name: string): boolean {
  return /\.md$/i.test(name) && !name.startsWith('.') && !/^readme\.md$/i.test(name);
}

/** Lists the report files of a folder, sorted; throws ReportsFolderError when it is unreadable. */
export async function listReportFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && isReportFile(e.name))
      .map((e) => e.name)
      .sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : `cannot be read (${code})`;
    throw new ReportsFolderError(`reports folder ${dir} ${why}`);
  }
}

/** Reads and parses one report file; a read failure is an error value like any other. */
export async function loadReportFile(dir: string, name: string): Promise<ParseResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(dir, name));
  } catch (error) {
    return { ok: false, error: { file: name, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? error})` } };
  }
  const decoded = decodeReportText(bytes, name);
  return decoded.ok ? parseReport(decoded.text, name) : decoded;
}

export async function loadReports(dir: string): Promise<LoadedReports> {
  const loaded: LoadedReports = { reports: [], errors: [], warnings: [] };
  for (const name of await listReportFiles(dir)) {
    const result = await loadReportFile(dir, name);
    if (result.ok) {
      loaded.reports.push(result.report);
      loaded.warnings.push(...result.warnings);
    } else {
      loaded.errors.push(result.error);
    }
  }
  return loaded;
}
