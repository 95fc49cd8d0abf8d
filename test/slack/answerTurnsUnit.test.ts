import { describe, expect, it } from 'vitest';
import { AnswerTurns, Busy } from '../../src/slack/answerTurns.js';

describe('AnswerTurns', () => {
  it('lets answers go one at a time, in order, and declines one past the limit', async () => {
    const turns = new AnswerTurns(3);
    const order: number[] = [];
    const waiting = [1, 2, 3].map((n) => turns.next().then(() => order.push(n)));
    await expect(turns.next()).rejects.toBeInstanceOf(Busy);
    await Promise.all(waiting);
    expect(order).toEqual([1, 2, 3]);
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
