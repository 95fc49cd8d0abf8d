// What the benchmark's bot prints with BENCH_SIGNALS=1 (botServer.ts), read as it comes: its port,
// the end of its warm-up, each live reload, and each time its event loop was held; and when its
// /healthz first says every report is served. A line that is not one of these (a dependency's
// console.log, a debug print) is kept in `skipped`, not read. When the bot's stdout ends (it
// exited), everything still awaited fails with an error saying so, instead of waiting for ever.

import { createInterface } from 'node:readline';

/** A time the bot's event loop could run nothing else (botServer.ts). */
export interface Block {
  blockMs: number;
  /** The bot process's CPU time meanwhile, all threads. */
  cpuMs: number;
  /** When it ended (Date.now()). */
  at: number;
}

/** One line botServer.ts prints: exactly one of these fields says which signal it is. */
export interface Signal {
  port?: number;
  warm?: number;
  reloaded?: number;
  blockMs?: number;
  cpuMs?: number;
  at?: number;
}

/** A line of the bot's stdout as a signal, or null when it is not a JSON object (skipped). */
export function readSignal(line: string): Signal | null {
  if (!line.startsWith('{')) return null;
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Signal) : null;
  } catch {
    return null;
  }
}

/** What the bot prints (botServer.ts with BENCH_SIGNALS=1), as it comes. */
export function botSignals(stdout: NodeJS.ReadableStream): {
  port: Promise<number>;
  warm: Promise<void>;
  blocks: Block[];
  /** Lines that were no signal, as printed. */
  skipped: string[];
  nextReload: () => Promise<number>;
} {
  const blocks: Block[] = [];
  const skipped: string[] = [];
  const port = settable<number>();
  const warm = settable<void>();
  let reloadWaiters: ReturnType<typeof settable<number>>[] = [];
  let ended = false;
  const endedError = (awaited: string): Error => new Error(`the bot's output ended (it exited) before ${awaited}${skipped.length > 0 ? `; lines it printed that were no signal: ${skipped.slice(-5).join(' | ')}` : ''}`);
  void (async () => {
    try {
      for await (const line of createInterface({ input: stdout })) {
        const signal = readSignal(line);
        if (signal === null) skipped.push(line);
        else if (typeof signal.port === 'number') port.resolve(signal.port);
        else if (signal.warm !== undefined) warm.resolve();
        else if (typeof signal.reloaded === 'number') {
          const waiters = reloadWaiters;
          reloadWaiters = [];
          for (const waiter of waiters) waiter.resolve(signal.reloaded);
        } else if (typeof signal.blockMs === 'number' && typeof signal.at === 'number') blocks.push({ blockMs: signal.blockMs, cpuMs: signal.cpuMs ?? Number.NaN, at: signal.at });
        else skipped.push(line);
      }
    } finally {
      ended = true;
      port.reject(endedError('it listened'));
      warm.reject(endedError('its warm-up ended'));
      for (const waiter of reloadWaiters) waiter.reject(endedError('a reload it was waited for'));
      reloadWaiters = [];
    }
  })();
  return {
    port: port.promise,
    warm: warm.promise,
    blocks,
    skipped,
    nextReload: () => {
      const waiter = settable<number>();
      if (ended) waiter.reject(endedError('a reload it was waited for'));
      else reloadWaiters.push(waiter);
      return waiter.promise;
    },
  };
}

/**
 * A promise settled from outside, once (later calls do nothing). Marked handled, so one nobody
 * awaits yet (the warm-up's, when the bot exits before it listens) does not end the process as
 * an unhandled rejection; whoever awaits it later still gets the error.
 */
function settable<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve: (value: T) => void = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/** Waits until the bot's /healthz says every report is served; fails after `withinMs`. */
export async function untilLoaded(healthUrl: string, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const health = (await (await fetch(healthUrl)).json()) as { status?: string };
    if (health.status === 'ok') return;
    if (Date.now() > deadline) throw new Error(`the bot did not serve every report within ${withinMs / 1000} s (${healthUrl}: ${health.status ?? 'no status'})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `promise`, or an error saying what did not happen within `ms`. */
export async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
