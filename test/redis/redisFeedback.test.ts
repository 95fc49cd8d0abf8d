// Votes shared by replicas, against a real redis-server: one vote per person per answer whichever
// replica a click reaches, a click delivered to two replicas applied once, reasons kept with the
// 👎, and a Redis that goes away leaves the votes in the replica's file.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedbackFile } from '../../src/feedback/feedbackFile.js';
import { answerKey, type VoteClick } from '../../src/feedback/votes.js';
import { RedisConnection } from '../../src/redis/redisConnection.js';
import { RedisFeedbackStore } from '../../src/redis/redisFeedbackStore.js';
import { RecordingLogger } from '../slack/support/recordingLogger.js';
import { eventually } from '../support/eventually.js';
import { RedisServer } from '../support/redisServer.js';

let redis: RedisServer;
let dir: string;
const connections: RedisConnection[] = [];
beforeAll(async () => {
  redis = await RedisServer.start();
  dir = await mkdtemp(join(tmpdir(), 'report-bot-redis-votes-'));
});
afterAll(async () => {
  for (const connection of connections) await connection.close();
  await redis?.stop();
  await rm(dir, { recursive: true, force: true });
});

let replicas = 0;
async function replica(): Promise<{ store: RedisFeedbackStore; file: FeedbackFile }> {
  const connection = await RedisConnection.open(redis.url, new RecordingLogger(), { connectWaitMs: 1000 });
  connections.push(connection);
  const file = new FeedbackFile(join(dir, `replica-${++replicas}.jsonl`));
  return { store: new RedisFeedbackStore(connection, file), file };
}

let clicks = 0;
function click(answer: string, user: string, pressed: 'up' | 'down', clickId = `click-${++clicks}`): VoteClick {
  return { answer, user, pressed, clickId, ts: new Date(Date.UTC(2026, 0, 1, 0, 0, clicks)).toISOString(), channel: 'C1', question: 'heat pumps', claimIds: ['heat-pumps#1'] };
}

describe('votes shared through Redis', () => {
  it('are one per person per answer, whichever replica each click reaches', async () => {
    const [a, b] = [await replica(), await replica()];
    const answer = answerKey(`heat pumps ${Date.now()}`, ['heat-pumps#1']);
    expect(await a.store.click(click(answer, 'U1', 'up'))).toBe('up');
    expect(await b.store.voteOf(answer, 'U1')).toBe('up');
    expect(await b.store.click(click(answer, 'U1', 'down'))).toBe('down');
    expect(await a.store.click(click(answer, 'U1', 'down'))).toBeNull();
    expect(await b.store.click(click(answer, 'U1', 'up'))).toBe('up');
    const mine = (await a.store.records()).filter((r) => r.answer === answer);
    expect(mine.map((r) => [r.user, r.vote])).toEqual([['U1', 'up']]);
    // Nothing went to the replicas' own files.
    expect(await a.file.records()).toEqual([]);
    expect(await b.file.records()).toEqual([]);
  });

  it('apply a click delivered to two replicas once', async () => {
    const [a, b] = [await replica(), await replica()];
    const answer = answerKey(`retried ${Date.now()}`, ['heat-pumps#1']);
    const once = click(answer, 'U2', 'up');
    expect(await a.store.click(once)).toBe('up');
    expect(await b.store.click(once)).toBe('up');
    expect(await b.store.voteOf(answer, 'U2')).toBe('up');
  });

  it('keep a reason with a 👎, and drop it when the vote changes', async () => {
    const [a, b] = [await replica(), await replica()];
    const answer = answerKey(`why ${Date.now()}`, ['heat-pumps#1']);
    expect(await a.store.explain(answer, 'U3', { kind: 'other' })).toBe(false);
    await a.store.click(click(answer, 'U3', 'down'));
    expect(await b.store.explain(answer, 'U3', { kind: 'wrong-claim', text: 'misquoted' })).toBe(true);
    expect((await a.store.records()).find((r) => r.answer === answer)?.reason).toEqual({ kind: 'wrong-claim', text: 'misquoted' });
    await b.store.click(click(answer, 'U3', 'up'));
    expect((await a.store.records()).find((r) => r.answer === answer)).not.toHaveProperty('reason');
  });

  it('go to the replica\'s own file while Redis is down, and are still counted once it is back', async () => {
    const a = await replica();
    const answer = answerKey(`down ${Date.now()}`, ['heat-pumps#1']);
    await redis.stop();
    try {
      expect(await a.store.click(click(answer, 'U4', 'up'))).toBe('up');
      expect((await a.file.records()).map((r) => [r.answer, r.vote])).toEqual([[answer, 'up']]);
    } finally {
      await redis.restart();
    }
    // Read once the replica is connected again (its reconnection backs off, so no fixed wait is
    // sure to outlast it), so that the vote is counted with Redis up, not from the file alone.
    const connection = connections.at(-1) as RedisConnection;
    await eventually(() => expect(connection.isUp).toBe(true), 10_000);
    expect((await a.store.records()).filter((r) => r.answer === answer).map((r) => r.vote)).toEqual(['up']);
  });
});
