// Requests meant to stall or crash the bot (or that do so by accident): each is answered or
// refused, and the bot keeps acknowledging everyone else within Slack's 3 seconds.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APOLOGY } from '../../src/slack/apologize.js';
import { allText } from './support/messages.js';
import { buttonClick } from './support/signedRequests.js';
import { startBot, type RunningBot } from './support/startBot.js';

/** Slack shows an error to whoever is waiting for an ack longer than this. */
const SLACK_ACK_MS = 3000;

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot?.stop();
});

/** Sends `/reports list` as another person and returns how long its ack took. */
async function timeOthersAck(id: string): Promise<number> {
  const started = Date.now();
  const reply = await bot.sender.command('list', bot.slack.responseUrl(id), { user: 'U0000OTHER' });
  expect(reply.status).toBe(200);
  return Date.now() - started;
}

describe('a very long question', () => {
  it("(Slack's 40,000 characters) is answered, cut, and does not hold up another person's ack", async () => {
    const question = `heat pumps ${'cold climate efficiency 🇯🇵 '.repeat(1500)}`.slice(0, 40_000);
    const reply = await bot.sender.command(question, bot.slack.responseUrl('long-question'));
    expect(reply.status).toBe(200);
    expect(await timeOthersAck('long-question-other')).toBeLessThan(SLACK_ACK_MS);
    const answer = allText((await bot.slack.waitForResponse('long-question')).body);
    expect(answer).toContain('Your question was cut to its first 1000 characters.');
    await bot.slack.waitForResponse('long-question-other');
  });

  it('in a forged Show more button is refused before it is parsed: an apology, and the bot keeps serving', async () => {
    const value = JSON.stringify({ q: 'heat pumps '.repeat(10_000), o: 0 });
    const reply = await bot.sender.action(buttonClick({ action_id: 'answer_show_more', value }, bot.slack.responseUrl('forged-more')));
    expect(reply.status).toBe(200);
    expect((await bot.slack.waitForResponse('forged-more')).body.text).toBe(APOLOGY);
    expect(await timeOthersAck('forged-more-other')).toBeLessThan(SLACK_ACK_MS);
  });
});
