// Which reports `npm run ask` answers from: those of --collection, those of --channel's
// collections in the channels file, or else the channels file's default (every report without a
// file). What the file says that is worth a note comes back with it, for stderr.

import { channelScope, collectionsScope } from '../access/channelScope.js';
import { unknownCollections } from '../access/channelsFile.js';
import { type ChannelsFileConfig, readChannelsFile } from '../access/readChannelsFile.js';
import type { ReportScope } from '../library/reportScope.js';

export type AskScope = { ok: true; scope: ReportScope; notes: string[] } | { ok: false; message: string };

/** `known`: the collections the reports folder has (collectionsOf its files). */
export async function askScope(
  wanted: { collections: readonly string[]; channel?: string },
  channelsFile: ChannelsFileConfig,
  known: readonly string[],
): Promise<AskScope> {
  if (wanted.collections.length > 0) {
    const missing = wanted.collections.filter((collection) => !known.includes(collection));
    if (missing.length > 0) {
      const there = known.length > 0 ? `the collections are: ${known.join(', ')}` : 'the reports folder has no subfolders with reports';
      return { ok: false, message: `no collection is called ${missing.map((name) => `"${name}"`).join(', ')}; ${there}` };
    }
    return { ok: true, scope: collectionsScope(wanted.collections), notes: [] };
  }
  const read = await readChannelsFile(channelsFile);
  if (!read.ok) return { ok: false, message: read.message };
  if (wanted.channel !== undefined && !read.present) return { ok: false, message: `--channel reads the channels file, and there is none at ${channelsFile.path} (set CHANNELS_FILE)` };
  return { ok: true, scope: channelScope(read.rules, wanted.channel), notes: [...read.warnings, ...unknownCollections(read.rules, known).map((warning) => `channels file ${channelsFile.path}: ${warning}`)] };
}
