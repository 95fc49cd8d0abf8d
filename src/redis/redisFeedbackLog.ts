// 👍/👎 votes from every replica in one list in Redis (report-bot:feedback), one JSON object per
// vote, as the feedback file has them. While Redis is down a vote goes to this replica's file
// instead, so none is lost.

import type { FeedbackEntry, FeedbackLog, FeedbackStore } from '../slack/feedbackLog.js';
import type { RedisConnection } from './redisConnection.js';

export const FEEDBACK_KEY = 'feedback';

export class RedisFeedbackLog implements FeedbackStore {
  private pending = new Set<Promise<void>>();

  constructor(
    private readonly redis: RedisConnection,
    private readonly file: FeedbackLog,
  ) {}

  append(entry: FeedbackEntry): Promise<void> {
    const stored = this.redis.use(
      async (client) => void (await client.rpush(FEEDBACK_KEY, JSON.stringify(entry))),
      () => this.file.append(entry),
    );
    this.pending.add(stored);
    void stored.finally(() => this.pending.delete(stored)).catch(() => undefined);
    return stored;
  }

  async flush(): Promise<void> {
    await Promise.allSettled([...this.pending]);
    await this.file.flush();
  }
}
