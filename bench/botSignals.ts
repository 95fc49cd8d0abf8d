// What the benchmark's bot prints with BENCH_SIGNALS=1 (botServer.ts), read as it comes: its port,
// the end of its warm-up, each live reload, and each time its event loop was held; and when its
// /healthz first says every report is served.

import { createInterface } from 'node:readline';

/** A time the bot's event loop could run nothing else (botServer.ts). */
export interface Block {
  blockMs: number;
  /** The bot process's CPU time meanwhile, all threads. */
  cpuMs: number;
  /** When it ended (Date.now()). */
  at: number;
}

/** What the bot prints (botServer.ts with BENCH_SIGNALS=1), as it comes. */
export function botSignals(stdout: NodeJS.ReadableStream): {
  port: Promise<number>;
  warm: Promise<void>;
  blocks: Block[];
  nextReload: () => Promise<number>;
} {
  const blocks: Block[] = [];
  let onPort: (port: number) => void = () => {};
  let onWarm: () => void = () => {};
  let failed: (error: Error) => void = () => {};
  const port = new Promise<number>((resolve, reject) => {
    onPort = resolve;
    failed = reject;
  });
  const warm = new Promise<void>((resolve) => {
    onWarm = resolve;
  });
  let reloadWaiters: ((at: number) => void)[] = [];
  void (async () => {
    for await (const line of createInterface({ input: stdout })) {
      const signal = JSON.parse(line) as { port?: number; warm?: number; reloaded?: number; blockMs?: number; cpuMs?: number; at?: number };
      if (typeof signal.port === 'number') onPort(signal.port);
      else if (signal.warm !== undefined) onWarm();
      else if (signal.reloaded !== undefined) {
        const waiters = reloadWaiters;
        reloadWaiters = [];
        for (const waiter of waiters) waiter(signal.reloaded);
      } else if (signal.blockMs !== undefined && signal.at !== undefined) blocks.push({ blockMs: signal.blockMs, cpuMs: signal.cpuMs ?? Number.NaN, at: signal.at });
    }
    failed(new Error('the bot exited before it listened'));
  })();
  return {
    port,
    warm,
    blocks,
    nextReload: () =>
      new Promise<number>((resolve) => {
        reloadWaiters.push(resolve);
      }),
  };
}

export async function untilLoaded(healthUrl: string): Promise<void> {
  for (;;) {
    const health = (await (await fetch(healthUrl)).json()) as { status?: string };
    if (health.status === 'ok') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
