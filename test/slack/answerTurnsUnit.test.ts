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

  it('declines a new answer once the oldest waiting one has waited longer than the wait limit, and only then', async () => {
    let now = 1_000;
    const turns = new AnswerTurns({ maxWaitMs: 5_000, now: () => now });
    const waiting = [turns.next()];
    now += 2_000;
    waiting.push(turns.next());
    now += 3_000; // the oldest has waited 5 s, the limit: one more may still join
    waiting.push(turns.next());
    now += 1;
    const declined = turns.next();
    await expect(declined).rejects.toBeInstanceOf(Busy);
    await expect(declined).rejects.toMatchObject({ waiting: 3, oldestWaitMs: 5_001, message: '3 answers are already waiting for their turn, the oldest for 5.0 s' });
    await Promise.all(waiting);
    // Once they have had their turns, nothing waits: a new answer joins at once.
    await turns.next();
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
