// Answers take their turn, one per pass of the event loop, so acknowledging a request never waits
// behind answering others. Without it, each request's answer ran straight after its ack, before the
// next request was even read: under a burst the last ack waited for every answer before it, and
// past what the machine can answer, acks (due within Slack's 3 s) fell seconds behind. With turns,
// every request that has arrived is acknowledged between two answers; answers wait in order.
// A new answer is declined at once ("very busy") when it would wait longer than a few seconds: the
// answers ahead of it times the pace the queue has kept lately (turnPace.ts). So those answered
// wait about that long at most, however the bot's speed varies; a backlog the bot gets through in
// that time (a start's first cold seconds) is answered, however many wait in it. (By the oldest
// one's wait instead, the queue held that long's arrivals by the time it declined, and they then
// waited as long again.) The count is a ceiling on the memory they hold.

import { TurnPace } from './turnPace.js';

/** How long a new answer may be expected to wait for its turn; past this it is declined (Busy). */
export const MAX_WAIT_MS = 5_000;

/** Answers that may wait for their turn whatever their wait; past this a new one is declined (Busy). */
export const MAX_WAITING_ANSWERS = 2_000;

/** Declines are logged at most once in this long: a line each would flood the log just when the bot is overloaded. */
export const DECLINE_LOG_EVERY_MS = 10_000;

export class Busy extends Error {
  constructor(
    readonly waiting: number,
    /** How long the declined answer would have waited, in ms: those waiting times the recent pace. */
    readonly expectedWaitMs: number,
  ) {
    super(`${waiting} answers are already waiting for their turn, about ${(expectedWaitMs / 1000).toFixed(1)} s of turns at the recent pace`);
  }
}

export interface AnswerTurnsOptions {
  /** MAX_WAIT_MS when not given. */
  maxWaitMs?: number;
  /** MAX_WAITING_ANSWERS when not given. */
  maxWaiting?: number;
  /** The clock the turns' pace is read by (Date.now when not given). */
  now?: () => number;
}

export class AnswerTurns {
  private readonly waiting: (() => void)[] = [];
  private readonly pace = new TurnPace();
  /** Whether the last turn was given with answers still waiting, so the next follows it at once. */
  private backToBack = false;
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

  /** How long a new answer would wait for its turn: those waiting times the recent pace of turns. */
  expectedWaitMs(): number {
    return this.waiting.length === 0 ? 0 : this.waiting.length * this.pace.turnMs();
  }

  /**
   * Resolves when it is this answer's turn; rejects with Busy at once when it would wait longer
   * than maxWaitMs (expectedWaitMs), or maxWaiting are waiting.
   */
  next(): Promise<void> {
    const expectedWaitMs = this.expectedWaitMs();
    if (expectedWaitMs > this.maxWaitMs || this.waiting.length >= this.maxWaiting) return Promise.reject(new Busy(this.waiting.length, expectedWaitMs));
    return new Promise((resolve) => {
      this.waiting.push(resolve);
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
      const now = this.now();
      // Only a gap between turns one after another is a turn's time; another spans idle time too.
      if (this.backToBack) this.pace.add(now - this.lastTurnAt);
      this.lastTurnAt = now;
      // The answer runs in the microtasks right after this callback, before the next pass's I/O.
      this.waiting.shift()?.();
      this.backToBack = this.waiting.length > 0;
      if (this.backToBack) this.schedule();
    });
  }
}
