// The channels file's rules as they are now: read once at start (a bad file stops the bot), then
// kept in step with the file while the bot runs, as the reports are. The file is polled (stat every
// `pollMs`) rather than watched, so it may be created later, replaced by a rename or a deploy, and
// still be seen. It is read once it has not changed for `settleMs`, checked by stat-ing it again
// rather than trusted to the poll (which may not come round within `settleMs`), and a read the file
// changed under is dropped: a file written in place is empty or half-written for a moment, and an
// empty file means no rules (every report everywhere). Rules equal to the ones in use are no
// reload. A change that cannot be read keeps the last good rules, and so does a file that goes: an
// editor that moves the file aside while saving must not open every report to every channel.

import { type Stats, unwatchFile, watchFile } from 'node:fs';
import { stat } from 'node:fs/promises';
import { ConfigError } from '../config.js';
import { type ChannelRules } from './channelsFile.js';
import { type ChannelsFileConfig, readChannelsFile } from './readChannelsFile.js';

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
}

/** What tells one version of the file from another without reading it; 'missing' where there is none. */
type FileVersion = string;
const MISSING: FileVersion = 'missing';

export class LiveChannelRules {
  private closed = false;
  private settling: NodeJS.Timeout | undefined;
  /** Checks can overlap when the file changes quickly: only the latest one counts. */
  private checks = 0;
  /** The version the rules in use (or the last report) were read from. */
  private readVersion: FileVersion;
  /** What was last said of the file: a reload of rules equal to the ones in use is news only after a problem. */
  private lastKind: ChannelRulesChange['kind'] = 'reloaded';

  private constructor(
    private readonly file: ChannelsFileConfig,
    private current: ChannelRules,
    /** What the file said at start that is worth a warning. */
    readonly warnings: string[],
    /** Whether there was a file at start. */
    readonly present: boolean,
    version: FileVersion,
  ) {
    this.readVersion = version;
  }

  /** Reads the file; throws ConfigError, naming the file and what is wrong, if it cannot be used. */
  static async open(file: ChannelsFileConfig, options: LiveChannelRulesOptions = {}): Promise<LiveChannelRules> {
    const version = await versionOf(file.path);
    const read = await readChannelsFile(file);
    if (!read.ok) throw new ConfigError(`Cannot start: ${read.message}.`);
    const live = new LiveChannelRules(file, read.rules, read.warnings, read.present, version);
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

  private watch({ pollMs = 1000, settleMs = 200, onChange = () => {} }: LiveChannelRulesOptions): void {
    const settle = (seen: FileVersion): void => {
      clearTimeout(this.settling);
      this.settling = setTimeout(() => void this.readIfSettled(seen, settle, onChange), settleMs);
      this.settling.unref();
    };
    // Node reports a file missing when watching starts as a change (all fields zero); it is the
    // version read at start, so nothing is read or said (the default channels.yml is optional).
    this.onStat = (now) => settle(versionFromStats(now));
    // Not persistent: a bot that is otherwise done does not stay up for this.
    watchFile(this.file.path, { interval: pollMs, persistent: false }, this.onStat);
    // A change between the read at start and the poll's first look would otherwise go unseen.
    settle(this.readVersion);
  }

  /** Reads the file if it is still the version `seen` a settle ago; otherwise waits for it to settle. */
  private async readIfSettled(seen: FileVersion, settle: (seen: FileVersion) => void, onChange: (change: ChannelRulesChange) => void): Promise<void> {
    const check = ++this.checks;
    const before = await versionOf(this.file.path);
    if (this.closed || check !== this.checks) return;
    if (before !== seen) return settle(before);
    if (before === this.readVersion) return;
    const result = await readChannelsFile({ ...this.file, required: true });
    const after = await versionOf(this.file.path);
    if (this.closed || check !== this.checks) return;
    if (after !== before) return settle(after);
    this.readVersion = before;
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

async function versionOf(path: string): Promise<FileVersion> {
  try {
    return versionFromStats(await stat(path));
  } catch {
    // Missing, or not readable: the read says which, once the file holds still.
    return MISSING;
  }
}

function versionFromStats(stats: Stats): FileVersion {
  // A missing file polls as all zeros. The inode tells a file renamed into place from the one before.
  return stats.nlink === 0 ? MISSING : `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
}

function sameRules(a: ChannelRules, b: ChannelRules): boolean {
  if (JSON.stringify(a.fallback) !== JSON.stringify(b.fallback) || a.channels.size !== b.channels.size) return false;
  for (const [channel, collections] of a.channels) {
    if (JSON.stringify(b.channels.get(channel)) !== JSON.stringify(collections)) return false;
  }
  return true;
}
