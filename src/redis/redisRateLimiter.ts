// The per-person question limit shared by replicas: a sliding window per person in a sorted set,
// checked and counted in one Lua script so two replicas cannot both let the last question through.

import { randomUUID } from 'node:crypto';
import type { RateDecision, RateLimit, RateLimiter, RateLimitStore } from '../limits/rateLimiter.js';
import type { RedisConnection } from './redisConnection.js';

// KEYS[1] the person's window; ARGV: now, window ms, max, a unique member.
// Returns {1, 0} when allowed (and counted), {0, ms until the oldest question leaves the window}.
const TAKE = `
local key, now, window, max = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
if redis.call('ZCARD', key) >= max then
  local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  return {0, tonumber(oldest[2]) + window - now}
end
redis.call('ZADD', key, now, ARGV[4])
redis.call('PEXPIRE', key, window)
return {1, 0}`;

export class RedisRateLimiter implements RateLimitStore {
  /** `local` counts while Redis is down (each replica on its own until it is back). */
  constructor(
    private readonly redis: RedisConnection,
    private readonly limit: RateLimit,
    private readonly local: RateLimiter,
  ) {}

  take(key: string, now: number): Promise<RateDecision> {
    return this.redis.use(
      async (client) => {
        const [allowed, retryAfterMs] = (await client.eval(TAKE, 1, `rate:${key}`, now, this.limit.windowMs, this.limit.max, `${now}:${randomUUID()}`)) as [number, number];
        return { allowed: allowed === 1, retryAfterMs };
      },
      () => this.local.take(key, now),
    );
  }
}
