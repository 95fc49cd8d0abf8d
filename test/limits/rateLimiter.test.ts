import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../src/limits/rateLimiter.js';

describe('RateLimiter', () => {
  it('allows max questions per window per person, then says when to come back', () => {
    const limiter = new RateLimiter({ max: 3, windowMs: 60_000 });
    expect([0, 1000, 2000].map((t) => limiter.take('U1', t).allowed)).toEqual([true, true, true]);
    expect(limiter.take('U1', 3000)).toEqual({ allowed: false, retryAfterMs: 57_000 });
    expect(limiter.take('U2', 3000).allowed).toBe(true);
    expect(limiter.take('U1', 60_001).allowed).toBe(true);
  });

  it('does not count refused questions against the person', () => {
    const limiter = new RateLimiter({ max: 1, windowMs: 1000 });
    limiter.take('U1', 0);
    for (let t = 1; t < 1000; t += 100) expect(limiter.take('U1', t).allowed).toBe(false);
    expect(limiter.take('U1', 1001).allowed).toBe(true);
  });
});
