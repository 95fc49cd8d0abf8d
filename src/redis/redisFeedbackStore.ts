// 👍/👎 votes shared by every replica: one hash field per person per answer (report-bot:votes), why
// a 👎 was cast beside it (report-bot:vote-reasons), and the last click applied
// (report-bot:vote-clicks), so a click delivered twice, to one replica or two, counts once. Each
// change is one Lua script: two replicas cannot both read a vote and both change it. While Redis
// is down, votes go to this replica's feedback file instead, so none is lost.

import type { FeedbackFile } from '../feedback/feedbackFile.js';
import { type FeedbackReason, type FeedbackRecord, type FeedbackStore, parseReason, parseRecord, recordOf, type Vote, type VoteClick } from '../feedback/votes.js';
import type { RedisConnection } from './redisConnection.js';

export const VOTES_KEY = 'votes';
export const REASONS_KEY = 'vote-reasons';
export const CLICKS_KEY = 'vote-clicks';

// KEYS: votes, reasons, clicks; ARGV: field, pressed vote, click id, the record if the vote is set.
// Returns the vote now recorded, '' for none.
const CLICK = `
local field, pressed, click = ARGV[1], ARGV[2], ARGV[3]
local current = redis.call('HGET', KEYS[1], field)
local recorded = current and cjson.decode(current)['vote'] or ''
if redis.call('HGET', KEYS[3], field) == click then return recorded end
redis.call('HSET', KEYS[3], field, click)
redis.call('HDEL', KEYS[2], field)
if recorded == pressed then
  redis.call('HDEL', KEYS[1], field)
  return ''
end
redis.call('HSET', KEYS[1], field, ARGV[4])
return pressed`;

// KEYS: votes, reasons; ARGV: field, reason. Returns 1 when the person's vote is a 👎 (reason kept).
const EXPLAIN = `
local current = redis.call('HGET', KEYS[1], ARGV[1])
if not current or cjson.decode(current)['vote'] ~= 'down' then return 0 end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
return 1`;

export class RedisFeedbackStore implements FeedbackStore {
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly redis: RedisConnection,
    private readonly file: FeedbackFile,
  ) {}

  click(click: VoteClick): Promise<Vote | null> {
    return this.track(
      this.redis.use(
        async (client) => {
          const field = fieldOf(click.answer, click.user);
          const record = JSON.stringify(recordOf(click, click.pressed));
          const vote = (await client.eval(CLICK, 3, VOTES_KEY, REASONS_KEY, CLICKS_KEY, field, click.pressed, click.clickId, record)) as string;
          return vote === 'up' || vote === 'down' ? vote : null;
        },
        () => this.file.click(click),
      ),
    );
  }

  voteOf(answer: string, user: string): Promise<Vote | null> {
    return this.redis.use(
      async (client) => {
        const stored = await client.hget(VOTES_KEY, fieldOf(answer, user));
        return stored === null ? null : (parseRecord(parseJson(stored))?.vote ?? null);
      },
      () => this.file.voteOf(answer, user),
    );
  }

  explain(answer: string, user: string, reason: FeedbackReason): Promise<boolean> {
    return this.track(
      this.redis.use(
        async (client) => (await client.eval(EXPLAIN, 2, VOTES_KEY, REASONS_KEY, fieldOf(answer, user), JSON.stringify(reason))) === 1,
        () => this.file.explain(answer, user, reason),
      ),
    );
  }

  /** The shared votes and, for any cast while Redis was down, this replica's file. */
  async records(): Promise<FeedbackRecord[]> {
    const shared = await this.redis.use(
      async (client) => {
        const [votes, reasons] = await Promise.all([client.hgetall(VOTES_KEY), client.hgetall(REASONS_KEY)]);
        return Object.entries(votes).flatMap(([field, stored]) => {
          const record = parseRecord(parseJson(stored));
          if (!record) return [];
          const reason = parseReason(parseJson(reasons[field]));
          return [reason ? { ...record, reason } : record];
        });
      },
      () => [] as FeedbackRecord[],
    );
    return mergeRecords(shared, await this.file.records());
  }

  async flush(): Promise<void> {
    await Promise.allSettled([...this.pending]);
    await this.file.flush();
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work)).catch(() => undefined);
    return work;
  }
}

/** Votes from several places, one per person per answer: the most recent wins. */
export function mergeRecords(...lists: FeedbackRecord[][]): FeedbackRecord[] {
  const merged = new Map<string, FeedbackRecord>();
  for (const record of lists.flat()) {
    const key = fieldOf(record.answer, record.user);
    const kept = merged.get(key);
    if (!kept || kept.ts < record.ts) merged.set(key, record);
  }
  return [...merged.values()];
}

function fieldOf(answer: string, user: string): string {
  return `${answer}:${user}`;
}

function parseJson(stored: string | undefined): unknown {
  if (stored === undefined) return undefined;
  try {
    return JSON.parse(stored);
  } catch {
    return undefined;
  }
}
