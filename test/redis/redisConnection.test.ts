// The link to Redis against a real redis-server: what it says of Redis, and when.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RedisConnection } from '../../src/redis/redisConnection.js';
import { RecordingLogger } from '../slack/support/recordingLogger.js';
import { eventually } from '../support/eventually.js';
import { RedisServer } from '../support/redisServer.js';

let redis: RedisServer;
let connection: RedisConnection | undefined;

beforeAll(async () => {
  redis = await RedisServer.start();
});
afterAll(() => redis?.stop());
afterEach(async () => {
  await connection?.close();
  connection = undefined;
});

/** Holds this process's event loop, as a long synchronous step (or a starved process) does. */
function holdEventLoop(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('the link to Redis', () => {
  it("says this replica's own state answered, not that Redis is unreachable, when its own event loop held a command past the timeout while Redis answered", async () => {
    const logger = new RecordingLogger();
    connection = await RedisConnection.open(redis.url, logger, { connectWaitMs: 1000, commandTimeoutMs: 200 });
    const link = connection;
    const heldCommand = async (): Promise<string> => {
      const answered = link.use(
        (client) => client.ping(),
        () => 'local',
      );
      holdEventLoop(400);
      return answered;
    };
    // Its timer was due first: this question is answered by the process's own state.
    expect(await heldCommand()).toBe('local');
    // The next is answered by Redis, after the PING asked meanwhile.
    expect(await link.use((client) => client.ping(), () => 'local')).toBe('PONG');
    const said = [expect.stringMatching(/^Redis at redis:\/\/.* answers, but 1 command\(s\) timed out \(1 since start.*this replica's own event dedupe, question limits and feedback file answered them/)];
    await eventually(() => expect(logger.at('warn')).toEqual(said), 5_000);
    expect(link.health()).toMatchObject({ status: 'ok', timedOutWhileUp: 1 });
    // Another within the minute is counted, not said again.
    expect(await heldCommand()).toBe('local');
    await eventually(() => expect(link.health()).toMatchObject({ status: 'ok', timedOutWhileUp: 2 }), 5_000);
    expect(logger.at('warn')).toEqual(said);
  });

  it('says once that a Redis which stops answering is unreachable, and that it is back when it answers again', async () => {
    const logger = new RecordingLogger();
    connection = await RedisConnection.open(redis.url, logger, { connectWaitMs: 1000, commandTimeoutMs: 200 });
    const link = connection;
    redis.pause();
    try {
      for (let i = 0; i < 3; i++) expect(await link.use((client) => client.ping(), () => 'local')).toBe('local');
      await eventually(() => expect(link.health().status).toBe('unreachable'), 5_000);
    } finally {
      redis.resume();
    }
    expect(logger.at('warn').filter((line) => line.includes('Redis unreachable'))).toEqual([expect.stringMatching(/\(Command timed out; then Command timed out\)/)]);
    await eventually(async () => expect(await link.use((client) => client.ping(), () => 'local')).toBe('PONG'), 5_000);
    expect(link.health().status).toBe('ok');
    expect(logger.at('info').some((line) => line.includes('is back after'))).toBe(true);
    // Its timed-out commands were not answered by a Redis that was up.
    expect(link.health().timedOutWhileUp).toBe(0);
  });
});
