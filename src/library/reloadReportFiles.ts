// Brings the Library in step with report files that changed on disk: a new or changed file
// replaces its report, a broken one keeps its last good version served with its error shown,
// a deleted one leaves the answers. Other reports are not touched.

import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadReportFile } from '../reports/loadReports.js';
import type { Library } from './library.js';

export interface ReloadSummary {
  updated: string[];
  failed: string[];
  removed: string[];
  /** Files still being written while read (size or time changed meanwhile): read them again later. */
  unsettled: string[];
}

export async function reloadReportFiles(library: Library, dir: string, names: Iterable<string>): Promise<ReloadSummary> {
  const summary: ReloadSummary = { updated: [], failed: [], removed: [], unsettled: [] };
  for (const name of names) {
    const before = await fileStamp(join(dir, name));
    if (before === null) {
      library.forget(name);
      summary.removed.push(name);
      continue;
    }
    const result = await loadReportFile(dir, name);
    if ((await fileStamp(join(dir, name))) !== before) {
      summary.unsettled.push(name);
      continue;
    }
    if (result.ok) {
      library.put(result.report);
      summary.updated.push(name);
    } else {
      library.fail(result.error);
      summary.failed.push(name);
    }
  }
  return summary;
}

/** Size and modification time, or null when the file is gone. */
async function fileStamp(path: string): Promise<string | null> {
  try {
    const s = await stat(path);
    return s.isFile() ? `${s.size}:${s.mtimeMs}` : null;
  } catch {
    return null;
  }
}
