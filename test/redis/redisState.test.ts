// The Redis-backed stores against a real redis-server: what each replica sees of the others'
// claims and counts, what a failed or abandoned handling leaves, and a Redis that is not there
// when the bot starts.

import type { AnyMiddlewareArgs } from '@slack/bolt';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/limits/rateLimiter.js';
import { RedisConnection } from '../../src/redis/redisConnection.js';
import { RedisRateLimiter } from '../../src/redis/redisRateLimiter.js';
import { RedisSeenEvents } from '../../src/redis/redisSeenEvents.js';
import { SeenEvents, skipRepeatedEvents } from '../../src/slack/seenEvents.js';
import { ask, type LiveBot, startLiveBot } from '../operations/support/liveBot.js';
import { RecordingLogger } from '../slack/support/recordingLogger.js';
import { eventually } from '../support/eventually.js';
import { RedisServer } from '../support/redisServer.js';

let redis: RedisServer;
let connections: RedisConnection[] = [];
let logger: RecordingLogger;

beforeAll(async () => {
  redis = await RedisServer.start();
});
afterAll(() => redis?.stop());
afterEach(async () => {
  for (const connection of connections) await connection.close();
  connections = [];
});

async function connect(url = redis.url): Promise<RedisConnection> {
  logger = new RecordingLogger();
  const connection = await RedisConnection.open(url, logger, { connectWaitMs: 1000 });
  connections.push(connection);
  return connection;
}

/** A replica's dedupe: its own process memory and the shared Redis. */
async function replicaSeenEvents(options: { handlingMs?: number } = {}): Promise<RedisSeenEvents> {
  return new RedisSeenEvents(await connect(), new SeenEvents(), options);
}

/** Runs an event through the dedupe middleware as Bolt would; `handle` is the rest of the chain. */
async function deliver(seen: RedisSeenEvents, eventId: string, handle: () => Promise<void>): Promise<'handled' | 'skipped' | 'failed'> {
  let reached = false;
  const next = async (): Promise<void> => {
    reached = true;
    await handle();
  };
  const args = { body: { event_id: eventId }, next, logger: new RecordingLogger() } as unknown as AnyMiddlewareArgs & { next: () => Promise<void> };
  try {
    await skipRepeatedEvents(seen)(args as never);
  } catch {
    return 'failed';
  }
  return reached ? 'handled' : 'skipped';
}

let eventCount = 0;
const newEventId = (): string => `Ev${Date.now()}-${++eventCount}`;

describe('shared event dedupe', () => {
  it('lets one replica handle an event and the others skip it', async () => {
    const [one, two] = [await replicaSeenEvents(), await replicaSeenEvents()];
    const id = newEventId();
    expect(await deliver(one, id, async () => undefined)).toBe('handled');
    expect(await deliver(two, id, async () => undefined)).toBe('skipped');
    expect(await deliver(one, id, async () => undefined)).toBe('skipped');
  });

  it('gives an event up when its handling fails, so Slack’s retry is handled, here or elsewhere', async () => {
    const [one, two] = [await replicaSeenEvents(), await replicaSeenEvents()];
    const id = newEventId();
    expect(await deliver(one, id, () => Promise.reject(new Error('listener blew up')))).toBe('failed');
    expect(await deliver(two, id, async () => undefined)).toBe('handled');
    const other = newEventId();
    expect(await deliver(one, other, () => Promise.reject(new Error('again')))).toBe('failed');
    expect(await deliver(one, other, async () => undefined)).toBe('handled');
  });

  it('holds an event only briefly for a replica that dies while handling it, and the full time once handled', async () => {
    const dying = await replicaSeenEvents({ handlingMs: 300 });
    const id = newEventId();
    expect(await dying.claim(id)).toBe(true); // and never handled: the replica is gone
    const survivor = await replicaSeenEvents();
    expect(await survivor.claim(id)).toBe(false);
    const redisOf = (connections.at(-1) as RedisConnection).client;
    // The claim is held for the handling time asked for, not the full time; then it is gone
    // (waited for as Redis sees it, not by sleeping past it).
    const held = await redisOf.pttl(`event:${id}`);
    expect(held).toBeGreaterThan(0);
    expect(held).toBeLessThanOrEqual(300);
    await eventually(async () => expect(await redisOf.pttl(`event:${id}`)).toBe(-2), 5000);
    expect(await deliver(survivor, id, async () => undefined)).toBe('handled');
    const ttl = await redisOf.pttl(`event:${id}`);
    expect(ttl).toBeGreaterThan(9 * 60_000);
  });
});

describe('shared question limit', () => {
  it('counts one person’s questions on every replica and says when the next is allowed', async () => {
    const limit = { max: 2, windowMs: 60_000 };
    const one = new RedisRateLimiter(await connect(), limit, new RateLimiter(limit));
    const two = new RedisRateLimiter(await connect(), limit, new RateLimiter(limit));
    const user = `U${Date.now()}`;
    expect(await one.take(user, 1_000)).toEqual({ allowed: true, retryAfterMs: 0 });
    expect(await two.take(user, 21_000)).toEqual({ allowed: true, retryAfterMs: 0 });
    expect(await one.take(user, 31_000)).toEqual({ allowed: false, retryAfterMs: 30_000 });
    expect(await two.take(`${user}-other`, 31_000)).toMatchObject({ allowed: true });
    // The first question leaves the window a minute after it was asked.
    expect(await two.take(user, 61_001)).toMatchObject({ allowed: true });
  });
});

describe('Redis not there when the bot starts', () => {
  let h: LiveBot | undefined;
  let late: RedisServer | undefined;
  afterEach(async () => {
    await h?.stop();
    await late?.stop();
    h = undefined;
    late = undefined;
  });

  it('says so at start and in /healthz, answers anyway, and shares once Redis comes', async () => {
    late = await RedisServer.notStarted(['--requirepass', 's3cret-redis-password']);
    const port = late.port;
    const url = `redis://:s3cret-redis-password@127.0.0.1:${port}`;
    h = await startLiveBot({ config: { redisUrl: url, rateLimitPerMinute: 5 } });
    const bot = h;
    const warning = bot.logLines.find((line) => line.includes('Redis unreachable'));
    expect(warning).toContain(`Redis unreachable at redis://:***@127.0.0.1:${port}`);
    expect(bot.logLines.join('')).not.toContain('s3cret-redis-password');
    const health = async (): Promise<{ redis: { status: string; url: string } }> => (await fetch(`${bot.url}/healthz`)).json() as never;
    expect(await health()).toMatchObject({ redis: { status: 'unreachable', url: `redis://:***@127.0.0.1:${port}` } });
    expect(await ask(bot, 'valid minimal claim', 'U0000EARLY')).not.toContain('Sorry');

    await late.restart();
    await eventually(async () => expect(await health()).toMatchObject({ redis: { status: 'ok' } }), 10_000);
    expect(bot.logLines.some((line) => line.includes('is back after'))).toBe(true);
  });
});
