// Parses report files on worker threads, so a large library parses on every core and the main
// thread stays free to index and to answer while it loads. Results are the same as in-process
// parsing (both run parseReportBytes). A worker that fails breaks the pool: the failed batch and
// every later one are rejected with PoolBrokenError, and the caller parses them in-process.

import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startWorker, workerUrl } from '../workerThread.js';
import type { ParseResult } from './model.js';
import type { ParseRequest, ParseResponse } from './parseWorker.js';

export class PoolBrokenError extends Error {}

export interface FileBytes {
  name: string;
  bytes: Uint8Array;
}

/** A batch's results in its order, and (asked for) each one's report prepared for serving beside it (null: no report), untouched here. */
export interface ParsedBatch {
  results: ParseResult[];
  prepared?: unknown[];
}

interface Task {
  request: ParseRequest;
  resolve: (parsed: ParsedBatch) => void;
  reject: (error: Error) => void;
}

/**
 * One worker per core but one, and at least one: the main thread indexes what the workers parse
 * and prepare (preparedApart.ts), and with a worker on every core it waited for one; each worker
 * also holds a WordNet reader and a V8 heap of its own, work done again per worker
 * (bench/README.md, sixty-first session).
 */
export function defaultPoolSize(cores = availableParallelism()): number {
  return Math.max(1, cores - 1);
}

export class ParseWorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();
  private readonly queue: Task[] = [];
  private started = 0;
  private nextId = 1;
  private broken: Error | undefined;
  /** Workers being stopped because they were idle: their exit is expected. */
  private readonly retiring = new Set<Worker>();
  private idleTimer: NodeJS.Timeout | undefined;

  /**
   * `idleMs`: when given, workers idle that long are stopped (and started again on the next
   * parse), so a long-lived pool holds no threads between uses.
   */
  constructor(
    readonly size = defaultPoolSize(),
    private readonly idleMs?: number,
  ) {}

  /** Worker threads running now. */
  get threads(): number {
    return this.started;
  }

  /** Parses a batch of files on the next free worker; results in the batch's order. */
  async parse(files: FileBytes[]): Promise<ParseResult[]> {
    return (await this.parseBatch(files)).results;
  }

  /**
   * parse, with each report prepared for serving on the worker too (preparedApart), its names
   * mined by WordNet's files in the folder `prepareWith` (null: without WordNet); not prepared when undefined.
   */
  parseBatch(files: FileBytes[], prepareWith?: string | null): Promise<ParsedBatch> {
    if (this.broken) return Promise.reject(this.broken);
    clearTimeout(this.idleTimer);
    return new Promise((resolve, reject) => {
      const request: ParseRequest = prepareWith === undefined ? { id: this.nextId++, files } : { id: this.nextId++, files, prepareWith };
      this.queue.push({ request, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const workers = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    this.fail(new PoolBrokenError('parse worker pool closed'));
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.broken) {
      const worker = this.idle.pop() ?? (this.started < this.size ? this.startWorker() : undefined);
      if (!worker) return;
      const task = this.queue.shift() as Task;
      this.busy.set(worker, task);
      worker.postMessage(task.request);
    }
  }

  private startWorker(): Worker {
    this.started++;
    const worker = startWorker(WORKER_URL);
    // An idle pool never keeps the process alive.
    worker.unref();
    worker.on('message', (response: ParseResponse) => {
      const task = this.busy.get(worker);
      if (!task || task.request.id !== response.id) return;
      this.busy.delete(worker);
      this.idle.push(worker);
      task.resolve(response.prepared === undefined ? { results: response.results } : { results: response.results, prepared: response.prepared });
      this.dispatch();
      this.retireWhenIdle();
    });
    worker.on('error', (error) => this.fail(new PoolBrokenError(`parse worker failed: ${error.message}`)));
    worker.on('exit', (code) => {
      if (this.retiring.delete(worker)) return;
      if (code !== 0 || this.busy.has(worker)) this.fail(new PoolBrokenError(`parse worker exited (code ${code})`));
    });
    return worker;
  }

  private retireWhenIdle(): void {
    if (this.idleMs === undefined || this.busy.size > 0 || this.queue.length > 0) return;
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      for (const worker of this.idle.splice(0)) {
        this.retiring.add(worker);
        this.started--;
        void worker.terminate();
      }
    }, this.idleMs);
    this.idleTimer.unref();
  }

  private fail(error: Error): void {
    if (!this.broken) this.broken = error;
    for (const task of [...this.busy.values(), ...this.queue]) task.reject(this.broken);
    this.busy.clear();
    this.queue.length = 0;
  }
}

const WORKER_URL = workerUrl(import.meta.url, 'parseWorker');
