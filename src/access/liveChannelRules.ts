// The channels file's rules as they are now: read once at start (a bad file stops the bot), then
// kept in step with the file while the bot runs, as the reports are. The file is polled (stat every
// `pollMs`) rather than watched, so it may be created later, replaced by a rename or a deploy, and
// still be seen. It is read once it has not changed for `settleMs`: a file written in place is
// empty for a moment, and an empty file means no rules (every report everywhere). A change that
// cannot be read keeps the last good rules, and so does a file that goes: an editor that moves the
// file aside while saving must not open every report to every channel for a moment.

import { type Stats, unwatchFile, watchFile } from 'node:fs';
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

export class LiveChannelRules {
  private closed = false;
  private reads = 0;
  private settling: NodeJS.Timeout | undefined;

  private constructor(
    private readonly file: ChannelsFileConfig,
    private current: ChannelRules,
    /** What the file said at start that is worth a warning. */
    readonly warnings: string[],
    /** Whether there was a file at start. */
    readonly present: boolean,
  ) {}

  /** Reads the file; throws ConfigError, naming the file and what is wrong, if it cannot be used. */
  static async open(file: ChannelsFileConfig, options: LiveChannelRulesOptions = {}): Promise<LiveChannelRules> {
    const read = await readChannelsFile(file);
    if (!read.ok) throw new ConfigError(`Cannot start: ${read.message}.`);
    const live = new LiveChannelRules(file, read.rules, read.warnings, read.present);
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

  private onStat: (now: Stats, before: Stats) => void = () => {};

  private watch({ pollMs = 1000, settleMs = 200, onChange = () => {} }: LiveChannelRulesOptions): void {
    this.onStat = (now, before) => {
      // Node reports a file missing when watching starts as a change (all fields zero): a file that
      // was not there and still is not has not gone, it was never there (the default is optional).
      if (now.nlink === 0 && before.nlink === 0) return;
      clearTimeout(this.settling);
      this.settling = setTimeout(() => void this.reload(onChange), settleMs);
      this.settling.unref();
    };
    // Not persistent: a bot that is otherwise done does not stay up for this.
    watchFile(this.file.path, { interval: pollMs, persistent: false }, this.onStat);
  }

  private async reload(onChange: (change: ChannelRulesChange) => void): Promise<void> {
    // Reads can overlap when the file changes quickly: only the latest one counts.
    const read = ++this.reads;
    const result = await readChannelsFile({ ...this.file, required: true });
    if (this.closed || read !== this.reads) return;
    if (result.ok) {
      this.current = result.rules;
      onChange({ kind: 'reloaded', rules: result.rules, warnings: result.warnings });
    } else if (result.missing) onChange({ kind: 'gone' });
    else onChange({ kind: 'invalid', message: result.message });
  }
}
