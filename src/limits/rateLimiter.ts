// How many questions one person may ask per window (a sliding window per key). Keeps one busy
// user or a runaway script from starving everyone else. Time is passed in, so it is testable.

export interface RateLimit {
  /** Questions allowed per window. */
  max: number;
  windowMs: number;
}

export interface RateDecision {
  allowed: boolean;
  /** When refused: how long until the next question is allowed. */
  retryAfterMs: number;
}

/**
 * Where the question counts are kept: this process (RateLimiter) or a store shared by replicas
 * (redis/redisRateLimiter.ts). Whoever asks only sees the decision.
 */
export interface RateLimitStore {
  /** Counts a question from `key` at `now` if the limit allows it. */
  take(key: string, now: number): RateDecision | Promise<RateDecision>;
}

export class RateLimiter implements RateLimitStore {
  private readonly hits = new Map<string, number[]>();

  constructor(private readonly limit: RateLimit) {}

  take(key: string, now: number): RateDecision {
    const since = now - this.limit.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (recent.length >= this.limit.max) {
      this.hits.set(key, recent);
      return { allowed: false, retryAfterMs: (recent[0] as number) + this.limit.windowMs - now };
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.forgetIdle(since);
    return { allowed: true, retryAfterMs: 0 };
  }

  /** Memory stays bounded by the people active within one window. */
  private forgetIdle(since: number): void {
    for (const [key, times] of this.hits) {
      if ((times[times.length - 1] ?? 0) <= since) this.hits.delete(key);
    }
  }
}
