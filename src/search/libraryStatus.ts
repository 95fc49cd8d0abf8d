// What the bot is serving, for health checks and `/reports status`: counts, the files that are not
// served (or served from their last good version) and when the reports last changed.

import type { ReportIssue } from '../reports/model.js';
import type { Library } from './library.js';

export interface LibraryStatus {
  status: 'ok';
  reports: number;
  claims: number;
  errors: ReportIssue[];
  /** When the reports last changed (load or live reload), ISO 8601. */
  lastReload: string;
}

export function libraryStatus(library: Library): LibraryStatus {
  return {
    status: 'ok',
    reports: library.reports.length,
    claims: library.claimCount,
    errors: library.errors,
    lastReload: library.updatedAt.toISOString(),
  };
}
