// A Slack that never answers: every request the bot makes is given up after its timeout (with a
// couple of retries for the Web API), the person is told where that is still possible, the failure
// is logged, and no handler or socket is left waiting.

import { afterEach, describe, expect, it } from 'vitest';
import { UNDELIVERED } from '../../src/slack/apologize.js';
import { eventually } from '../support/eventually.js';
import { BOT_USER_ID } from './support/fakeSlack.js';
import { startBot, type RunningBot } from './support/startBot.js';

let bot: RunningBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

function directMessageTo(b: RunningBot, user: string): Record<string, unknown> | undefined {
  return b.slack.callsOf('chat.postMessage').find((c) => c.body.channel === user)?.body;
}

describe('a response_url that never answers', () => {
  it('is given up after the timeout; the person is told in a direct message and nothing is left open', async () => {
    bot = await startBot({ slackTimeoutMs: 300 });
    const b = bot;
    b.slack.hangingResponseIds.add('hang');
    expect((await b.sender.command('heat pumps in the cold', b.slack.responseUrl('hang'))).status).toBe(200);

    const told = await b.slack.waitFor(() => directMessageTo(b, 'U0000ASKER'));
    expect(told.text).toBe(UNDELIVERED);
    // The answer, then the apology, each waited for no longer than the timeout.
    expect(b.slack.responsesTo('hang')).toHaveLength(2);
    await b.settled();
    await eventually(() => expect(b.slack.hanging).toBe(0));
    expect(b.logger.at('error').some((line) => /^Failed to answer \/reports from U0000ASKER: timeout of 300ms exceeded/.test(line))).toBe(true);
    expect(b.logger.at('warn')).toContain('Told the person in a direct message that the bot failed to answer /reports from U0000ASKER');
  });
});

describe('a Web API that never answers', () => {
  it('is retried twice, then given up; the person is told in a direct message', async () => {
    bot = await startBot({ slackTimeoutMs: 300, clientOptions: { retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 10 } } });
    const b = bot;
    b.slack.hangingChannels.add('C0000SLOW');
    const ts = '1700002000.000100';
    await b.sender.event({ type: 'app_mention', user: 'U0000ASKER', text: `<@${BOT_USER_ID}> heat pumps`, ts, channel: 'C0000SLOW', event_ts: ts }, 'EvSLOW1');

    const told = await b.slack.waitFor(() => directMessageTo(b, 'U0000ASKER'));
    expect(told.text).toBe(UNDELIVERED);
    // Three tries for the answer, three for the apology.
    expect(b.slack.callsOf('chat.postMessage').filter((c) => c.body.channel === 'C0000SLOW')).toHaveLength(6);
    await b.settled();
    await eventually(() => expect(b.slack.hanging).toBe(0));
    expect(b.logger.at('error').some((line) => line.startsWith('Failed to answer a mention in C0000SLOW'))).toBe(true);
  });
});
