import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { statementQuestion } from '../../src/answer/checkStatement.js';
import { BOT_USER_ID } from './support/fakeSlack.js';
import { allText, button, buttonsOf, escaped, expectOnlyOurMarkup, textsOf } from './support/messages.js';
import { buttonClick, messageShortcut } from './support/signedRequests.js';
import { startBot, type RunningBot } from './support/startBot.js';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot?.stop();
});

const CLAIMED = 'Heat pumps stop working once it gets really cold, so they make no sense up north.';

async function check(message: Record<string, unknown> & { ts: string }, responseId: string, channel = 'C0000CHK1'): Promise<Record<string, unknown>> {
  const reply = await bot.sender.action(messageShortcut(message, bot.slack.responseUrl(responseId), { channel }));
  expect(reply).toEqual({ status: 200, body: '' });
  return (await bot.slack.waitForResponse(responseId)).body;
}

/** The texts the bot wrote itself: not a claim, quote, source or report line taken from the reports. */
function ownTexts(message: Record<string, unknown>): string[] {
  return textsOf(message).filter((text) => !/^\*\d+\.\* |^> |^_|`[a-z0-9-]+`$/.test(text));
}

describe('Check against the reports', () => {
  it('answers privately with the claims that bear on the message, each with its quote and source, and no verdict', async () => {
    const answer = await check({ ts: '1700005000.000100', user: 'U0000SAYER', text: CLAIMED }, 'check-1');
    expect(answer.response_type).toBe('ephemeral');
    const expected = answerQuestion(bot.library, statementQuestion(CLAIMED)).items;
    const text = allText(answer);
    expect(text).toContain(`*What the reports say about <@U0000SAYER>'s message:*\n“${escaped(CLAIMED)}”`);
    expect(text).toContain(`*3 of ${expected.length} claims* that bear on it`);
    for (const [i, item] of expected.slice(0, 3).entries()) {
      expect(text).toContain(`${i + 1}. ${item.claim.text}`);
      const quote = item.claim.evidence[0]?.quote;
      if (quote) expect(text).toContain(`> ${quote.slice(0, 60)}`);
    }
    for (const own of ownTexts(answer)) {
      expect(own).not.toMatch(/\b(true|false|correct|incorrect|wrong|right)\b/i);
      expectOnlyOurMarkup(own);
    }
    expect(buttonsOf(answer).map((b) => b.action_id)).toEqual(['check_show_more', 'check_share_in_thread', 'answer_vote_up', 'answer_vote_down']);
  });

  it('searches the message as words: its quotation marks and colons are not question syntax', async () => {
    const text = 'My take on "heat pumps and frost": report: they still save energy';
    const answer = await check({ ts: '1700005000.000200', user: 'U0000SAYER', text }, 'check-syntax');
    const expected = answerQuestion(bot.library, statementQuestion(text));
    expect(expected.items.length).toBeGreaterThan(0);
    expect(allText(answer)).toContain(`1. ${expected.items[0]!.claim.text}`);
    expect(allText(answer)).not.toContain('No report is called');
  });

  it('reads mentions, channel links and links as the words Slack shows', async () => {
    const text = `<@${BOT_USER_ID}|reports> <#C0000CHAN|research> says <https://example.org/x|microplastics in bottled water> &amp; more`;
    const answer = await check({ ts: '1700005000.000300', user: 'U0000SAYER', text }, 'check-markup');
    expect(allText(answer)).toContain('“@reports #research says microplastics in bottled water &amp; more”');
  });

  it('gives a clear note for a message with only a file', async () => {
    const fileOnly = { ts: '1700005000.000400', user: 'U0000SAYER', text: '', files: [{ id: 'F0001', name: 'chart.png', mimetype: 'image/png' }] };
    const note = await check(fileOnly, 'check-file');
    expect(note.response_type).toBe('ephemeral');
    expect(allText(note)).toContain('That message has no text to check: only a file, an image or an attachment.');
    expect(buttonsOf(note)).toEqual([]);
  });

  it('Show more gives the next claims of the same check, privately', async () => {
    const first = await check({ ts: '1700005000.000500', user: 'U0000SAYER', text: CLAIMED }, 'check-more');
    await bot.sender.action(buttonClick(button(first, 'check_show_more'), bot.slack.responseUrl('check-more-2')));
    const next = (await bot.slack.waitForResponse('check-more-2')).body;
    const expected = answerQuestion(bot.library, statementQuestion(CLAIMED)).items;
    expect(next.response_type).toBe('ephemeral');
    expect(allText(next)).toContain(`*Claims 4 to 6 of ${expected.length}* that bear on it`);
    expect(allText(next)).toContain(`4. ${expected[3]!.claim.text}`);
    expect(JSON.parse(button(next, 'check_share_in_thread').value)).toEqual({ q: statementQuestion(CLAIMED), o: 3, c: ['C0000CHK1', '1700005000.000500', 'U0000SAYER'] });
  });
});

describe('Share in thread', () => {
  it('posts the claims under the checked message, saying who shared them, then removes the private copy', async () => {
    const first = await check({ ts: '1700005100.000100', user: 'U0000SAYER', text: CLAIMED }, 'check-share', 'C0000CHK2');
    await bot.sender.action(buttonClick(button(first, 'check_share_in_thread'), bot.slack.responseUrl('check-share'), { user: 'U0000CHKR', channel: 'C0000CHK2' }));
    const posted = (await bot.slack.waitFor(() => bot.slack.callsOf('chat.postMessage').find((c) => c.body.channel === 'C0000CHK2'))).body;
    expect(posted.thread_ts).toBe('1700005100.000100');
    expect(allText(posted)).toContain("<@U0000CHKR> checked <@U0000SAYER>'s message against the reports.");
    const claims = (m: Record<string, unknown>): string[] => allText(m).split('\n').filter((line) => /^\*\d+\.\* /.test(line));
    expect(claims(posted)).toEqual(claims(first));
    expect(buttonsOf(posted).map((b) => b.action_id)).not.toContain('check_share_in_thread');
    expect((await bot.slack.waitForResponse('check-share', 2)).body).toEqual({ delete_original: true });
  });

  it('shares a check of a reply in that reply\'s thread, and does not make the bot answer the thread', async () => {
    bot.slack.addMessage('C0000CHK3', { ts: '1700005200.000100', user: 'U0000OTHER', text: 'winter heating thread' });
    const reply = { ts: '1700005200.000200', thread_ts: '1700005200.000100', user: 'U0000SAYER', text: CLAIMED };
    bot.slack.addMessage('C0000CHK3', reply);
    const first = await check(reply, 'check-reply', 'C0000CHK3');
    await bot.sender.action(buttonClick(button(first, 'check_share_in_thread'), bot.slack.responseUrl('check-reply'), { channel: 'C0000CHK3' }));
    await bot.slack.waitForResponse('check-reply', 2);
    expect(bot.slack.callsOf('chat.postMessage').find((c) => c.body.channel === 'C0000CHK3')?.body.thread_ts).toBe('1700005200.000100');

    const later = { ts: '1700005200.000400', thread_ts: '1700005200.000100', user: 'U0000OTHER', text: 'and what about costs?' };
    bot.slack.addMessage('C0000CHK3', later);
    await bot.sender.event({ type: 'message', channel_type: 'channel', channel: 'C0000CHK3', event_ts: later.ts, ...later }, 'EvCheckLater');
    await bot.settled();
    expect(bot.slack.callsOf('conversations.replies').some((c) => c.body.channel === 'C0000CHK3')).toBe(true);
    expect(bot.slack.callsOf('chat.postMessage').filter((c) => c.body.channel === 'C0000CHK3')).toHaveLength(1);
  });

  it('says how to invite the bot when it is not in the conversation, and keeps the private answer', async () => {
    const first = await check({ ts: '1700005300.000100', user: 'U0000SAYER', text: CLAIMED }, 'check-out', 'C0000CHK4');
    bot.slack.failApi('chat.postMessage', 'not_in_channel');
    await bot.sender.action(buttonClick(button(first, 'check_share_in_thread'), bot.slack.responseUrl('check-out'), { channel: 'C0000CHK4' }));
    const note = (await bot.slack.waitForResponse('check-out', 2)).body;
    expect(note.response_type).toBe('ephemeral');
    expect(allText(note)).toContain('I am not a member of it. Invite me first (`/invite @Report Bot`)');
    await bot.settled();
    expect(bot.slack.responsesTo('check-out').some((r) => r.body.delete_original === true)).toBe(false);
  });
});
