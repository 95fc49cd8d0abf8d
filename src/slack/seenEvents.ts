// Answers each Slack event once. Slack retries an event it thinks failed (x-slack-retry-num over
// HTTP, retry_attempt over Socket Mode) with the same event_id, for up to about 5 minutes.

import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';

export interface SeenEventsOptions {
  /** How long an id is remembered; Slack retries for about 5 minutes, so keep it longer. */
  keepMs?: number;
  /** Most ids remembered at once, so memory stays bounded under a flood; the oldest go first. */
  maxIds?: number;
  now?: () => number;
}

/**
 * Which events are being or have been handled: in this process (SeenEvents), or shared by replicas
 * (redis/redisSeenEvents.ts), so a retry that reaches another replica is not answered again.
 */
export interface SeenEventStore {
  /** True the first time an id is claimed (within the time ids are kept), false for a repeat. */
  claim(id: string): boolean | Promise<boolean>;
  /** The event was handled: keep its id for the full time. */
  handled(id: string): void | Promise<void>;
  /** Handling the event failed: forget its id, so that Slack's retry is handled. */
  release(id: string): void | Promise<void>;
}

export class SeenEvents implements SeenEventStore {
  private readonly seenAt = new Map<string, number>();
  private readonly keepMs: number;
  private readonly maxIds: number;
  private readonly now: () => number;

  constructor({ keepMs = 10 * 60_000, maxIds = 10_000, now = Date.now }: SeenEventsOptions = {}) {
    this.keepMs = keepMs;
    this.maxIds = maxIds;
    this.now = now;
  }

  /** True the first time an id is seen (within keepMs), false for a repeat. */
  firstSighting(id: string): boolean {
    const now = this.now();
    this.forgetOlderThan(now - this.keepMs);
    if (this.seenAt.has(id)) return false;
    this.seenAt.set(id, now);
    if (this.seenAt.size > this.maxIds) this.seenAt.delete(this.seenAt.keys().next().value as string);
    return true;
  }

  claim(id: string): boolean {
    return this.firstSighting(id);
  }

  /** Whether an id was seen (within keepMs), without counting this as a sighting. */
  has(id: string): boolean {
    this.forgetOlderThan(this.now() - this.keepMs);
    return this.seenAt.has(id);
  }

  handled(): void {}

  release(id: string): void {
    this.seenAt.delete(id);
  }

  get size(): number {
    return this.seenAt.size;
  }

  // Ids are inserted in time order, so the oldest are first.
  private forgetOlderThan(cutoff: number): void {
    for (const [id, at] of this.seenAt) {
      if (at > cutoff) break;
      this.seenAt.delete(id);
    }
  }
}

/** Global middleware: an event whose event_id was already handled (or is being handled) goes no further. */
export function skipRepeatedEvents(seen: SeenEventStore): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next, logger }) => {
    const eventId = 'event_id' in body && typeof body.event_id === 'string' ? body.event_id : undefined;
    if (eventId === undefined) return next();
    if (!(await seen.claim(eventId))) {
      logger.info(`Skipped event ${eventId}: already handled (a retry from Slack)`);
      return;
    }
    try {
      await next();
    } catch (error) {
      await seen.release(eventId);
      throw error;
    }
    await seen.handled(eventId);
  };
}
