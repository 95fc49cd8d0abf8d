// The votes of one bot, in a JSON Lines file (FEEDBACK_LOG): one line per person per answer,
// holding their vote now (and why, for a 👎). A changed vote changes its line, a vote taken back
// loses it. The file is read once, kept in memory, and written whole, beside it then renamed over
// it, after each change: a crash leaves the old file or the new one, never half of one.

import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAside } from '../reports/writeFileAside.js';
import { type FeedbackReason, type FeedbackRecord, type FeedbackStore, parseRecord, recordOf, type Vote, type VoteClick, voteAfter } from './votes.js';

export class FeedbackFile implements FeedbackStore {
  private readonly votes = new Map<string, FeedbackRecord>();
  /** The last click applied per person and answer, so a repeated delivery changes nothing. */
  private readonly lastClicks = new Map<string, string>();
  /** Lines that are not votes (written by hand, or by something else): kept as they are. */
  private foreignLines: string[] = [];
  private loading: Promise<void> | undefined;
  private writes: Promise<void> = Promise.resolve();

  constructor(readonly path: string) {}

  async click(click: VoteClick): Promise<Vote | null> {
    await this.load();
    const key = keyOf(click.answer, click.user);
    const before = this.votes.get(key);
    const lastClick = this.lastClicks.get(key);
    if (lastClick === click.clickId) return before?.vote ?? null;
    const vote = voteAfter(before?.vote ?? null, click.pressed);
    this.lastClicks.set(key, click.clickId);
    if (vote === null) this.votes.delete(key);
    else this.votes.set(key, recordOf(click, vote));
    try {
      await this.save();
    } catch (error) {
      // Not on disk, so not on record: the person is asked to try again, and that click must
      // count as this one would have.
      this.restore(key, before, lastClick);
      throw error;
    }
    return vote;
  }

  private restore(key: string, record: FeedbackRecord | undefined, lastClick: string | undefined): void {
    if (record) this.votes.set(key, record);
    else this.votes.delete(key);
    if (lastClick !== undefined) this.lastClicks.set(key, lastClick);
    else this.lastClicks.delete(key);
  }

  async voteOf(answer: string, user: string): Promise<Vote | null> {
    await this.load();
    return this.votes.get(keyOf(answer, user))?.vote ?? null;
  }

  async explain(answer: string, user: string, reason: FeedbackReason): Promise<boolean> {
    await this.load();
    const key = keyOf(answer, user);
    const record = this.votes.get(key);
    if (record?.vote !== 'down') return false;
    this.votes.set(key, { ...record, reason });
    try {
      await this.save();
    } catch (error) {
      this.votes.set(key, record);
      throw error;
    }
    return true;
  }

  async records(): Promise<FeedbackRecord[]> {
    await this.load();
    return [...this.votes.values()];
  }

  flush(): Promise<void> {
    return this.writes.catch(() => undefined);
  }

  /** Reads the file the first time it is needed; a file that cannot be read is an error every time. */
  private load(): Promise<void> {
    this.loading ??= this.read();
    return this.loading;
  }

  private async read(): Promise<void> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      this.loading = undefined;
      throw error;
    }
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const record = parseLine(line);
      if (!record) {
        this.foreignLines.push(line);
        continue;
      }
      // Files from before one vote per person per answer hold every click: the last one stands.
      const key = keyOf(record.answer, record.user);
      this.votes.delete(key);
      this.votes.set(key, record);
    }
  }

  /** Queues a whole-file write of the votes as they are now; resolves when it is on disk. */
  private save(): Promise<void> {
    const write = this.writes
      .catch(() => undefined)
      .then(async () => {
        await mkdir(dirname(this.path), { recursive: true });
        const lines = [...this.foreignLines, ...[...this.votes.values()].map((record) => JSON.stringify(record))];
        await writeFileAside(this.path, [lines.map((line) => `${line}\n`).join('')]);
      });
    this.writes = write;
    return write;
  }
}

function keyOf(answer: string, user: string): string {
  return `${answer}\u0000${user}`;
}

function parseLine(line: string): FeedbackRecord | null {
  try {
    return parseRecord(JSON.parse(line));
  } catch {
    return null;
  }
}
