// Answers take their turn, one per pass of the event loop, so acknowledging a request never waits
// behind answering others. Without it, each request's answer ran straight after its ack, before the
// next request was even read: under a burst the last ack waited for every answer before it, and
// past what the machine can answer, acks (due within Slack's 3 s) fell seconds behind. With turns,
// every request that has arrived is acknowledged between two answers; answers wait in order.
// A new answer is declined at once ("very busy") when the oldest waiting one has waited longer
// than a few seconds: the queue is then growing faster than the bot answers, and would only grow.
// A backlog that drains within that wait (a start's first cold seconds) is answered, however many
// wait in it; the count is a ceiling on the memory the waiting answers hold.

/** How long the oldest waiting answer may have waited before a new one is declined (Busy). */
export const MAX_WAIT_MS = 5_000;

/** Answers that may wait for their turn whatever their wait; past this a new one is declined (Busy). */
export const MAX_WAITING_ANSWERS = 2_000;

/** Declines are logged at most once in this long: a line each would flood the log just when the bot is overloaded. */
export const DECLINE_LOG_EVERY_MS = 10_000;

export class Busy extends Error {
  constructor(
    readonly waiting: number,
    /** How long the oldest of them had waited, in ms. */
    readonly oldestWaitMs: number,
  ) {
    super(`${waiting} answers are already waiting for their turn, the oldest for ${(oldestWaitMs / 1000).toFixed(1)} s`);
  }
}

export interface AnswerTurnsOptions {
  /** MAX_WAIT_MS when not given. */
  maxWaitMs?: number;
  /** MAX_WAITING_ANSWERS when not given. */
  maxWaiting?: number;
  /** The clock the waits are read by (Date.now when not given). */
  now?: () => number;
}

interface WaitingAnswer {
  /** When it joined the queue (now()). */
  since: number;
  go: () => void;
}

export class AnswerTurns {
  private readonly waiting: WaitingAnswer[] = [];
  private scheduled = false;
  private declined = 0;
  private lastDeclineLogAt = Number.NEGATIVE_INFINITY;
  private readonly maxWaitMs: number;
  private readonly maxWaiting: number;
  private readonly now: () => number;

  constructor({ maxWaitMs = MAX_WAIT_MS, maxWaiting = MAX_WAITING_ANSWERS, now = Date.now }: AnswerTurnsOptions = {}) {
    this.maxWaitMs = maxWaitMs;
    this.maxWaiting = maxWaiting;
    this.now = now;
  }

  /** How many answers are waiting now. */
  get size(): number {
    return this.waiting.length;
  }

  /** When the last turn was given (now()); -Infinity before the first: how long the bot has been idle. */
  lastTurnAt = Number.NEGATIVE_INFINITY;

  /** How long ago the last turn was given, by this queue's clock; Infinity before the first. */
  sinceLastTurn(): number {
    return this.now() - this.lastTurnAt;
  }

  /**
   * Resolves when it is this answer's turn; rejects with Busy at once when the oldest waiting
   * answer has waited longer than maxWaitMs, or maxWaiting are waiting.
   */
  next(): Promise<void> {
    const now = this.now();
    const oldest = this.waiting[0];
    const oldestWaitMs = oldest === undefined ? 0 : now - oldest.since;
    if (oldestWaitMs > this.maxWaitMs || this.waiting.length >= this.maxWaiting) return Promise.reject(new Busy(this.waiting.length, oldestWaitMs));
    return new Promise((resolve) => {
      this.waiting.push({ since: now, go: resolve });
      this.schedule();
    });
  }

  /**
   * Counts a declined answer. Returns how many to log now (every one since the last line), or 0
   * to stay quiet because a line was logged less than DECLINE_LOG_EVERY_MS ago.
   */
  noteDeclined(now = this.now()): number {
    this.declined++;
    if (now - this.lastDeclineLogAt < DECLINE_LOG_EVERY_MS) return 0;
    const count = this.declined;
    this.declined = 0;
    this.lastDeclineLogAt = now;
    return count;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    // setImmediate runs after the loop has handled pending I/O (new requests, their acks).
    setImmediate(() => {
      this.scheduled = false;
      this.lastTurnAt = this.now();
      // The answer runs in the microtasks right after this callback, before the next pass's I/O.
      this.waiting.shift()?.go();
      if (this.waiting.length > 0) this.schedule();
    });
  }
}
