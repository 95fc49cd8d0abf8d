// Appends 👍/👎 feedback to a JSON Lines file, one object per vote, for whoever tunes the search.

import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface FeedbackEntry {
  /** When the vote was cast, ISO 8601. */
  ts: string;
  user: string;
  channel: string;
  question: string;
  claimIds: string[];
  vote: 'up' | 'down';
}

/** Where votes go: this file (FeedbackLog), or a list in Redis that replicas share (redis/redisFeedbackLog.ts). */
export interface FeedbackStore {
  append(entry: FeedbackEntry): Promise<void>;
  /** Resolves when every vote given so far is stored (or has failed and been reported). */
  flush(): Promise<void>;
}

export class FeedbackLog implements FeedbackStore {
  // Appends one after another, so concurrent votes never interleave within a line.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(readonly path: string) {}

  append(entry: FeedbackEntry): Promise<void> {
    const line = `${JSON.stringify(entry)}\n`;
    const write = this.queue.then(async () => {
      await mkdir(dirname(this.path), { recursive: true });
      await appendFile(this.path, line, 'utf8');
    });
    this.queue = write.catch(() => undefined);
    return write;
  }

  /** Resolves when every vote given so far is on disk (or has failed and been reported). */
  flush(): Promise<void> {
    return this.queue.then(() => undefined);
  }
}
