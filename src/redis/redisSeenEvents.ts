// Event dedupe shared by replicas: the first replica to claim an event_id (SET NX) handles it, and a
// retry that Slack sends to another replica is skipped. A claim is short while the event is being
// handled, so a replica that dies mid-way does not hold it for long, and is kept for the full time
// once it is handled; a failed handling gives it up, so Slack's retry is answered.

import { randomUUID } from 'node:crypto';
import type { SeenEventStore, SeenEvents } from '../slack/seenEvents.js';
import type { RedisConnection } from './redisConnection.js';

export interface RedisSeenEventsOptions {
  /** How long a handled id is kept; Slack retries for about 5 minutes. */
  keepMs?: number;
  /** How long a claim lasts while its event is being handled. */
  handlingMs?: number;
}

// Deletes the key only if this replica still holds it.
const RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";

export class RedisSeenEvents implements SeenEventStore {
  // Each claim's token, so a replica only extends or releases its own.
  private readonly tokens = new Map<string, string>();
  private readonly keepMs: number;
  private readonly handlingMs: number;

  /** `local` answers while Redis is down, and catches repeats within this replica always. */
  constructor(
    private readonly redis: RedisConnection,
    private readonly local: SeenEvents,
    { keepMs = 10 * 60_000, handlingMs = 30_000 }: RedisSeenEventsOptions = {},
  ) {
    this.keepMs = keepMs;
    this.handlingMs = handlingMs;
  }

  async claim(id: string): Promise<boolean> {
    if (this.local.has(id)) return false;
    const token = randomUUID();
    const claimed = await this.redis.use(
      async (client) => ((await client.set(key(id), token, 'PX', this.handlingMs, 'NX')) === 'OK' ? 'shared' : 'taken'),
      () => 'local' as const,
    );
    if (claimed === 'taken') return false; // another replica has it; if it gives it up, a retry here may claim it
    // Two deliveries of one event to this replica at once: the local record settles it.
    if (!this.local.claim(id)) return false;
    if (claimed === 'shared') this.tokens.set(id, token);
    return true;
  }

  async handled(id: string): Promise<void> {
    const token = this.tokens.get(id);
    this.tokens.delete(id);
    if (token === undefined) return;
    await this.redis.use(
      async (client) => void (await client.set(key(id), token, 'PX', this.keepMs, 'XX')),
      () => undefined,
    );
  }

  async release(id: string): Promise<void> {
    this.local.release(id);
    const token = this.tokens.get(id);
    this.tokens.delete(id);
    if (token === undefined) return;
    await this.redis.use(
      async (client) => void (await client.eval(RELEASE, 1, key(id), token)),
      () => undefined,
    );
  }
}

function key(id: string): string {
  return `event:${id}`;
}
