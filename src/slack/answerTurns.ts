// Answers take their turn, one per pass of the event loop, so acknowledging a request never waits
// behind answering others. Without it, each request's answer ran straight after its ack, before the
// next request was even read: under a burst the last ack waited for every answer before it, and
// past what the machine can answer, acks (due within Slack's 3 s) fell seconds behind. With turns,
// every request that has arrived is acknowledged between two answers; answers wait in order.
// If more are waiting than the bot can answer in a few seconds, a new one is declined at once
// ("very busy") instead of joining a queue that only grows.

/** Answers that may wait for their turn; past this a new one is declined (Busy). */
export const MAX_WAITING_ANSWERS = 200;

/** Declines are logged at most once in this long: a line each would flood the log just when the bot is overloaded. */
export const DECLINE_LOG_EVERY_MS = 10_000;

export class Busy extends Error {
  constructor(readonly waiting: number) {
    super(`${waiting} answers are already waiting for their turn`);
  }
}

export class AnswerTurns {
  private readonly waiting: (() => void)[] = [];
  private scheduled = false;
  private declined = 0;
  private lastDeclineLogAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly maxWaiting = MAX_WAITING_ANSWERS) {}

  /** How many answers are waiting now. */
  get size(): number {
    return this.waiting.length;
  }

  /** When the last turn was given (Date.now()); -Infinity before the first: how long the bot has been idle. */
  lastTurnAt = Number.NEGATIVE_INFINITY;

  /** Resolves when it is this answer's turn; rejects with Busy at once when too many are waiting. */
  next(): Promise<void> {
    if (this.waiting.length >= this.maxWaiting) return Promise.reject(new Busy(this.waiting.length));
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.schedule();
    });
  }

  /**
   * Counts a declined answer. Returns how many to log now (every one since the last line), or 0
   * to stay quiet because a line was logged less than DECLINE_LOG_EVERY_MS ago.
   */
  noteDeclined(now = Date.now()): number {
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
      this.lastTurnAt = Date.now();
      // The answer runs in the microtasks right after this callback, before the next pass's I/O.
      this.waiting.shift()?.();
      if (this.waiting.length > 0) this.schedule();
    });
  }
}

/** The bot's one queue: turns are about the one event loop, whoever asks. */
export const answerTurns = new AnswerTurns();
