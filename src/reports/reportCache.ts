// Parsed reports kept on disk between starts, so a restart parses only the files that changed.
// An entry is found by file name and the SHA-256 of the file's bytes. Every shard file is stamped
// with the cache format and the parser's fingerprint and carries a checksum of its body: a
// truncated, corrupt, foreign or stale shard is detected, dropped and rewritten, never trusted.
//
// Layout: <cache dir>/<key of the reports folder>/shard-NN.json (the index snapshot sits beside them,
// see src/library/indexSnapshot.ts), each one line of header JSON
// ({ format, parser, sha256 }) then one line of body JSON ({ "<file name>": { hash, result } }).

import { createHash } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ParseResult } from './model.js';
import { parserFingerprint } from './parserFingerprint.js';
import { writeFileAside } from './writeFileAside.js';
import { yieldToEventLoop } from './yieldToEventLoop.js';

/** Bump when the shard layout or the entry shape changes. */
export const CACHE_FORMAT = 1;
/** Shards keep each read or write (a JSON parse or stringify) short enough not to stall a server. */
const SHARD_COUNT = 32;
const OTHER_PARSER = 'made by another version of the parser';

interface CacheEntry {
  hash: string;
  result: ParseResult;
}

interface ShardHeader {
  format: number;
  parser: string;
  sha256: string;
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class ReportCache {
  /** What was wrong with the cache on disk, for a log line; each problem was repaired by reparsing. */
  readonly problems: string[] = [];
  /** Shards made by another version of the parser, rebuilt: expected after an upgrade, not a problem. */
  readonly outdated: string[] = [];
  private readonly shards: Map<string, CacheEntry>[] = Array.from({ length: SHARD_COUNT }, () => new Map());
  private readonly dirty = new Set<number>();

  private constructor(
    /** The folder of this reports folder's shards. */
    readonly folder: string,
    private readonly parser: string,
  ) {}

  /** The cache of `reportsDir` under `cacheDir`; null when no cached result could be trusted. */
  static async open(cacheDir: string, reportsDir: string): Promise<ReportCache | null> {
    const parser = await parserFingerprint();
    if (parser === null) return null;
    const cache = new ReportCache(cacheFolderOf(cacheDir, reportsDir), parser);
    // One shard at a time: reading them all at once held the whole cache as text (20k reports:
    // 200 MB) next to what was parsed from it, and a process keeps the memory it once needed.
    for (let i = 0; i < SHARD_COUNT; i++) {
      const text = await readFile(cache.shardFile(i), 'utf8').catch(() => undefined);
      if (text === undefined) continue; // not written yet
      const problem = cache.loadShard(i, text);
      if (problem) {
        (problem === OTHER_PARSER ? cache.outdated : cache.problems).push(`${cache.shardFile(i)}: ${problem}; rebuilt`);
        cache.dirty.add(i);
      }
      await yieldToEventLoop();
    }
    return cache;
  }

  get(name: string, hash: string): ParseResult | undefined {
    const entry = this.shards[shardOf(name)]?.get(name);
    return entry?.hash === hash ? entry.result : undefined;
  }

  put(name: string, hash: string, result: ParseResult): void {
    const shard = shardOf(name);
    (this.shards[shard] as Map<string, CacheEntry>).set(name, { hash, result });
    this.dirty.add(shard);
  }

  /** Forgets files that are no longer in the folder. */
  keepOnly(names: ReadonlySet<string>): void {
    this.shards.forEach((shard, i) => {
      for (const name of shard.keys()) {
        if (!names.has(name)) {
          shard.delete(name);
          this.dirty.add(i);
        }
      }
    });
  }

  /** Writes the shards that changed. A cache that cannot be written is a problem, not a failure. */
  async save(): Promise<void> {
    if (this.dirty.size === 0) return;
    try {
      await mkdir(this.folder, { recursive: true });
      for (const i of [...this.dirty].sort((a, b) => a - b)) {
        await this.writeShard(i);
        this.dirty.delete(i);
        await yieldToEventLoop();
      }
    } catch (error) {
      this.problems.push(`cannot write the cache in ${this.folder}: ${(error as Error).message}`);
    }
  }

  private shardFile(i: number): string {
    return join(this.folder, `shard-${String(i).padStart(2, '0')}.json`);
  }

  /** Loads one shard's entries, or says why it cannot be trusted. */
  private loadShard(i: number, text: string): string | undefined {
    const newline = text.indexOf('\n');
    if (newline < 0) return 'truncated (no body)';
    let header: ShardHeader;
    try {
      header = JSON.parse(text.slice(0, newline)) as ShardHeader;
    } catch {
      return 'corrupt header';
    }
    if (header.format !== CACHE_FORMAT) return `cache format ${header.format}, expected ${CACHE_FORMAT}`;
    if (header.parser !== this.parser) return OTHER_PARSER;
    const body = text.slice(newline + 1);
    if (createHash('sha256').update(body).digest('hex') !== header.sha256) return 'checksum mismatch (truncated or corrupt)';
    let entries: Record<string, unknown>;
    try {
      entries = JSON.parse(body) as Record<string, unknown>;
    } catch {
      return 'corrupt body';
    }
    const shard = this.shards[i] as Map<string, CacheEntry>;
    for (const [name, entry] of Object.entries(entries)) {
      if (!isCacheEntry(entry) || shardOf(name) !== i) {
        shard.clear();
        return `entry for ${name} is not a parse result`;
      }
      shard.set(name, entry);
    }
    return undefined;
  }

  private async writeShard(i: number): Promise<void> {
    const file = this.shardFile(i);
    const shard = this.shards[i] as Map<string, CacheEntry>;
    if (shard.size === 0) {
      await rm(file, { force: true });
      return;
    }
    const body = JSON.stringify(Object.fromEntries(shard));
    const header: ShardHeader = { format: CACHE_FORMAT, parser: this.parser, sha256: createHash('sha256').update(body).digest('hex') };
    await writeFileAside(file, [`${JSON.stringify(header)}\n`, body]);
  }
}

/** The folder under `cacheDir` that holds what is cached for `reportsDir` (one per reports folder). */
export function cacheFolderOf(cacheDir: string, reportsDir: string): string {
  const key = createHash('sha256').update(resolve(reportsDir)).digest('hex').slice(0, 16);
  return join(resolve(cacheDir), key);
}

function shardOf(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return (h >>> 0) % SHARD_COUNT;
}

/** Enough of the shape to be sure the entry was written by this cache; the checksum covers the rest. */
function isCacheEntry(value: unknown): value is CacheEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { hash, result } = value as Partial<CacheEntry>;
  if (typeof hash !== 'string' || typeof result !== 'object' || result === null) return false;
  return result.ok
    ? typeof result.report?.id === 'string' && Array.isArray(result.report.claims) && Array.isArray(result.warnings)
    : result.ok === false && typeof result.error?.reason === 'string';
}
