// The link to the Redis that replicas share (REDIS_URL). Redis is optional and may go away: every
// use goes through `use`, which falls back to this process's own state while Redis cannot answer,
// so a question is never dropped or held up for it. Going down and coming back are logged once
// each, and /healthz says which it is; a command that timed out while Redis still answered is
// counted there and said at most once a minute.

import type { Logger } from '@slack/bolt';
import { Redis } from 'ioredis';

export interface RedisHealth {
  status: 'ok' | 'unreachable';
  /** REDIS_URL without its password. */
  url: string;
  /** While unreachable: since when, ISO 8601. */
  since?: string;
  /** While unreachable: the last error. */
  error?: string;
  /**
   * Commands that timed out while Redis still answered the PING after them, since start: this
   * replica's own event dedupe, question limits and feedback file answered each instead.
   */
  timedOutWhileUp: number;
}

export interface RedisConnectionOptions {
  /** How long the start waits for a first connection before going on without Redis. */
  connectWaitMs?: number;
  /** A command that takes longer fails, and the in-process state answers instead. */
  commandTimeoutMs?: number;
  /** Longest pause between reconnection attempts. */
  maxReconnectDelayMs?: number;
}

/** ioredis's error for a command not answered within commandTimeout (its Command.js; the version is pinned). */
const TIMED_OUT = 'Command timed out';
/** Timed-out commands Redis was up for are said at most this often: each is a question, a held bot has many. */
const SAY_TIMED_OUT_EVERY_MS = 60_000;

/** Every key the bot writes starts with this, so it can share a Redis (or a database of it) with others. */
export const KEY_PREFIX = 'report-bot:';

export class RedisConnection {
  readonly client: Redis;
  readonly url: string;
  private downSince: Date | null = null;
  private lastError = '';
  private closing = false;
  /** The PING asking whether Redis answers, after a command timed out (askAfterTimeout). */
  private asking: Promise<void> | null = null;
  /** Commands that timed out since that PING was sent; counted once it is answered. */
  private timedOutAsking = 0;
  private timedOutWhileUp = 0;
  /** Of those, the ones not said yet, and when they last were (timedOutAnswered). */
  private timedOutUnsaid = 0;
  private timedOutSaidAt = -Infinity;

  private constructor(
    redisUrl: string,
    private readonly logger: Logger,
    options: RedisConnectionOptions,
  ) {
    this.url = withoutPassword(redisUrl);
    const maxDelay = options.maxReconnectDelayMs ?? 2000;
    this.client = new Redis(redisUrl, {
      keyPrefix: KEY_PREFIX,
      // Fail at once while disconnected, instead of queueing: the caller falls back.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: options.commandTimeoutMs ?? 1000,
      connectTimeout: 2000,
      // Reconnect for as long as the bot runs; it comes back whenever Redis does.
      retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 10), maxDelay),
      lazyConnect: true,
    });
    this.client.on('ready', () => this.up());
    this.client.on('error', (error: Error) => this.down(error.message));
    this.client.on('close', () => this.down(this.lastError || 'connection closed'));
  }

  /** Connects, waiting a moment for Redis; if it is not there, says so and goes on without it. */
  static async open(redisUrl: string, logger: Logger, options: RedisConnectionOptions = {}): Promise<RedisConnection> {
    const connection = new RedisConnection(redisUrl, logger, options);
    const waitMs = options.connectWaitMs ?? 3000;
    const connected = connection.client.connect().then(
      () => true,
      () => false,
    );
    const ready = await Promise.race([connected, new Promise<false>((resolve) => setTimeout(() => resolve(false), waitMs).unref())]);
    if (ready) logger.info(`Redis at ${connection.url}: event dedupe, question limits and feedback votes are shared`);
    else connection.down(connection.lastError || `no answer within ${waitMs} ms`);
    return connection;
  }

  get isUp(): boolean {
    return this.client.status === 'ready' && this.downSince === null;
  }

  health(): RedisHealth {
    const timedOutWhileUp = this.timedOutWhileUp;
    if (this.isUp) return { status: 'ok', url: this.url, timedOutWhileUp };
    return { status: 'unreachable', url: this.url, since: (this.downSince ?? new Date()).toISOString(), error: this.lastError, timedOutWhileUp };
  }

  /** Runs `shared` against Redis; while Redis is down or when it fails, `local` answers instead. */
  async use<T>(shared: (client: Redis) => Promise<T>, local: () => T | Promise<T>): Promise<T> {
    if (this.client.status !== 'ready') {
      this.down(this.lastError || `not connected (${this.client.status})`);
      return local();
    }
    try {
      const result = await shared(this.client);
      if (this.downSince !== null) this.up(); // it failed a command before, and answers again
      return result;
    } catch (error) {
      const reason = (error as Error).message;
      if (reason === TIMED_OUT) this.askAfterTimeout(reason);
      else this.down(reason);
      return local();
    }
  }

  /**
   * A command that timed out says Redis is down only when a PING gets no answer either: the
   * timeout is a timer of this process, and one whose event loop was held past it (a long step,
   * a starved machine) finds its timer due before it reads the reply that came meanwhile. It
   * said "Redis unreachable", then "back after 0 s", of a Redis that had answered. Answered, the
   * command is still one this replica's own state answered (a vote it keeps in its file while the
   * script may have run in Redis too): counted and said (timedOutAnswered).
   */
  private askAfterTimeout(reason: string): void {
    if (this.downSince !== null) {
      this.down(reason);
      return;
    }
    this.timedOutAsking++;
    if (this.asking !== null) return;
    // `asking` is let go first thing in each branch: a command timing out after is asked of again.
    this.asking = this.client.ping().then(
      () => {
        this.asking = null;
        this.timedOutAnswered();
      },
      (error: Error) => {
        this.asking = null;
        this.timedOutAsking = 0;
        this.down(`${reason}; then ${error.message}`);
      },
    );
  }

  /** Redis answered the PING after commands timed out: they are counted, and said at most once a minute. */
  private timedOutAnswered(): void {
    const count = this.timedOutAsking;
    this.timedOutAsking = 0;
    this.timedOutWhileUp += count;
    this.timedOutUnsaid += count;
    if (this.closing || Date.now() - this.timedOutSaidAt < SAY_TIMED_OUT_EVERY_MS) return;
    this.logger.warn(
      `Redis at ${this.url} answers, but ${this.timedOutUnsaid} command(s) timed out (${this.timedOutWhileUp} since start, /healthz timedOutWhileUp): ` +
        "this replica's own event dedupe, question limits and feedback file answered them (said at most once a minute)",
    );
    this.timedOutUnsaid = 0;
    this.timedOutSaidAt = Date.now();
  }

  async close(): Promise<void> {
    this.closing = true;
    // QUIT lets Redis finish what was sent; a Redis that does not answer is simply dropped.
    await Promise.race([this.client.quit().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 500).unref())]);
    this.client.disconnect();
  }

  private down(reason: string): void {
    this.lastError = reason;
    if (this.closing || this.downSince !== null) return;
    this.downSince = new Date();
    this.logger.warn(
      `Redis unreachable at ${this.url} (${reason}): each replica uses its own event dedupe, question limits and feedback file ` +
        'until it is back; questions are still answered. Reconnecting.',
    );
  }

  private up(): void {
    if (this.downSince === null) return;
    this.logger.info(`Redis at ${this.url} is back after ${Math.round((Date.now() - this.downSince.getTime()) / 1000)} s: state is shared again`);
    this.downSince = null;
    this.lastError = '';
  }
}

/** The URL as it may be logged and shown: the password replaced. */
export function withoutPassword(redisUrl: string): string {
  try {
    const url = new URL(redisUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'redis://(unreadable URL)';
  }
}
