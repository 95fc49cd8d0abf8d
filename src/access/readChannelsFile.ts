// Reads the channels file from disk: absent is fine at the default path (every report visible
// everywhere) and an error where CHANNELS_FILE names it; anything unreadable is an error naming
// the file, the line where known, and what to write instead.

import { readFile } from 'node:fs/promises';
import { type ChannelRules, NO_RULES, parseChannelsFile } from './channelsFile.js';

export interface ChannelsFileConfig {
  path: string;
  /** Set by CHANNELS_FILE: a missing file is an error rather than no rules. */
  required: boolean;
}

/** `text` is what the file held, where it could be read: a watcher compares it to see a change the stat cannot. */
export type ChannelsFileRead =
  | { ok: true; rules: ChannelRules; warnings: string[]; present: boolean; text?: string }
  | { ok: false; missing: boolean; message: string; text?: string };

export async function readChannelsFile({ path, required }: ChannelsFileConfig): Promise<ChannelsFileRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !required) return { ok: true, rules: NO_RULES, warnings: [], present: false };
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? String(error)})`;
    return { ok: false, missing: code === 'ENOENT', message: `CHANNELS_FILE ${path} ${why}${code === 'ENOENT' ? '; create it, or unset CHANNELS_FILE to let every channel see every report' : ''}` };
  }
  const parsed = parseChannelsFile(text);
  if (!parsed.ok) return { ok: false, missing: false, message: `channels file ${path}${parsed.line !== undefined ? `, line ${parsed.line}` : ''}: ${parsed.reason}`, text };
  return { ok: true, rules: parsed.rules, warnings: parsed.warnings.map((warning) => `channels file ${path}: ${warning}`), present: true, text };
}
