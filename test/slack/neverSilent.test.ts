// Whatever arrives, the person hears back, once: odd events, buttons from an older version of the
// bot, and a vote that could not be shown or recorded.

import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APOLOGY } from '../../src/slack/apologize.js';
import { OLD_BUTTON } from '../../src/slack/listeners/actions/unknownAction.js';
import { BOT_USER_ID } from './support/fakeSlack.js';
import { button } from './support/messages.js';
import { buttonClick } from './support/signedRequests.js';
import { startBot, type RunningBot } from './support/startBot.js';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot?.stop();
});

function postsTo(channel: string): Array<Record<string, unknown>> {
  return bot.slack.callsOf('chat.postMessage').filter((c) => c.body.channel === channel).map((c) => c.body);
}

describe('a mention or direct message without usable text', () => {
  it.each([
    ['no text', {}],
    ['a number for text', { text: 42 }],
    ['null text', { text: null }],
  ])('(%s) is answered, with the help', async (name, text) => {
    const channel = `C0000ODD${name.length}`;
    const ts = `1700004000.0000${name.length}`;
    await bot.sender.event({ type: 'app_mention', user: 'U0000ASKER', ts, channel, event_ts: ts, ...text }, `EvODD-${name}`);
    const reply = await bot.slack.waitFor(() => postsTo(channel)[0]);
    expect(String(reply.text)).toMatch(/report/i);
    expect(reply.thread_ts).toBe(ts);
  });

  it('(a direct message without text) is answered in the DM', async () => {
    const ts = '1700004100.000100';
    await bot.sender.event({ type: 'message', channel_type: 'im', user: 'U0000ASKER', channel: 'D0000ODD', ts, event_ts: ts }, 'EvODD-dm');
    await bot.slack.waitFor(() => postsTo('D0000ODD')[0]);
  });

  it('(a mention of the bot alone) is answered too', async () => {
    const ts = '1700004200.000100';
    await bot.sender.event({ type: 'app_mention', user: 'U0000ASKER', text: `<@${BOT_USER_ID}>`, ts, channel: 'C0000ALONE', event_ts: ts }, 'EvODD-alone');
    await bot.slack.waitFor(() => postsTo('C0000ALONE')[0]);
  });
});

describe('a button this version of the bot does not know', () => {
  it('is acknowledged at once, and the person told privately to ask again', async () => {
    // Slack does not answer the post that tells them until the ack is in: an ack that waited for
    // it would never come (Bolt answers 404 once it gives up on the ack).
    const release = bot.slack.holdResponses('old-button');
    let reply;
    try {
      reply = await bot.sender.action(buttonClick({ action_id: 'answer_translate_v0', value: '{}' }, bot.slack.responseUrl('old-button')));
    } finally {
      release();
    }
    expect(reply).toEqual({ status: 200, body: '' });
    const told = (await bot.slack.waitForResponse('old-button')).body;
    expect(told).toMatchObject({ text: OLD_BUTTON, response_type: 'ephemeral', replace_original: false });
    expect(bot.logger.at('warn')).toContain('A click on an unknown action (answer_translate_v0) from U0000ASKER; told them to ask again');
  });
});

describe('a vote that cannot be shown', () => {
  it('is on record once, and the person is told which vote is recorded rather than to click again', async () => {
    await bot.sender.command('heat pump running costs', bot.slack.responseUrl('vote-answer'));
    const answer = (await bot.slack.waitForResponse('vote-answer')).body;
    const vote = button(answer, 'answer_vote_up');

    bot.slack.failResponse('internal_error', 500);
    await bot.sender.action(buttonClick(vote, bot.slack.responseUrl('vote-1')));
    const told = (await bot.slack.waitForResponse('vote-1', 2)).body;
    expect(told.text).toContain('You marked this answer helpful. Click 👍 again to take it back');
    expect(told.text).not.toBe(APOLOGY);
    await bot.settled();
    const lines = (await readFile(bot.feedbackLog, 'utf8')).trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] as string)).toMatchObject({ user: 'U0000ASKER', vote: 'up' });
  });

  it('is not on record when it cannot be recorded, and the apology asks to try again', async () => {
    await bot.sender.command('heat pump running costs', bot.slack.responseUrl('vote-answer-2'));
    const answer = (await bot.slack.waitForResponse('vote-answer-2')).body;
    // The feedback file's folder is a file: the vote cannot be written.
    const broken = await startBot({ feedbackLog: `${bot.feedbackLog}/cannot/be/here.jsonl` });
    try {
      await broken.sender.action(buttonClick(button(answer, 'answer_vote_down'), broken.slack.responseUrl('vote-broken'), { user: 'U0000BROKE' }));
      expect((await broken.slack.waitForResponse('vote-broken')).body.text).toBe(APOLOGY);
      await broken.settled();
      expect(broken.slack.callsOf('views.open')).toHaveLength(0);
    } finally {
      await broken.stop();
    }
  });
});
