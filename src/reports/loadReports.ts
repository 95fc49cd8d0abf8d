// Reads every `.md` report in a folder and parses it. One broken file is named with its reason
// and skipped; it never stops the others. Other files (notes, images) are ignored.
// For large libraries: parsed reports come from a disk cache when the file is unchanged, the rest
// are parsed on worker threads, and reports are handed over in batches as they are ready, with
// the event loop free between batches (see LoadOptions).

import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { byCodeUnits } from '../runtime/byCodeUnits.js';
import { compactReport, stringPool } from './compactReport.js';
import type { ParseResult, Report, ReportIssue } from './model.js';
import { parseInProcess } from './inProcessParser.js';
import { ParseWorkerPool, PoolBrokenError, type FileBytes } from './parseWorkerPool.js';
import { DEFAULT_MAX_REPORT_BYTES, readReportFile } from './readReportFile.js';
import { contentHash, ReportCache } from './reportCache.js';
import { yieldToEventLoop } from './yieldToEventLoop.js';

/**
 * What a load found. `Prepared`: what the parse workers prepare of each report beside its parse for
 * the layer that serves it (LoadOptions.prepareWith; the library's preparedApart.ts), carried here
 * untouched: this layer neither reads it nor knows its type.
 */
export interface LoadedReports<Prepared = never> {
  reports: Report[];
  /** Files that are not served, each with its reason. */
  errors: ReportIssue[];
  /** Reports served with a fallback, each with what was wrong. */
  warnings: ReportIssue[];
  /** The SHA-256 of each report file's bytes, by file name (what the cache and index snapshot key on). */
  hashes?: Map<string, string>;
  /** Each report prepared for serving on a parse worker (LoadOptions.prepareWith), by file; the others are not here. */
  prepared?: Map<string, Prepared>;
}

export interface LoadProgress {
  /** Files read so far (served, broken or warned about). */
  done: number;
  total: number;
  /** Of `done`, how many came from the cache unparsed. */
  fromCache: number;
}

export interface LoadOptions<Prepared = never> {
  /** Folder of the parsed-report cache; none when null or absent (the config names it: REPORT_CACHE_DIR). */
  cacheDir?: string | null;
  /**
   * Parse worker threads; 0 parses in-process. Default: one per core, started only when enough
   * files need parsing to pay for starting them (a few small files parse faster in-process).
   */
  workers?: number;
  /** Called with each batch of results as it is ready, so a bot can answer from what is loaded. */
  onBatch?: (batch: LoadedReports<Prepared>, progress: LoadProgress) => void;
  /** Called once every file is delivered (served or named broken), before the cache is saved. */
  onDelivered?: () => void;
  /** Files larger than this are named as errors unread (MAX_REPORT_BYTES; default 5 MB). */
  maxReportBytes?: number;
  /**
   * Each report a parse worker parses is prepared for serving there too (preparedApart.ts), its
   * names mined with WordNet's files in this folder (null: without WordNet), and delivered with it
   * (LoadedReports.prepared).
   */
  prepareWith?: string | null;
}

export interface LoadReport<Prepared = never> extends LoadedReports<Prepared> {
  /** Problems with the cache itself (corrupt, stale, unwritable); each was repaired by reparsing. */
  cacheProblems: string[];
  /** Caches made by another version of the bot, rebuilt: expected after an upgrade, not a problem. */
  cacheOutdated: string[];
  /** Where each file's result came from; a worker failure is named and its files parsed in-process. */
  sources: { cache: number; workers: number; inProcess: number; workerProblem?: string };
}

export class ReportsFolderError extends Error {}

export function isReportFile(name: string): boolean {
  return /\.md$/i.test(name) && !name.startsWith('.') && !/^readme\.md$/i.test(name);
}

/**
 * Lists the report files of a folder and its subfolders (the collections), sorted, as paths relative
 * to it with `/` (`marketing/q3-survey.md`); throws ReportsFolderError when the folder itself is
 * unreadable. Hidden files and folders are left out; links to folders are not followed (a link
 * cannot then make a loop, or pull a whole other tree in).
 */
export async function listReportFiles(dir: string): Promise<string[]> {
  return (await listReportTree(dir)).files;
}

/** listReportFiles, with the subfolders that could not be read (each named, with why). */
export async function listReportTree(dir: string): Promise<{ files: string[]; unreadable: ReportIssue[] }> {
  const files: string[] = [];
  const unreadable: ReportIssue[] = [];
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is not a folder' : `cannot be read (${code})`;
    throw new ReportsFolderError(`reports folder ${dir} ${why}`);
  }
  const walk = async (entries: Dirent[], prefix: string): Promise<void> => {
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = `${prefix}${entry.name}`;
      if ((entry.isFile() || entry.isSymbolicLink()) && isReportFile(entry.name)) files.push(path);
      else if (entry.isDirectory()) {
        let inner: Dirent[];
        try {
          inner = await readdir(join(dir, path), { withFileTypes: true });
        } catch (error) {
          unreadable.push({ file: `${path}/`, reason: `folder cannot be read (${(error as NodeJS.ErrnoException).code ?? error}); its reports are not served` });
          continue;
        }
        await walk(inner, `${path}/`);
      }
    }
  };
  await walk(entries, '');
  return { files: files.sort(), unreadable };
}

/** Reads and parses one report file in-process; a read failure is an error value like any other. */
export async function loadReportFile(dir: string, name: string, maxBytes = DEFAULT_MAX_REPORT_BYTES): Promise<ParseResult> {
  const read = await readReportFile(dir, name, maxBytes);
  return 'bytes' in read ? parseInProcess(read.bytes, name) : read;
}

/** Files read and hashed at once; bounds the memory a huge folder takes while loading. */
const READ_BATCH = 64;
/** Files sent to a worker at once: big enough to amortise messaging, small enough to spread. */
const PARSE_BATCH = 16;
/** In auto mode, workers start once this many files (or bytes) wait to be parsed. */
const WORKER_MIN_FILES = PARSE_BATCH;
const WORKER_MIN_BYTES = 256 * 1024;

export async function loadReports<Prepared = never>(dir: string, options: LoadOptions<Prepared> = {}): Promise<LoadReport<Prepared>> {
  const cacheDir = options.cacheDir ?? null;
  const [{ files: names, unreadable }, cache] = await Promise.all([
    listReportTree(dir),
    cacheDir === null ? null : ReportCache.open(cacheDir, dir),
  ]);
  const loaded: LoadReport<Prepared> = { reports: [], errors: [], warnings: [], cacheProblems: [], cacheOutdated: [], sources: { cache: 0, workers: 0, inProcess: 0 } };
  const progress: LoadProgress = { done: 0, total: names.length, fromCache: 0 };
  const pooled = stringPool();
  const deliver = (results: { name: string; result: ParseResult; hash?: string; prepared?: unknown }[]): void => {
    const batch: LoadedReports<Prepared> = { reports: [], errors: [], warnings: [], hashes: new Map(), prepared: new Map() };
    for (const { result, hash, prepared } of results) {
      if (result.ok) {
        compactReport(result.report, pooled);
        batch.reports.push(result.report);
        batch.warnings.push(...result.warnings);
        if (hash !== undefined) batch.hashes?.set(result.report.file, hash);
        // The workers prepare what the caller asked them for (prepareWith): its Prepared.
        if (prepared) batch.prepared?.set(result.report.file, prepared as Prepared);
      } else {
        batch.errors.push(result.error);
      }
    }
    loaded.reports.push(...batch.reports);
    loaded.errors.push(...batch.errors);
    loaded.warnings.push(...batch.warnings);
    progress.done += results.length;
    options.onBatch?.(batch, { ...progress });
  };

  // A subfolder that cannot be read is named like a file that cannot be.
  if (unreadable.length > 0) {
    loaded.errors.push(...unreadable);
    options.onBatch?.({ reports: [], errors: unreadable, warnings: [], hashes: new Map() }, { ...progress });
  }

  const parser = new BatchParser(options.workers, options.prepareWith, (files, results, where, prepared) => {
    loaded.sources[where] += files.length;
    files.forEach((file, i) => cache?.put(file.name, file.hash, results[i] as ParseResult));
    deliver(files.map((file, i) => ({ name: file.name, result: results[i] as ParseResult, hash: file.hash, prepared: prepared?.[i] })));
  });
  try {
    for (let start = 0; start < names.length; start += READ_BATCH) {
      const reads = await Promise.all(names.slice(start, start + READ_BATCH).map((name) => readReportFile(dir, name, options.maxReportBytes)));
      const ready: { name: string; result: ParseResult; hash?: string }[] = [];
      reads.forEach((read, i) => {
        const name = names[start + i] as string;
        if (!('bytes' in read)) {
          ready.push({ name, result: read });
          return;
        }
        const hash = contentHash(read.bytes);
        const cached = cache?.get(name, hash);
        if (cached) {
          ready.push({ name, result: cached, hash });
          progress.fromCache++;
          loaded.sources.cache++;
        } else {
          parser.add({ name, bytes: read.bytes, hash });
        }
      });
      if (ready.length > 0) deliver(ready);
      await parser.flushFull();
      await yieldToEventLoop();
    }
    await parser.finish();
  } finally {
    await parser.close();
  }
  if (parser.poolProblem) loaded.sources.workerProblem = parser.poolProblem;
  options.onDelivered?.();

  if (cache) {
    cache.keepOnly(new Set(names));
    await cache.save();
    loaded.cacheProblems.push(...cache.problems);
    loaded.cacheOutdated.push(...cache.outdated);
  }
  // Batches finish in any order; the result is in file order, as from a sequential load.
  const byFile = (a: { file: string }, b: { file: string }): number => byCodeUnits(a.file, b.file);
  loaded.reports.sort(byFile);
  loaded.errors.sort(byFile);
  loaded.warnings.sort(byFile);
  return loaded;
}

interface PendingFile extends FileBytes {
  hash: string;
}

/**
 * Parses files in batches: on a worker pool once there is enough to parse (or when asked for
 * workers), otherwise in-process with the event loop let run between files. If the pool breaks,
 * its batches are parsed in-process.
 */
class BatchParser {
  private pending: PendingFile[] = [];
  private pendingBytes = 0;
  private pool: ParseWorkerPool | undefined;
  private readonly inFlight: Promise<void>[] = [];
  /** Why the worker pool broke, when it did. */
  poolProblem: string | undefined;

  constructor(
    private readonly workers: number | undefined,
    /** What the workers prepare each report with (LoadOptions.prepareWith); undefined: not prepared. */
    private readonly prepareWith: string | null | undefined,
    private readonly onParsed: (files: PendingFile[], results: ParseResult[], where: 'workers' | 'inProcess', prepared?: unknown[]) => void,
  ) {}

  add(file: PendingFile): void {
    this.pending.push(file);
    this.pendingBytes += file.bytes.length;
  }

  /** Sends full batches to the workers, waiting when they have enough queued. */
  async flushFull(): Promise<void> {
    if (!this.pool && !this.shouldStartPool()) return;
    while (this.pending.length >= PARSE_BATCH) await this.send(this.pending.splice(0, PARSE_BATCH));
    this.pendingBytes = this.pending.reduce((sum, f) => sum + f.bytes.length, 0);
  }

  async finish(): Promise<void> {
    if (this.pool || this.shouldStartPool()) {
      while (this.pending.length > 0) await this.send(this.pending.splice(0, PARSE_BATCH));
    } else {
      for (const file of this.pending.splice(0)) {
        this.onParsed([file], [await parseInProcess(file.bytes, file.name)], 'inProcess');
        await yieldToEventLoop();
      }
    }
    await Promise.all(this.inFlight);
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }

  private shouldStartPool(): boolean {
    if (this.workers !== undefined) return this.workers > 0 && this.pending.length > 0;
    return this.pending.length >= WORKER_MIN_FILES || this.pendingBytes >= WORKER_MIN_BYTES;
  }

  private async send(files: PendingFile[]): Promise<void> {
    this.pool ??= new ParseWorkerPool(this.workers);
    // Two batches queued per worker keep every worker busy without reading the whole folder ahead.
    while (this.inFlight.length >= this.pool.size * 2) await this.inFlight.shift();
    const pool = this.pool;
    const done = pool
      .parseBatch(
        files.map(({ name, bytes }) => ({ name, bytes })),
        this.prepareWith,
      )
      .then(
        ({ results, prepared }) => this.onParsed(files, results, 'workers', prepared),
        async (error: unknown) => {
          if (!(error instanceof PoolBrokenError)) throw error;
          this.poolProblem ??= error.message;
          for (const file of files) {
            this.onParsed([file], [await parseInProcess(file.bytes, file.name)], 'inProcess');
            await yieldToEventLoop();
          }
        },
      );
    // Awaited later; marked handled now so a failing batch is reported there, not as unhandled.
    done.catch(() => undefined);
    this.inFlight.push(done);
  }
}
