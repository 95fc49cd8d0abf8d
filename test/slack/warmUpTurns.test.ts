// The bot's warm-up takes its turns in the queue the app's answers wait in (the one createApp is
// given), through the real Bolt App over HTTP on loopback. The queue's clock is held still after a
// person's answer, so by it the bot has just answered someone: the warm-up must ask nothing until
// the clock says the bot has been idle long enough. A warm-up reading any other queue goes on at once.

import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { AnswerTurns } from '../../src/slack/answerTurns.js';
import { IDLE_MS, warmUpSlackAnswers } from '../../src/slack/warmUpSlackAnswers.js';
import { eventually } from '../support/eventually.js';
import { type RunningBot, startBot } from './support/startBot.js';

let bot: RunningBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

describe("the bot's warm-up", () => {
  it("waits in the app's own queue: nothing asked while a person's answer has just been given there", async () => {
    let clock = Date.now();
    const turns = new AnswerTurns({ now: () => clock });
    bot = await startBot({ turns });
    expect((await bot.sender.command('heat pumps', bot.slack.responseUrl('person'))).status).toBe(200);
    expect((await bot.slack.waitForResponse('person')).body.text).toContain('heat pumps');

    let asked = 0;
    let stopping = false;
    // Called after each turn the warm-up takes (warmUp.ts), before it asks.
    const stopped = (): boolean => {
      if (!stopping) asked++;
      return stopping;
    };
    const warmUp = warmUpSlackAnswers(bot.library, turns, stopped);
    await sleep(IDLE_MS * 4);
    expect(asked).toBe(0);

    clock += IDLE_MS;
    await eventually(() => expect(asked).toBeGreaterThan(0));
    stopping = true;
    await warmUp;
  });
});
