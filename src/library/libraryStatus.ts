// What the bot is serving, for health checks and `/reports status`: counts, the files that are not
// served (or served from their last good version) and when the reports last changed.

import type { ReportIssue } from '../reports/model.js';
import type { SemanticStatus } from '../search/semantic/semanticSearch.js';
import type { LibraryView } from './libraryView.js';

export interface LibraryStatus {
  /**
   * 'loading' while the reports folder is still being read; answers come from what is loaded.
   * 'folder-missing' while the reports folder is gone; the reports last read from it are served.
   */
  status: 'ok' | 'loading' | 'folder-missing';
  /** While the folder is missing: since when, ISO 8601. */
  folderMissingSince?: string;
  /** While loading: report files read so far, of all. */
  loading?: { done: number; total: number };
  reports: number;
  claims: number;
  errors: ReportIssue[];
  /** When the reports last changed (load or live reload), ISO 8601. */
  lastReload: string;
  /** Present when an embeddings API is configured: whether semantic search is on, and why not. */
  semantic?: SemanticStatus;
  /**
   * Present when only some collections are visible here (a channel's, from the channels file; the
   * terminal's --collection): those collections. Top-level reports are visible too, and every count
   * above is of what is visible.
   */
  collections?: string[];
}

export function libraryStatus(library: LibraryView): LibraryStatus {
  const loading = library.loading;
  const missingSince = library.folderMissingSince;
  return {
    status: missingSince ? 'folder-missing' : loading ? 'loading' : 'ok',
    ...(missingSince ? { folderMissingSince: missingSince.toISOString() } : {}),
    ...(loading ? { loading: { done: loading.done, total: loading.total } } : {}),
    reports: library.reports.length,
    claims: library.claimCount,
    errors: library.errors,
    lastReload: library.updatedAt.toISOString(),
    ...(library.semantic ? { semantic: library.semantic.status() } : {}),
    ...(library.scope === 'all' ? {} : { collections: [...library.scope.collections] }),
  };
}
