import { describe, expect, it } from 'vitest';
import { BUSY, doOrApologize } from '../../src/slack/apologize.js';
import { AnswerTurns, Busy } from '../../src/slack/answerTurns.js';
import { RecordingLogger } from './support/recordingLogger.js';

describe('AnswerTurns', () => {
  it('lets answers go one at a time, in order, and declines one past the count (the ceiling)', async () => {
    const turns = new AnswerTurns({ maxWaiting: 3 });
    const order: number[] = [];
    const waiting = [1, 2, 3].map((n) => turns.next().then(() => order.push(n)));
    await expect(turns.next()).rejects.toBeInstanceOf(Busy);
    await Promise.all(waiting);
    expect(order).toEqual([1, 2, 3]);
    await turns.next();
  });

  it('declines a new answer once those waiting would take longer than the wait limit at the recent pace of turns, and only then', async () => {
    let now = 1_000;
    const turns = new AnswerTurns({ maxWaitMs: 5_000, now: () => now });
    expect(turns.expectedWaitMs()).toBe(0);
    // Three answers back to back, each taking 1 s by the queue's clock: a pace of 1 s a turn.
    await Promise.all([1, 2, 3].map(() => turns.next().then(() => (now += 1_000))));
    // Turns each after a minute idle: those gaps are no turn's time.
    for (let i = 0; i < 3; i++) {
      now += 60_000;
      await turns.next();
    }
    const waiting = [1, 2, 3, 4, 5].map(() => turns.next());
    // Five wait: the next would wait 5 s, the limit, and may still join; one more would wait 6 s.
    expect(turns.expectedWaitMs()).toBe(5_000);
    waiting.push(turns.next());
    const declined = turns.next();
    await expect(declined).rejects.toBeInstanceOf(Busy);
    await expect(declined).rejects.toMatchObject({ waiting: 6, expectedWaitMs: 6_000, message: '6 answers are already waiting for their turn, about 6.0 s of turns at the recent pace' });
    await Promise.all(waiting);
    // Once they have had their turns, nothing waits: a new answer joins at once.
    expect(turns.expectedWaitMs()).toBe(0);
    await turns.next();
  });

  it('keeps the pace of the recent turns: one long turn does not make it, the last 32 turns replace older ones', async () => {
    let now = 0;
    const turns = new AnswerTurns({ maxWaitMs: 5_000, now: () => now });
    const taking = (ms: number): Promise<unknown> => turns.next().then(() => (now += ms));
    // One turn of 30 s among turns of 10 ms: the pace stays 10 ms.
    await Promise.all([10, 10, 10, 30_000, 10, 10, 10].map(taking));
    const behind = Array.from({ length: 400 }, () => turns.next());
    expect(turns.expectedWaitMs()).toBe(4_000);
    await Promise.all(behind);
    // 32 turns of 200 ms back to back: the pace is theirs.
    await Promise.all(Array.from({ length: 33 }, () => taking(200)));
    const queued = Array.from({ length: 25 }, () => turns.next());
    expect(turns.expectedWaitMs()).toBe(5_000);
    queued.push(turns.next());
    await expect(turns.next()).rejects.toMatchObject({ waiting: 26, expectedWaitMs: 5_200 });
    await Promise.all(queued);
  });

  it('lets I/O that is ready run between two answers', async () => {
    const turns = new AnswerTurns();
    const events: string[] = [];
    const first = turns.next().then(() => {
      events.push('answer 1');
      // Ready at once: handled in the loop's next pass, before the next answer's turn.
      setTimeout(() => events.push('timer'), 0);
      const until = Date.now() + 5;
      while (Date.now() < until);
    });
    const second = turns.next().then(() => events.push('answer 2'));
    await Promise.all([first, second]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(events).toEqual(['answer 1', 'timer', 'answer 2']);
  });
});

describe('doOrApologize when too many answers wait', () => {
  it('tells each question past the limit that the bot is busy, and logs one line for the lot', async () => {
    const turns = new AnswerTurns({ maxWaiting: 1 });
    const logger = new RecordingLogger();
    const answered: number[] = [];
    const told: string[] = [];
    await Promise.all(
      [1, 2, 3, 4].map((n) =>
        doOrApologize(
          turns,
          logger,
          `answer ${n}`,
          async () => {
            answered.push(n);
          },
          async (text) => {
            told.push(text);
          },
        ),
      ),
    );
    expect(answered).toEqual([1]);
    expect(told).toEqual([BUSY, BUSY, BUSY]);
    expect(logger.at('warn')).toHaveLength(1);
    expect(logger.at('debug')).toHaveLength(3);
    expect(logger.at('error')).toEqual([]);
  });

  it('logs how many were declined since the last line, at most once every 10 s', () => {
    const turns = new AnswerTurns({ maxWaiting: 1 });
    expect([0, 1, 5_000, 9_999, 10_000, 10_001, 25_000].map((at) => turns.noteDeclined(at))).toEqual([1, 0, 0, 0, 4, 0, 2]);
  });
});
