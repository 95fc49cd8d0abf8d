// The channels file (CHANNELS_FILE, default channels.yml): which collections each channel may
// search. Pure: text in, rules or the reason they cannot be read out. YAML is read with the parser
// gray-matter already brings for the reports' front matter (its `engines.yaml`), not a second one.
//
//   channels:
//     C0123ABCD: [marketing, shared]   # a channel id; names change, ids do not
//     C0456EFGH: []                     # top-level reports only
//   default: all                        # channels not listed, DMs, the terminal: all, or a list

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * gray-matter's YAML parser, required when a channels file is first read: a bot without one
 * (and whose reports parse on worker threads) never loads gray-matter on its main thread.
 * gray-matter exposes its engines at run time (`matter.engines`) but its types do not declare them.
 */
function yamlParser(): { parse(text: string): unknown } {
  return (require('gray-matter') as { engines: { yaml: { parse(text: string): unknown } } }).engines.yaml;
}

export interface ChannelRules {
  /** Channel id -> the collections it may search (top-level reports always). */
  channels: ReadonlyMap<string, readonly string[]>;
  /** For channels not listed, DMs, App Home and the terminal. */
  fallback: 'all' | readonly string[];
}

export type ChannelsFileResult = { ok: true; rules: ChannelRules; warnings: string[] } | { ok: false; line?: number; reason: string };

/** Rules that change nothing: every report is visible everywhere (no channels file). */
export const NO_RULES: ChannelRules = { channels: new Map(), fallback: 'all' };

const KEYS = ['channels', 'default'];
// Public channels start with C, private ones G (older) or C, DMs D.
const CHANNEL_ID = /^[CGD][A-Z0-9]{2,}$/;
const EXAMPLE = 'e.g. C0123ABCD: [marketing, shared], or [] for top-level reports only';

export function parseChannelsFile(text: string): ChannelsFileResult {
  let data: unknown;
  try {
    data = yamlParser().parse(text) ?? null;
  } catch (error) {
    const yamlError = error as { reason?: string; message?: string; mark?: { line?: number } };
    const reason = `not valid YAML (${yamlError.reason ?? String(yamlError.message ?? error).split('\n')[0]})`;
    return typeof yamlError.mark?.line === 'number' ? { ok: false, line: yamlError.mark.line + 1, reason } : { ok: false, reason };
  }
  if (data === null || data === undefined) return { ok: true, rules: NO_RULES, warnings: [] };
  if (!isMapping(data)) return { ok: false, reason: 'must be a mapping with `channels:` and `default:`' };
  const unknown = Object.keys(data).filter((key) => !KEYS.includes(key));
  if (unknown.length > 0) return { ok: false, reason: `unknown key${unknown.length === 1 ? '' : 's'} ${unknown.map((k) => `\`${k}\``).join(', ')}; the file has \`channels:\` and \`default:\`` };

  const warnings: string[] = [];
  const channels = new Map<string, string[]>();
  const listed = data.channels ?? {};
  if (!isMapping(listed)) return { ok: false, reason: `\`channels:\` must map channel ids to lists of collections (${EXAMPLE})` };
  for (const [channel, value] of Object.entries(listed)) {
    const collections = collectionList(value);
    if (collections === null) return { ok: false, reason: `\`channels.${channel}\` must be a list of collections (${EXAMPLE})` };
    if (!CHANNEL_ID.test(channel)) {
      warnings.push(`\`${channel}\` is not a channel id (like C0123ABCD), so no channel matches it; list channels by id, as names change (channel details, About, at the bottom)`);
    }
    channels.set(channel, collections);
  }

  const fallbackValue = data.default ?? 'all';
  const fallback = fallbackValue === 'all' ? 'all' : collectionList(fallbackValue);
  if (fallback === null) return { ok: false, reason: '`default:` must be `all` or a list of collections, e.g. [shared], or [] for top-level reports only' };
  return { ok: true, rules: { channels, fallback }, warnings };
}

/** The collections the rules name that are not folders of the reports folder: each a warning. */
export function unknownCollections(rules: ChannelRules, known: readonly string[]): string[] {
  const exists = new Set(known);
  const where = new Map<string, string[]>();
  const note = (collections: readonly string[], place: string): void => {
    for (const collection of collections) if (!exists.has(collection)) where.set(collection, [...(where.get(collection) ?? []), place]);
  };
  for (const [channel, collections] of rules.channels) note(collections, `channels.${channel}`);
  if (rules.fallback !== 'all') note(rules.fallback, 'default');
  const there = known.length > 0 ? `the collections are: ${known.join(', ')}` : 'the reports folder has no subfolders';
  return [...where].map(
    ([collection, places]) => `collection \`${collection}\` (in ${places.map((p) => `\`${p}\``).join(', ')}) is no folder of the reports folder (${there}); it shows nothing until it exists`,
  );
}

/** A list of collection names, as written (`/`-separated, no leading or trailing `/`); null if not a list of names. */
function collectionList(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const names: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string' && typeof item !== 'number') return null;
    const name = String(item).trim().replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
    if (name === '') return null;
    names.push(name);
  }
  return [...new Set(names)];
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
