import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { BOT_ID, BOT_USER_ID } from './support/fakeSlack.js';
import { allText, escaped } from './support/messages.js';
import { startBot, type RunningBot } from './support/startBot.js';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot?.stop();
});

let eventCount = 0;
async function sendEvent(event: Record<string, unknown>, eventId = `Ev${++eventCount}`, headers?: Record<string, string>): Promise<void> {
  const reply = await bot.sender.event(event, eventId, headers ? { headers } : {});
  expect(reply.status).toBe(200);
}

/** The first message the bot posts to this channel. */
function postedTo(channel: string): Promise<Record<string, unknown>> {
  return bot.slack.waitFor(() => bot.slack.callsOf('chat.postMessage').find((c) => c.body.channel === channel)?.body);
}

function firstClaim(question: string): string {
  return `1. ${answerQuestion(bot.library, question).items[0]!.claim.text}`;
}

describe('@mentions', () => {
  it('are answered publicly in a thread on the mention, without the bot mention in the question', async () => {
    await sendEvent({ type: 'app_mention', user: 'U0000ASKER', text: `<@${BOT_USER_ID}> do heat pumps work in the cold?`, ts: '1700000100.000100', channel: 'C0000MENT', event_ts: '1700000100.000100' });
    const posted = await postedTo('C0000MENT');
    expect(posted.thread_ts).toBe('1700000100.000100');
    expect(posted.unfurl_links).toBe('false');
    expect(posted.unfurl_media).toBe('false');
    expect(posted).not.toHaveProperty('link_names');
    expect(allText(posted)).toContain(firstClaim('do heat pumps work in the cold?'));
    expect(allText(posted)).not.toContain(BOT_USER_ID);
  });

  it('inside a thread are answered in that thread; the mention may be anywhere', async () => {
    await sendEvent({ type: 'app_mention', user: 'U0000ASKER', text: `microplastics in <@${BOT_USER_ID}|reports> bottled water`, ts: '1700000200.000300', thread_ts: '1700000200.000100', channel: 'C0000THRD', event_ts: '1700000200.000300' });
    const posted = await postedTo('C0000THRD');
    expect(posted.thread_ts).toBe('1700000200.000100');
    expect(allText(posted)).toContain(firstClaim('microplastics in bottled water'));
  });

  it('with no question get the help', async () => {
    await sendEvent({ type: 'app_mention', user: 'U0000ASKER', text: `<@${BOT_USER_ID}>`, ts: '1700000300.000100', channel: 'C0000HELP', event_ts: '1700000300.000100' });
    expect(allText(await postedTo('C0000HELP'))).toContain('/reports list');
  });

  it('retried by Slack with the same event_id are answered once', async () => {
    const mention = { type: 'app_mention', user: 'U0000ASKER', text: `<@${BOT_USER_ID}> grid battery storage`, ts: '1700000400.000100', channel: 'C0000RTRY', event_ts: '1700000400.000100' };
    await sendEvent(mention, 'EvRETRY');
    await postedTo('C0000RTRY');
    await sendEvent(mention, 'EvRETRY', { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    await bot.logger.waitFor('info', /^Skipped event EvRETRY: already handled/);
    // A later event is answered, and by then still only one answer to the retried one.
    await sendEvent({ ...mention, channel: 'C0000AFTR' }, 'EvAFTER');
    await postedTo('C0000AFTR');
    expect(bot.slack.callsOf('chat.postMessage').filter((c) => c.body.channel === 'C0000RTRY')).toHaveLength(1);
  });
});

describe('direct messages', () => {
  it('are answered in the DM', async () => {
    await sendEvent({ type: 'message', channel_type: 'im', channel: 'D0000DM01', user: 'U0000ASKER', text: 'glp-1 side effects', ts: '1700000500.000100', event_ts: '1700000500.000100' });
    const posted = await postedTo('D0000DM01');
    expect(posted).not.toHaveProperty('thread_ts');
    expect(allText(posted)).toContain(firstClaim('glp-1 side effects'));
  });

  it('from bots, from the bot itself, and with a subtype (edits, joins) are ignored', async () => {
    const dm = { type: 'message', channel_type: 'im', channel: 'D0000DM02', text: 'remote work productivity', event_ts: '1700000600.000100' };
    await sendEvent({ ...dm, user: 'U0000OTHER', bot_id: 'B0000OTHER', ts: '1700000600.000100' });
    await sendEvent({ ...dm, user: BOT_USER_ID, bot_id: BOT_ID, ts: '1700000600.000200' });
    await sendEvent({ ...dm, user: BOT_USER_ID, ts: '1700000600.000250' });
    await sendEvent({ ...dm, subtype: 'message_changed', ts: '1700000600.000300', message: { text: 'remote work', user: 'U0000ASKER' } });
    await sendEvent({ ...dm, subtype: 'channel_join', user: 'U0000ASKER', ts: '1700000600.000400' });
    await sendEvent({ ...dm, user: 'U0000ASKER', text: 'bike lanes and road safety', ts: '1700000600.000500' });
    const answered = await postedTo('D0000DM02');
    expect(allText(answered)).toContain(firstClaim('bike lanes and road safety'));
    expect(bot.slack.callsOf('chat.postMessage').filter((c) => c.body.channel === 'D0000DM02')).toHaveLength(1);
  });
});

describe('App Home', () => {
  it('is published when opened: the reports with their counts and how to ask', async () => {
    await sendEvent({ type: 'app_home_opened', user: 'U0000HOME', channel: 'D0000HOME', tab: 'home', event_ts: '1700000700.000100' });
    const call = await bot.slack.waitForCall('views.publish');
    expect(call.body.user_id).toBe('U0000HOME');
    const view = call.body.view as Record<string, unknown>;
    expect(view.type).toBe('home');
    const text = allText(view);
    expect(text).toContain(`${bot.library.reports.length} reports and ${bot.library.claimCount} claims`);
    expect(text).toContain('/reports &lt;question&gt;');
    for (const report of bot.library.reports) expect(text).toContain(`\`${report.id}\` · ${report.date} · ${report.claims.length} claims`);
  });
});
