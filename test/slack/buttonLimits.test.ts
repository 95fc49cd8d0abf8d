// Show more and Share each run the whole search again: they count against the person's question
// limit (RATE_LIMIT_PER_MINUTE) like a question, so clicking cannot do what asking may not.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allText, button } from './support/messages.js';
import { buttonClick } from './support/signedRequests.js';
import { startBot, type RunningBot } from './support/startBot.js';

const LIMITED = /You have asked a lot of questions in the last minute\. Please try again in \d+ seconds?\./;

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot({ rateLimitPerMinute: 3 });
});
afterAll(async () => {
  await bot?.stop();
});

describe('Show more and Share in channel', () => {
  it('count as questions: past the limit the person is told to wait, and nothing is searched or shared', async () => {
    await bot.sender.command('what are the risks of synthetic data?', bot.slack.responseUrl('limited-first'), { user: 'U0000CLICK' });
    const first = (await bot.slack.waitForResponse('limited-first')).body;
    const click = async (actionId: string, id: string): Promise<Record<string, unknown>> => {
      await bot.sender.action(buttonClick(button(first, actionId), bot.slack.responseUrl(id), { user: 'U0000CLICK' }));
      return (await bot.slack.waitForResponse(id)).body;
    };

    expect(allText(await click('answer_show_more', 'limited-more-1'))).toContain('*Claims 4 to 6 of ');
    expect(allText(await click('answer_show_more', 'limited-more-2'))).toContain('*Claims 4 to 6 of ');
    const third = await click('answer_show_more', 'limited-more-3');
    expect(allText(third)).toMatch(LIMITED);
    expect(third.response_type).toBe('ephemeral');

    const share = await click('answer_share', 'limited-share');
    expect(allText(share)).toMatch(LIMITED);
    expect(share.response_type).toBe('ephemeral');
    await bot.settled();
    // Not shared, and the private answer was not removed.
    expect(bot.slack.responsesTo('limited-share')).toHaveLength(1);

    // Someone else is not held up by it.
    await bot.sender.action(buttonClick(button(first, 'answer_show_more'), bot.slack.responseUrl('other-more'), { user: 'U0000OTHER' }));
    expect(allText((await bot.slack.waitForResponse('other-more')).body)).toContain('*Claims 4 to 6 of ');
  });
});
