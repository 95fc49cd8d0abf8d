// Parses report files one at a time as they change (live reload): a small file in-process, where
// starting a worker would only add latency, a larger one on a worker thread of the same pool the
// initial load uses, so the bot keeps answering while it parses.

import type { ParseResult } from './model.js';
import { parseInProcess } from './inProcessParser.js';
import { defaultPoolSize, type FileBytes, ParseWorkerPool, PoolBrokenError } from './parseWorkerPool.js';

/** Files up to this size parse in-process: a few tens of milliseconds even on a busy machine. */
export const IN_PROCESS_MAX_BYTES = 32 * 1024;
/** Workers idle this long are stopped; the next large file starts one again. */
const IDLE_MS = 30_000;

export class ReportFileParser {
  private pool: ParseWorkerPool | undefined;

  /** `workers`: the most worker threads to use (default one per core); 0 parses everything in-process. */
  constructor(private readonly workers?: number) {}

  async parse(file: FileBytes): Promise<ParseResult> {
    if (this.workers === 0 || file.bytes.length <= IN_PROCESS_MAX_BYTES) return parseInProcess(file.bytes, file.name);
    this.pool ??= new ParseWorkerPool(this.workers ?? defaultPoolSize(), IDLE_MS);
    const pool = this.pool;
    try {
      return (await pool.parse([file]))[0] as ParseResult;
    } catch (error) {
      if (!(error instanceof PoolBrokenError)) throw error;
      // Not retried in-process: what broke a worker would stall or crash the bot. The next file gets a new pool.
      if (this.pool === pool) this.pool = undefined;
      void pool.close();
      return { ok: false, error: { file: file.name, reason: `could not be parsed (${error.message})` } };
    }
  }

  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = undefined;
  }
}
