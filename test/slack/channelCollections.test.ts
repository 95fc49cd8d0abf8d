// Collections per channel through the real Bolt app: two collections (marketing, engineering),
// a top-level report, and a channels file giving each of two channels one collection and every
// other conversation the top level only. Nothing a channel is not allowed is named, quoted or
// suggested there, on any surface; the file is read from disk and followed live.

import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { COLLECTION_FIXTURES } from '../support/reportsFolders.js';
import { BOT_USER_ID } from './support/fakeSlack.js';
import { accessoriesOf, allText, button } from './support/messages.js';
import { buttonClick, globalShortcut, messageShortcut, openedView, viewSubmission } from './support/signedRequests.js';
import { startBot, type RunningBot } from './support/startBot.js';

const MARKETING = 'C0MARKET1';
const ENGINEERING = 'C0ENGINE1';
const RULES = `channels:\n  ${MARKETING}: [marketing]\n  ${ENGINEERING}: [engineering]\ndefault: []\n`;

/** What shows a report of each collection: its id, words of its topic and its claim. */
const SHOWS_ENGINEERING = /engineering|incident|failover|Reliability/i;
const SHOWS_MARKETING = /marketing|q3-survey|billboard|podcast|EMEA|Customer Perspective/i;

let scratch: string;
let channelsFile: string;
let bot: RunningBot;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'report-bot-channels-slack-'));
  await cp(COLLECTION_FIXTURES, join(scratch, 'reports'), { recursive: true });
  channelsFile = join(scratch, 'channels.yml');
  await writeFile(channelsFile, RULES);
  bot = await startBot({ reportsDir: join(scratch, 'reports'), channelsFile });
});
afterAll(async () => {
  await bot?.stop();
  await rm(scratch, { recursive: true, force: true });
});

let asked = 0;
/** `/reports <text>` in `channel`: the private reply. */
async function command(channel: string, text: string): Promise<Record<string, unknown>> {
  const id = `cc-${++asked}`;
  expect((await bot.sender.command(text, bot.slack.responseUrl(id), { channel })).status).toBe(200);
  return (await bot.slack.waitForResponse(id)).body;
}

/** The reports an answer names, by its "About this report" buttons. */
const reportsIn = (message: Record<string, unknown>): string[] => accessoriesOf(message).map((b) => b.value).sort();
/** Everything a message says, as JSON (button values included), less the question echoed back. */
const said = (message: unknown, question = '\0'): string => JSON.stringify(message).split(question).join('');

describe('a channel sees its collections and the top-level reports', () => {
  it('answers /reports from them, and every other conversation from the default', async () => {
    expect(reportsIn(await command(MARKETING, 'budget'))).toEqual(['general', 'marketing/emea/launch', 'marketing/q3-survey']);
    expect(reportsIn(await command(ENGINEERING, 'budget'))).toEqual(['engineering/incident-review', 'general']);
    expect(reportsIn(await command('C0OTHER01', 'budget'))).toEqual(['general']);
    expect(reportsIn(await command('D0DIRECT1', 'budget'))).toEqual(['general']);
    expect(said(await command(MARKETING, 'budget'))).not.toMatch(SHOWS_ENGINEERING);
    expect(said(await command(ENGINEERING, 'budget'))).not.toMatch(SHOWS_MARKETING);
  });

  it('names no other report when nothing matches: no related claim, suggestion or report list', async () => {
    const question = 'payment outage database';
    const marketing = await command(MARKETING, question);
    expect(allText(marketing)).toContain('Nothing in the reports matches');
    expect(said(marketing, question)).not.toMatch(SHOWS_ENGINEERING);
    expect(allText(marketing)).toContain('general');
    // The same question where engineering is allowed finds it, so the check above can fail.
    expect(reportsIn(await command(ENGINEERING, question))).toContain('engineering/incident-review');
    const typo = await command(MARKETING, 'failovr');
    expect(said(typo, 'failovr')).not.toMatch(SHOWS_ENGINEERING);
  });

  it('lists, shows and counts only what the channel sees', async () => {
    const list = said(await command(MARKETING, 'list'));
    expect(list).toContain('marketing/q3-survey');
    expect(list).not.toMatch(SHOWS_ENGINEERING);
    const show = allText(await command(MARKETING, 'show engineering/incident-review'));
    expect(show).toContain('No report is called');
    expect(show).toMatch(/^No report is called `engineering\/incident-review`\. Reports: `general`, `marketing\/emea\/launch`, `marketing\/q3-survey`\./);
    expect(allText(await command(ENGINEERING, 'show engineering/incident-review'))).toContain('What the payment outage incident review found');
    const status = allText(await command(MARKETING, 'status'));
    expect(status).toContain('3 reports and 3 claims served here, from the collection marketing and the top level');
    expect(allText(await command('C0OTHER01', 'status'))).toContain('1 report and 1 claim served here, from the top level only (no collection)');
  });

  it('answers a mention and a thread follow-up from the channel\'s collections', async () => {
    const ts = '1700100000.000100';
    const text = `<@${BOT_USER_ID}> budget`;
    bot.slack.addMessage(ENGINEERING, { ts, user: 'U0000ASKER', text });
    await bot.sender.event({ type: 'app_mention', user: 'U0000ASKER', text, ts, channel: ENGINEERING, event_ts: ts }, 'EvCc1');
    await bot.settled();
    const [answer] = bot.slack.callsOf('chat.postMessage').filter((c) => c.body.channel === ENGINEERING && c.body.thread_ts === ts);
    expect(reportsIn(answer!.body)).toEqual(['engineering/incident-review', 'general']);

    const mts = '1700100001.000100';
    bot.slack.addMessage(MARKETING, { ts: mts, user: 'U0000ASKER', text });
    await bot.sender.event({ type: 'app_mention', user: 'U0000ASKER', text, ts: mts, channel: MARKETING, event_ts: mts }, 'EvCc2');
    await bot.settled();
    const reply = { ts: '1700100001.000300', thread_ts: mts, user: 'U0000OTHER', text: 'what about the payment outage failover?' };
    bot.slack.addMessage(MARKETING, reply);
    await bot.sender.event({ type: 'message', channel_type: 'channel', channel: MARKETING, event_ts: reply.ts, ...reply }, 'EvCc3');
    await bot.settled();
    const inThread = bot.slack.callsOf('chat.postMessage').filter((c) => c.body.channel === MARKETING && c.body.thread_ts === mts);
    expect(inThread).toHaveLength(2);
    expect(reportsIn(inThread[0]!.body)).toEqual(['general', 'marketing/emea/launch', 'marketing/q3-survey']);
    expect(said(inThread[1]!.body, reply.text)).not.toMatch(SHOWS_ENGINEERING);
  });

  it('checks a message against the channel\'s collections only', async () => {
    const message = { ts: '1700100002.000100', user: 'U0000AUTH', text: 'The payment outage failover blew the budget' };
    expect((await bot.sender.action(messageShortcut(message, bot.slack.responseUrl('cc-check'), { channel: MARKETING }))).status).toBe(200);
    const checked = (await bot.slack.waitForResponse('cc-check')).body;
    expect(reportsIn(checked)).toEqual(['general', 'marketing/emea/launch', 'marketing/q3-survey']);
    expect(said(checked, message.text)).not.toMatch(SHOWS_ENGINEERING);
  });

  it('answers buttons as the conversation they act in: Share in channel, Show more, About this report, Share in thread', async () => {
    // Buttons from an engineering answer (the question is in their value), clicked in marketing.
    const engineering = await command(ENGINEERING, 'budget failover');
    const share = button(engineering, 'answer_share');
    expect((await bot.sender.action(buttonClick(share, bot.slack.responseUrl('cc-share'), { channel: MARKETING }))).status).toBe(200);
    const shared = (await bot.slack.waitForResponse('cc-share')).body;
    expect(shared.response_type).toBe('in_channel');
    expect(said(shared, 'budget failover')).not.toMatch(SHOWS_ENGINEERING);
    expect(reportsIn(shared)).toEqual(['general', 'marketing/emea/launch', 'marketing/q3-survey']);

    // Show more with the engineering question, clicked in marketing: the page as marketing sees it.
    const more = { action_id: 'answer_show_more', value: JSON.stringify({ q: 'budget failover', o: 0 }) };
    expect((await bot.sender.action(buttonClick(more, bot.slack.responseUrl('cc-more'), { channel: MARKETING }))).status).toBe(200);
    const page = (await bot.slack.waitForResponse('cc-more')).body;
    expect(said(page, 'budget failover')).not.toMatch(SHOWS_ENGINEERING);
    expect(reportsIn(page)).toEqual(['general', 'marketing/emea/launch', 'marketing/q3-survey']);

    const about = { action_id: 'report_show', value: 'engineering/incident-review' };
    expect((await bot.sender.action(buttonClick(about, bot.slack.responseUrl('cc-about'), { channel: MARKETING }))).status).toBe(200);
    const shown = (await bot.slack.waitForResponse('cc-about')).body;
    expect(allText(shown)).toContain('No report is called');
    expect(allText(shown)).not.toContain('What the payment outage incident review found');
    expect((await bot.sender.action(buttonClick(about, bot.slack.responseUrl('cc-about-2'), { channel: ENGINEERING }))).status).toBe(200);
    expect(allText((await bot.slack.waitForResponse('cc-about-2')).body)).toContain('What the payment outage incident review found');

    // Share in thread posts where the checked message is, and answers as that channel.
    const message = { ts: '1700100005.000100', user: 'U0000AUTH', text: 'The payment failover blew the budget' };
    await bot.sender.action(messageShortcut(message, bot.slack.responseUrl('cc-check-eng'), { channel: ENGINEERING }));
    const checked = (await bot.slack.waitForResponse('cc-check-eng')).body;
    expect(reportsIn(checked)).toContain('engineering/incident-review');
    const value = JSON.parse(button(checked, 'check_share_in_thread').value) as { c: string[] };
    const elsewhere = { action_id: 'check_share_in_thread', value: JSON.stringify({ ...value, c: [MARKETING, ...value.c.slice(1)] }) };
    await bot.sender.action(buttonClick(elsewhere, bot.slack.responseUrl('cc-share-thread'), { channel: ENGINEERING }));
    const posted = await bot.slack.waitFor(() => bot.slack.callsOf('chat.postMessage').find((c) => c.body.channel === MARKETING && c.body.thread_ts === message.ts));
    expect(said(posted.body, message.text)).not.toMatch(SHOWS_ENGINEERING);
    expect(reportsIn(posted.body)).toEqual(['general', 'marketing/emea/launch', 'marketing/q3-survey']);
  });

  it('shows App Home, the Messages tab and the Ask the reports modal from the default', async () => {
    await bot.sender.event({ type: 'app_home_opened', user: 'U0000HOME', channel: 'D0000HOME', tab: 'home', event_ts: '1700100003.000100' }, 'EvCcHome');
    const home = await bot.slack.waitForCall('views.publish');
    expect(said(home.body)).not.toMatch(SHOWS_ENGINEERING);
    expect(said(home.body)).not.toMatch(SHOWS_MARKETING);
    expect(said(home.body)).toContain('How teams plan their budget');

    await bot.sender.event({ type: 'app_home_opened', user: 'U0000TAB1', channel: 'D0000TAB1', tab: 'messages', event_ts: '1700100004.000100' }, 'EvCcTab');
    await bot.settled();
    const prompts = bot.slack.callsOf('assistant.threads.setSuggestedPrompts').filter((c) => c.body.channel_id === 'D0000TAB1');
    expect(prompts).toHaveLength(1);
    expect((prompts[0]!.body.prompts as { title: string }[]).map((p) => p.title)).toEqual(['How teams plan their budget']);
    const greeting = bot.slack.callsOf('chat.postMessage').find((c) => c.body.channel === 'D0000TAB1');
    expect(allText(greeting!.body)).toContain('1 report, 1 claim');

    expect((await bot.sender.action(globalShortcut('ask_reports', { triggerId: 'cc-trigger' }))).status).toBe(200);
    const open = await bot.slack.waitFor(() => bot.slack.callsOf('views.open').find((c) => c.body.trigger_id === 'cc-trigger'));
    const modal = openedView(open.body.view as Record<string, unknown>);
    expect(said(modal)).not.toMatch(SHOWS_ENGINEERING);
    const values = { question: { question: { type: 'plain_text_input', value: 'budget' } }, report: { report: { type: 'static_select', selected_option: null } } };
    const submitted = JSON.parse((await bot.sender.action(viewSubmission(modal, values))).body);
    expect(allText(submitted.view)).toContain('Teams that plan the budget quarterly overspend less.');
    expect(said(submitted.view, 'budget')).not.toMatch(SHOWS_ENGINEERING);
    expect(said(submitted.view, 'budget')).not.toMatch(SHOWS_MARKETING);
  });
});

describe('the channels file, live', () => {
  it('applies a change while the bot runs, and keeps the last good rules through a bad one', async () => {
    await writeFile(channelsFile, `channels:\n  ${MARKETING}: [engineering]\ndefault: all\n`);
    await eventually(async () => expect(reportsIn(await command(MARKETING, 'budget'))).toEqual(['engineering/incident-review', 'general']), 5000);
    expect(allText(await command('C0OTHER01', 'status'))).toMatch(/^:white_check_mark: \*4 reports and 4 claims served\.\*/);

    // Asked once the bad file has been read and refused, not after a pause that may come before the read.
    const before = bot.channelChanges.length;
    await writeFile(channelsFile, `channels:\n  ${MARKETING}: [marketing\n`);
    await eventually(() => expect(bot.channelChanges.slice(before).map((change) => change.kind)).toEqual(['invalid']), 5000);
    expect(reportsIn(await command(MARKETING, 'budget'))).toEqual(['engineering/incident-review', 'general']);

    await writeFile(channelsFile, RULES);
    await eventually(async () => expect(reportsIn(await command(MARKETING, 'budget'))).toEqual(['general', 'marketing/emea/launch', 'marketing/q3-survey']), 5000);
  });
});
