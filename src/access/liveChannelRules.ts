// The channels file's rules as they are now: read once at start (a bad file stops the bot), then
// kept in step with the file while the bot runs, as the reports are. The file is polled (stat every
// `pollMs`) rather than watched, so it may be created later, replaced by a rename or a deploy, and
// still be seen. It is read once it has not changed for `settleMs`, checked by stat-ing it again
// rather than trusted to the poll (which may not come round within `settleMs`), and a read the file
// changed under is dropped: a file written in place is empty or half-written for a moment, and an
// empty file means no rules (every report everywhere). A stat cannot show a rewrite that keeps the
// size within one tick of the file's clock, so, as git does with "racy clean" entries, a file
// changed too near its read is read again a settle later and its text compared, until the read is
// clear of the change (a file dated well after the read, by a clock ahead, is not re-read). Rules
// equal to the ones in use are no reload. A change that cannot be read keeps the last good rules,
// and so does a file that goes: an editor that moves the file aside while saving must not open
// every report to every channel.

import { type Stats, unwatchFile, watchFile } from 'node:fs';
import { stat } from 'node:fs/promises';
import { ConfigError } from '../config.js';
import { type ChannelRules } from './channelsFile.js';
import { type ChannelsFileConfig, type ChannelsFileRead, readChannelsFile } from './readChannelsFile.js';

export type ChannelRulesChange =
  | { kind: 'reloaded'; rules: ChannelRules; warnings: string[] }
  /** The file cannot be read as rules: the last good ones stay. */
  | { kind: 'invalid'; message: string }
  /** The file is gone: the last good rules stay until it is back or the bot restarts. */
  | { kind: 'gone' };

export interface LiveChannelRulesOptions {
  /** How often the file is checked for changes. Default 1,000 ms. */
  pollMs?: number;
  /** How long the file must be unchanged before it is read. Default 200 ms. */
  settleMs?: number;
  onChange?: (change: ChannelRulesChange) => void;
  /**
   * Called with a version of the file (as `fileVersion` gives it) once it has been looked at and
   * nothing more is to be read of it; anything to say of it was said first. For tests that must
   * know a version was checked before asserting that nothing was said.
   */
  onSettled?: (version: FileVersion) => void;
  /**
   * Called with each version of the file the poll sees it change to, before it settles. For tests
   * that must know a change was seen before changing the file again.
   */
  onSeen?: (version: FileVersion) => void;
  /**
   * The clock reads are timed by, in ms as `Date.now` gives them (the default), to compare with the
   * file's time. For tests that put a read near a change without racing the real clock.
   */
  now?: () => number;
}

/** What tells one version of the file from another without reading it; 'missing' where there is none. */
export type FileVersion = string;
const MISSING: FileVersion = 'missing';

/**
 * How near the read a change may be and still leave the stat unchanged by a later rewrite: file
 * times advance by a clock tick, or by a whole second on some file systems (git's "racy clean").
 * Also allowed after the read, for a file system whose clock runs a little ahead of ours.
 */
const RACY_MS = 1000;

/** A version and the time the file says it was last written. */
interface Stamp {
  version: FileVersion;
  mtimeMs: number;
}

export class LiveChannelRules {
  private closed = false;
  private settling: NodeJS.Timeout | undefined;
  /** Checks can overlap when the file changes quickly: only the latest one counts. */
  private checks = 0;
  /** The version the rules in use (or the last report) were read from. */
  private readVersion: FileVersion;
  /** What the file held at that read. */
  private readText: string | undefined;
  /** Whether that version was written too near the read for the stat to show a rewrite since. */
  private racy: boolean;
  /** What was last said of the file: a reload of rules equal to the ones in use is news only after a problem. */
  private lastKind: ChannelRulesChange['kind'] = 'reloaded';

  private constructor(
    private readonly file: ChannelsFileConfig,
    private current: ChannelRules,
    /** What the file said at start that is worth a warning. */
    readonly warnings: string[],
    /** Whether there was a file at start. */
    readonly present: boolean,
    read: { version: FileVersion; text: string | undefined; racy: boolean },
    private readonly now: () => number,
  ) {
    this.readVersion = read.version;
    this.readText = read.text;
    this.racy = read.racy;
  }

  /** Reads the file; throws ConfigError, naming the file and what is wrong, if it cannot be used. */
  static async open(file: ChannelsFileConfig, options: LiveChannelRulesOptions = {}): Promise<LiveChannelRules> {
    const now = options.now ?? Date.now;
    const startedAt = now();
    const stamp = await stampOf(file.path);
    const read = await readChannelsFile(file);
    if (!read.ok) throw new ConfigError(`Cannot start: ${read.message}.`);
    const racy = isRacy(stamp, startedAt, now());
    const live = new LiveChannelRules(file, read.rules, read.warnings, read.present, { version: stamp.version, text: read.text, racy }, now);
    live.watch(options);
    return live;
  }

  get rules(): ChannelRules {
    return this.current;
  }

  get path(): string {
    return this.file.path;
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.settling);
    unwatchFile(this.file.path, this.onStat);
  }

  private onStat: (now: Stats) => void = () => {};

  private watch({ pollMs = 1000, settleMs = 200, onChange = () => {}, onSettled = () => {}, onSeen = () => {} }: LiveChannelRulesOptions): void {
    const settle = (seen: FileVersion): void => {
      clearTimeout(this.settling);
      this.settling = setTimeout(() => void this.readIfSettled(seen, settle, onChange, onSettled), settleMs);
      this.settling.unref();
    };
    // Node reports a file missing when watching starts as a change (all fields zero); it is the
    // version read at start, so nothing is read or said (the default channels.yml is optional).
    this.onStat = (now) => {
      const { version } = stampFromStats(now);
      onSeen(version);
      settle(version);
    };
    // Not persistent: a bot that is otherwise done does not stay up for this.
    watchFile(this.file.path, { interval: pollMs, persistent: false }, this.onStat);
    // A change between the read at start and the poll's first look would otherwise go unseen (and
    // a racy read at start is looked at again).
    settle(this.readVersion);
  }

  /**
   * Reads the file if it is still the version `seen` a settle ago; otherwise waits for it to settle.
   * The version already read is read again only while it is racy, and is news only if its text changed.
   */
  private async readIfSettled(
    seen: FileVersion,
    settle: (seen: FileVersion) => void,
    onChange: (change: ChannelRulesChange) => void,
    onSettled: (version: FileVersion) => void,
  ): Promise<void> {
    const check = ++this.checks;
    const startedAt = this.now();
    const before = await stampOf(this.file.path);
    if (this.closed || check !== this.checks) return;
    if (before.version !== seen) return settle(before.version);
    const again = before.version === this.readVersion;
    if (again && !this.racy) return onSettled(before.version);
    const result = await readChannelsFile({ ...this.file, required: true });
    const after = await stampOf(this.file.path);
    if (this.closed || check !== this.checks) return;
    if (after.version !== before.version) return settle(after.version);
    const unchangedText = again && result.text === this.readText;
    this.readVersion = before.version;
    this.readText = result.text;
    this.racy = isRacy(before, startedAt, this.now());
    if (!unchangedText) this.report(result, onChange);
    if (this.racy) settle(before.version);
    else onSettled(before.version);
  }

  private report(result: ChannelsFileRead, onChange: (change: ChannelRulesChange) => void): void {
    let change: ChannelRulesChange;
    if (result.ok) {
      const unchanged = this.lastKind === 'reloaded' && sameRules(result.rules, this.current);
      this.current = result.rules;
      if (unchanged) return;
      change = { kind: 'reloaded', rules: result.rules, warnings: result.warnings };
    } else change = result.missing ? { kind: 'gone' } : { kind: 'invalid', message: result.message };
    this.lastKind = change.kind;
    onChange(change);
  }
}

/** The file's version as the watcher compares it (for tests that wait on `onSettled`). */
export async function fileVersion(path: string): Promise<FileVersion> {
  return (await stampOf(path)).version;
}

async function stampOf(path: string): Promise<Stamp> {
  try {
    return stampFromStats(await stat(path));
  } catch {
    // Missing, or not readable: the read says which, once the file holds still.
    return { version: MISSING, mtimeMs: 0 };
  }
}

function stampFromStats(stats: Stats): Stamp {
  // A missing file polls as all zeros. The inode tells a file renamed into place from the one before.
  if (stats.nlink === 0) return { version: MISSING, mtimeMs: 0 };
  return { version: `${stats.ino}:${stats.size}:${stats.mtimeMs}`, mtimeMs: stats.mtimeMs };
}

/**
 * Whether the file may have been written again, with no change to its stat, since a read that ran
 * from `startedAt` to `endedAt`: its time is within a tick of the read. A time later than that is
 * not one the read saw written (a clock ahead, a copy that kept a build machine's times, `touch -d`),
 * and any real write after it dates the file now, which changes the version: reading it again until
 * the clock caught up would read it every settle for as long.
 */
function isRacy(stamp: Stamp, startedAt: number, endedAt: number): boolean {
  return stamp.version !== MISSING && stamp.mtimeMs >= startedAt - RACY_MS && stamp.mtimeMs <= endedAt + RACY_MS;
}

function sameRules(a: ChannelRules, b: ChannelRules): boolean {
  if (JSON.stringify(a.fallback) !== JSON.stringify(b.fallback) || a.channels.size !== b.channels.size) return false;
  for (const [channel, collections] of a.channels) {
    if (JSON.stringify(b.channels.get(channel)) !== JSON.stringify(collections)) return false;
  }
  return true;
}
