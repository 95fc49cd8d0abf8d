// Which reports a request may see: all of them, or those of some collections (a channel's, from
// the channels file; the terminal's `--collection`). Top-level reports are in no collection: the
// channels file shows them everywhere (`topLevel`), and a scope could leave them out.

import { isWithin } from '../reports/collections.js';

export type ReportScope =
  | 'all'
  | {
      /** Collections whose reports are visible, each with the collections inside it. */
      collections: readonly string[];
      /** Whether top-level reports (in no collection) are visible too. */
      topLevel: boolean;
    };

/** Whether a report in `collection` ("" at the top level) is visible in `scope`. */
export function inScope(scope: ReportScope, collection: string): boolean {
  if (scope === 'all') return true;
  if (collection === '') return scope.topLevel;
  return scope.collections.some((allowed) => isWithin(collection, allowed));
}

/** The same key for scopes that see the same reports, e.g. for caching a view per scope. */
export function scopeKey(scope: ReportScope): string {
  return scope === 'all' ? '*' : `${scope.topLevel ? '+' : '-'}${[...new Set(scope.collections)].sort().join('\n')}`;
}
