// Counts the requests the bot is still working on (after their ack), so that shutdown can let
// them finish before the process exits.

import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

export class InFlight {
  private count = 0;
  private waiters: (() => void)[] = [];

  get size(): number {
    return this.count;
  }

  /** Global middleware: Bolt's `next()` resolves when the listeners are done. */
  readonly middleware: Middleware<AnyMiddlewareArgs> = async ({ next }) => {
    this.count++;
    try {
      await next();
    } finally {
      this.count--;
      if (this.count === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  };

  /** Resolves true when nothing is in flight, or false when `timeoutMs` passes first. */
  drained(timeoutMs: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
