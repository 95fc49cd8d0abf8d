// Fills a Library from a reports folder batch by batch (cache, worker threads: see loadReports),
// so a bot can answer from what is loaded while a large library loads, and say how far it got.
// With a cache, the search index is saved beside it (indexSnapshot.ts): a restart loads the index
// and indexes only the reports whose files changed.

import { loadReports, type LoadOptions, type LoadProgress, type LoadReport } from '../reports/loadReports.js';
import { cacheFolderOf } from '../reports/reportCache.js';
import { readIndexSnapshot, snapshotFileOf, writeIndexSnapshot } from './indexSnapshot.js';
import type { Library } from './library.js';
import type { PreparedApart } from './preparedApart.js';

export interface LibraryLoading {
  /** How far loading has got; updated as batches arrive. */
  readonly progress: LoadProgress;
  /** Resolves when every file is served or named as broken: the library is ready. */
  readonly ready: Promise<void>;
  /** Resolves after that, once the cache and index snapshot are saved for the next start. */
  readonly done: Promise<LoadReport<PreparedApart>>;
}

export function loadLibrary(library: Library, dir: string, options: LoadOptions<PreparedApart> = {}): LibraryLoading {
  const progress: LoadProgress = { done: 0, total: 0, fromCache: 0 };
  library.setLoading(progress);
  const cacheDir = options.cacheDir ?? null;
  const snapshotFile = cacheDir === null ? null : snapshotFileOf(cacheFolderOf(cacheDir, dir));
  // Read once at start, but written as it is at the end: a WordNet that failed meanwhile
  // (Library.wordnet) left some reports without gloss pairs, and the snapshot says so. Its files
  // open lazily: a file missing is found here, so the next start lets WordNet go before reading
  // that snapshot and uses it; one damaged inside fails only when read, so while it stays so
  // each start has WordNet, reads that snapshot as made without it, and rebuilds (rebuiltCacheLine).
  library.checkWordNet();
  const maker = { wordnet: library.wordnet !== null };
  let markReady = (): void => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const load = async (): Promise<LoadReport<PreparedApart>> => {
    const snapshotProblems: string[] = [];
    const snapshot = snapshotFile === null ? null : await readIndexSnapshot(snapshotFile, maker);
    const snapshotOutdated: string[] = [];
    if (snapshot && 'problem' in snapshot) (snapshot.outdated ? snapshotOutdated : snapshotProblems).push(snapshot.problem);
    else if (snapshot) library.adopt(snapshot);
    const loaded = await loadReports<PreparedApart>(dir, {
      // Each report prepared for serving beside its parse on the workers, not on this thread as it is served.
      prepareWith: library.wordnet?.dir ?? null,
      ...options,
      cacheDir,
      onBatch: (batch, batchProgress) => {
        library.add(batch);
        Object.assign(progress, batchProgress);
        options.onBatch?.(batch, batchProgress);
      },
      onDelivered: () => {
        library.finishAdoption();
        library.setLoading(null);
        markReady();
        options.onDelivered?.();
      },
    });
    // Each report's names are gathered only for a snapshot to write (a warm start mostly has none).
    const reports = snapshotFile !== null && library.indexChanged ? library.snapshotReports() : null;
    if (snapshotFile !== null && reports !== null) {
      try {
        if (await writeIndexSnapshot(snapshotFile, library.index, reports, { wordnet: library.wordnet !== null })) library.indexSaved();
      } catch (error) {
        snapshotProblems.push(`cannot write the index snapshot ${snapshotFile}: ${(error as Error).message}`);
      }
    }
    loaded.cacheProblems.push(...snapshotProblems);
    loaded.cacheOutdated.push(...snapshotOutdated);
    return loaded;
  };
  const done = load();
  void done.finally(() => library.setLoading(null)).catch(() => undefined);
  // A load that fails before every file is delivered fails `ready` too.
  return { progress, ready: Promise.race([ready, done.then(() => undefined)]), done };
}

/** indexSnapshot.ts's words for a snapshot made with or without WordNet against this bot. */
const WORDNET_MISMATCH = /made (?:with|without) WordNet, which this bot runs (?:with|without)/;

/**
 * The one info line for caches rebuilt because they were outdated (LoadReport.cacheOutdated): by
 * another version of the bot, or (the index snapshot) made without WordNet, which a WordNet whose
 * files stay damaged inside makes at every start (beside the warning saying why WordNet was let go).
 */
export function rebuiltCacheLine(outdated: readonly string[]): string {
  const wordnet = outdated.map((why) => WORDNET_MISMATCH.exec(why)?.[0]).find((words) => words !== undefined);
  if (wordnet === undefined) return 'report cache made by another version of the bot; rebuilt';
  const byVersion = outdated.some((why) => !WORDNET_MISMATCH.test(why));
  return `report cache ${byVersion ? 'made by another version of the bot, and its index snapshot ' : ''}${wordnet}; rebuilt`;
}
