// What the bot remembers between requests, beyond the reports: which events it has handled, how
// many questions each person asked, and the 👍/👎 votes. With REDIS_URL, replicas share them through
// Redis (each falling back to its own while Redis is down); without, each process keeps its own,
// as a single bot always did.

import type { Logger } from '@slack/bolt';
import type { Config } from '../config.js';
import { RateLimiter, type RateLimitStore } from '../limits/rateLimiter.js';
import { FeedbackFile } from '../feedback/feedbackFile.js';
import type { FeedbackStore } from '../feedback/votes.js';
import { SeenEvents, type SeenEventStore } from '../slack/seenEvents.js';
import type { RedisHealth } from './redisConnection.js';
import { RedisFeedbackStore } from './redisFeedbackStore.js';
import { RedisRateLimiter } from './redisRateLimiter.js';
import { RedisSeenEvents } from './redisSeenEvents.js';

export interface BotState {
  seenEvents: SeenEventStore;
  /** Absent when questions are not limited. */
  rateLimiter?: RateLimitStore;
  feedbackLog: FeedbackStore;
  /** For /healthz: `redis` when REDIS_URL is set. */
  health(): { redis?: RedisHealth };
  /** Writes out pending votes and lets Redis go. */
  close(): Promise<void>;
}

const QUESTIONS_PER = 60_000;

export async function openBotState(config: Config, logger: Logger): Promise<BotState> {
  const seenEvents = new SeenEvents();
  const limit = { max: config.rateLimitPerMinute, windowMs: QUESTIONS_PER };
  const rateLimiter = config.rateLimitPerMinute > 0 ? new RateLimiter(limit) : undefined;
  const feedbackFile = new FeedbackFile(config.feedbackLog);
  if (config.redisUrl === undefined) {
    return {
      seenEvents,
      ...(rateLimiter ? { rateLimiter } : {}),
      feedbackLog: feedbackFile,
      health: () => ({}),
      close: () => feedbackFile.flush(),
    };
  }
  // ioredis is loaded only for a bot that uses Redis: its modules were a good part of every start's module loading.
  const { RedisConnection } = await import('./redisConnection.js');
  const redis = await RedisConnection.open(config.redisUrl, logger);
  const feedbackLog = new RedisFeedbackStore(redis, feedbackFile);
  return {
    seenEvents: new RedisSeenEvents(redis, seenEvents),
    ...(rateLimiter ? { rateLimiter: new RedisRateLimiter(redis, limit, rateLimiter) } : {}),
    feedbackLog,
    health: () => ({ redis: redis.health() }),
    close: async () => {
      await feedbackLog.flush();
      await redis.close();
    },
  };
}
