import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { BOT_ID, BOT_USER_ID, FakeSlack, type StoredMessage } from './support/fakeSlack.js';
import { allText, escaped, expectOnlyOurMarkup, expectWithinSlackLimits, textsOf } from './support/messages.js';
import { startBot, type RunningBot } from './support/startBot.js';

let slack: FakeSlack;
let bot: RunningBot;
beforeAll(async () => {
  slack = new FakeSlack();
  await slack.start();
  bot = await startBot({ slack });
});
afterAll(async () => {
  await bot?.stop();
  await slack?.stop();
});

let eventCount = 0;
async function send(event: Record<string, unknown>, eventId = `EvThread${++eventCount}`): Promise<void> {
  expect((await bot.sender.event(event, eventId)).status).toBe(200);
}

/** A person writes in a channel: the message is in Slack (for conversations.replies), then the event arrives. */
async function write(channel: string, message: StoredMessage & { user: string; text: string }, channelType = 'channel'): Promise<Record<string, unknown>> {
  slack.addMessage(channel, message);
  const event = { type: 'message', channel_type: channelType, channel, event_ts: message.ts, ...message };
  await send(event);
  return event;
}

/** A mention at the top of a channel, as Slack sends it: the app_mention and the message event both. */
async function mention(channel: string, ts: string, question: string): Promise<void> {
  const text = `<@${BOT_USER_ID}> ${question}`;
  slack.addMessage(channel, { ts, user: 'U0000ASKER', text });
  await send({ type: 'app_mention', user: 'U0000ASKER', text, ts, channel, event_ts: ts });
  await send({ type: 'message', channel_type: 'channel', channel, user: 'U0000ASKER', text, ts, event_ts: ts });
  await bot.settled();
}

/** A mention inside a thread, as Slack sends it: the app_mention and the message event both. */
async function mentionInThread(channel: string, ts: string, threadTs: string, text: string, user = 'U0000OTHER'): Promise<void> {
  slack.addMessage(channel, { ts, thread_ts: threadTs, user, text });
  await send({ type: 'app_mention', user, text, ts, thread_ts: threadTs, channel, event_ts: ts });
  await send({ type: 'message', channel_type: 'channel', channel, user, text, ts, thread_ts: threadTs, event_ts: ts });
  await bot.settled();
}

function answersIn(channel: string, threadTs: string): Record<string, unknown>[] {
  return slack.callsOf('chat.postMessage').filter((c) => c.body.channel === channel && c.body.thread_ts === threadTs).map((c) => c.body);
}

function firstClaim(question: string): string {
  return `1. ${answerQuestion(bot.library, question).items[0]!.claim.text}`;
}

describe('replies in a thread the bot answered', () => {
  it('are answered in the thread without a new mention; a short follow-up is asked with the first question', async () => {
    await mention('C0000FLW1', '1700001000.000100', 'do heat pumps work in the cold?');
    expect(answersIn('C0000FLW1', '1700001000.000100')).toHaveLength(1);

    await write('C0000FLW1', { ts: '1700001000.000300', thread_ts: '1700001000.000100', user: 'U0000OTHER', text: 'and what about costs?' });
    await bot.settled();
    const [, followUp] = answersIn('C0000FLW1', '1700001000.000100');
    const combined = 'do heat pumps work in the cold? and what about costs?';
    expect(allText(followUp!)).toContain(`for “${combined}”`);
    expect(allText(followUp!)).toContain(firstClaim(combined));
    // The follow-up's answer carries what it answered, like any answer.
    expect(followUp!.metadata).toEqual({ event_type: 'report_bot_answer', event_payload: { question: combined } });
  });

  it('asks a reply that says enough on its own as it is', async () => {
    await mention('C0000FLW2', '1700001100.000100', 'do heat pumps work in the cold?');
    const own = 'microplastics found in bottled drinking water';
    await write('C0000FLW2', { ts: '1700001100.000300', thread_ts: '1700001100.000100', user: 'U0000ASKER', text: own });
    await bot.settled();
    const followUp = answersIn('C0000FLW2', '1700001100.000100')[1]!;
    expect(allText(followUp)).toContain(`for “${own}”`);
    expect(allText(followUp)).toContain(firstClaim(own));
  });

  it('answers a reply that also mentions the bot once (app_mention and message both arrive)', async () => {
    await mention('C0000FLW3', '1700001200.000100', 'grid battery storage');
    const text = `<@${BOT_USER_ID}> and the costs?`;
    const reply = { ts: '1700001200.000300', thread_ts: '1700001200.000100', user: 'U0000ASKER', text };
    await write('C0000FLW3', reply);
    await send({ type: 'app_mention', channel: 'C0000FLW3', event_ts: reply.ts, ...reply });
    await bot.settled();
    const answers = answersIn('C0000FLW3', '1700001200.000100');
    expect(answers).toHaveLength(2);
    // The mention inside the thread is a follow-up too.
    expect(allText(answers[1]!)).toContain('for “grid battery storage and the costs?”');
  });

  it('ignores bots, edits, deletions and top-level messages; answers the person after them', async () => {
    await mention('C0000FLW4', '1700001300.000100', 'remote work productivity');
    const inThread = { thread_ts: '1700001300.000100', text: 'and for juniors?' };
    await write('C0000FLW4', { ...inThread, ts: '1700001300.000200', user: 'U0000OTHER', bot_id: 'B0000OTHER' });
    await write('C0000FLW4', { ...inThread, ts: '1700001300.000300', user: BOT_USER_ID, bot_id: BOT_ID });
    await send({ type: 'message', subtype: 'message_changed', channel_type: 'channel', channel: 'C0000FLW4', ts: '1700001300.000400', event_ts: '1700001300.000400', message: { ...inThread, ts: '1700001300.000250', user: 'U0000ASKER' } });
    await send({ type: 'message', subtype: 'message_deleted', channel_type: 'channel', channel: 'C0000FLW4', ts: '1700001300.000450', event_ts: '1700001300.000450', deleted_ts: '1700001300.000250' });
    await write('C0000FLW4', { ts: '1700001300.000500', user: 'U0000ASKER', text: 'remote work productivity' });
    await bot.settled();
    expect(slack.callsOf('chat.postMessage').filter((c) => c.body.channel === 'C0000FLW4')).toHaveLength(1);

    await write('C0000FLW4', { ...inThread, ts: '1700001300.000600', user: 'U0000ASKER' });
    await bot.settled();
    expect(slack.callsOf('chat.postMessage').filter((c) => c.body.channel === 'C0000FLW4')).toHaveLength(2);
  });

  it('shows a status in the thread while searching, before the answer', async () => {
    await mention('C0000FLW5', '1700001400.000100', 'bike lanes road safety');
    const status = slack.callsOf('assistant.threads.setStatus').find((c) => c.body.channel_id === 'C0000FLW5');
    expect(status?.body).toMatchObject({ channel_id: 'C0000FLW5', thread_ts: '1700001400.000100', status: 'is searching the reports…' });
    const statusAt = slack.calls.indexOf(status!);
    const answerAt = slack.calls.findIndex((c) => c.method === 'chat.postMessage' && c.body.channel === 'C0000FLW5');
    expect(statusAt).toBeLessThan(answerAt);
  });

  it('still answers when the status cannot be shown (missing scope), and says why once', async () => {
    slack.failApi('assistant.threads.setStatus', 'missing_scope', 2);
    await mention('C0000FLW6', '1700001500.000100', 'heat pumps');
    await mention('C0000FLW6', '1700001500.000200', 'grid storage');
    expect(answersIn('C0000FLW6', '1700001500.000100')).toHaveLength(1);
    expect(answersIn('C0000FLW6', '1700001500.000200')).toHaveLength(1);
    expect(bot.logger.at('warn').filter((line) => line.includes('searching status (missing_scope)'))).toHaveLength(1);
  });
});

// A reply that thanks or acknowledges is for the people in the thread: answered, it drew a decline
// ("The reports don't answer…") under every "thanks!".
describe('a reply that asks nothing', () => {
  it('gets no reply, in a channel thread or a direct message, and a question after it is answered', async () => {
    await mention('C0000ACK1', '1700005000.000100', 'do heat pumps work in the cold?');
    const replies = ['thanks!', 'ok cool', 'sounds good 👍', `<@U0000OTHER> :+1:`, 'ok bye :wave:'];
    for (const [i, text] of replies.entries()) await write('C0000ACK1', { ts: `1700005000.00020${i}`, thread_ts: '1700005000.000100', user: 'U0000OTHER', text });
    await write('D0000ACK1', { ts: '1700005000.000300', user: 'U0000ASKER', text: 'thanks, that’s all for now 🙏' }, 'im');
    await bot.settled();
    expect(answersIn('C0000ACK1', '1700005000.000100')).toHaveLength(1);
    expect(slack.callsOf('chat.postMessage').filter((c) => c.body.channel === 'D0000ACK1')).toHaveLength(0);
    expect(slack.callsOf('assistant.threads.setStatus').filter((c) => c.body.channel_id === 'D0000ACK1')).toHaveLength(0);

    await write('C0000ACK1', { ts: '1700005000.000400', thread_ts: '1700005000.000100', user: 'U0000OTHER', text: 'thanks! and what about costs?' });
    await write('D0000ACK1', { ts: '1700005000.000500', user: 'U0000ASKER', text: 'hi' }, 'im');
    await bot.settled();
    expect(answersIn('C0000ACK1', '1700005000.000100')).toHaveLength(2);
    // A greeting is answered with what the bot does, not left unanswered.
    expect(slack.callsOf('chat.postMessage').filter((c) => c.body.channel === 'D0000ACK1')).toHaveLength(1);
  });
});

// "@bot thanks!" was answered with a decline, where the same words in a DM or a thread reply get
// no reply; "@bot 👍" in a thread the bot answered posted its first answer again.
describe('a mention that asks nothing', () => {
  it('gets no reply when it thanks or reacts, at the top of a channel or in a thread; the mention alone and a greeting are answered', async () => {
    await mention('C0000ACK2', '1700005100.000100', 'thanks!');
    await mention('C0000ACK2', '1700005100.000200', 'ok cool :+1: 🙏');
    await mention('C0000ACK2', '1700005100.000300', 'do heat pumps work in the cold?');
    const reactions = [`thanks <@${BOT_USER_ID}>, that's all for now`, `<@${BOT_USER_ID}> 👍`, `🙏 <@${BOT_USER_ID}>`, `<@${BOT_USER_ID}> :+1::skin-tone-3:`, `thanks <@${BOT_USER_ID}> 👋`];
    for (const [i, text] of reactions.entries()) await mentionInThread('C0000ACK2', `1700005100.00040${i}`, '1700005100.000300', text, 'U0000ASKER');
    expect(slack.callsOf('chat.postMessage').filter((c) => c.body.channel === 'C0000ACK2').map((c) => c.body.thread_ts)).toEqual(['1700005100.000300']);
    expect(slack.callsOf('assistant.threads.setStatus').filter((c) => c.body.channel_id === 'C0000ACK2').map((c) => c.body.thread_ts)).toEqual(['1700005100.000300']);

    await mention('C0000ACK2', '1700005100.000500', '');
    await mention('C0000ACK2', '1700005100.000600', 'hi');
    await mention('C0000ACK2', '1700005100.000700', ':wave:');
    expect(answersIn('C0000ACK2', '1700005100.000500')).toHaveLength(1);
    expect(answersIn('C0000ACK2', '1700005100.000600')).toHaveLength(1);
    expect(answersIn('C0000ACK2', '1700005100.000700')).toHaveLength(1);
  });

  // "cc @bot" under a question the bot answered calls it back to that question: silence read as a
  // broken bot.
  it('that only points, in a thread the bot answered, asks the thread\'s first question', async () => {
    await mention('C0000ACK3', '1700005200.000100', 'do heat pumps work in the cold?');
    await mentionInThread('C0000ACK3', '1700005200.000200', '1700005200.000100', `cc <@${BOT_USER_ID}>`);
    await mentionInThread('C0000ACK3', '1700005200.000300', '1700005200.000100', `<@${BOT_USER_ID}> 👆`);
    // Words a thread reply would ask ("see above"): answered once, the message event left to app_mention
    await mentionInThread('C0000ACK3', '1700005200.000400', '1700005200.000100', `see above <@${BOT_USER_ID}>`);
    const [first, ...again] = answersIn('C0000ACK3', '1700005200.000100');
    expect(again).toHaveLength(3);
    for (const answer of again) {
      expect(allText(answer)).toContain('“do heat pumps work in the cold?”');
      expect(allText(answer)).toBe(allText(first!));
    }
  });
});

// Held-out 26's "hey how's your day going?" drew unrelated claims, and "hi" drew "Nothing in the
// reports matches “hi”" with tips on other words: chat is answered as chat, repeating nothing of it.
describe('a greeting, small talk or a request no report meets', () => {
  it('is told what the bot does, in a DM, to a mention and in an answered thread, with none of its markup', async () => {
    await write('D0000CHAT1', { ts: '1700006000.000100', user: 'U0000ASKER', text: "hey how's your day going?" }, 'im');
    await write('D0000CHAT1', { ts: '1700006000.000200', user: 'U0000ASKER', text: 'hi' }, 'im');
    await mention('C0000CHAT1', '1700006000.000300', 'can you write me a haiku about *Mondays* <!channel> &amp; tell me a joke');
    await mention('C0000CHAT1', '1700006000.000400', 'do heat pumps work in the cold?');
    await write('C0000CHAT1', { ts: '1700006000.000500', thread_ts: '1700006000.000400', user: 'U0000OTHER', text: 'how are you doing today?' });
    await bot.settled();
    const replies = [
      ...slack.callsOf('chat.postMessage').filter((c) => c.body.channel === 'D0000CHAT1').map((c) => c.body),
      ...answersIn('C0000CHAT1', '1700006000.000300'),
      ...answersIn('C0000CHAT1', '1700006000.000400').slice(1),
    ];
    expect(replies).toHaveLength(4);
    for (const reply of replies) {
      const text = allText(reply);
      expect(text).toContain("Hi! I answer questions from the team's research reports");
      expect(text).not.toContain('Nothing in the reports matches');
      expect(text).not.toContain('Try other words');
      expect(text).not.toMatch(/Mondays|day going|<!channel>/);
      for (const mrkdwn of textsOf(reply)) expectOnlyOurMarkup(mrkdwn);
      expectWithinSlackLimits(reply);
    }
    // The question in the thread is still answered with claims
    expect(allText(answersIn('C0000CHAT1', '1700006000.000400')[0]!)).toContain(firstClaim('do heat pumps work in the cold?'));
  });

  // Asking after a thing is no small talk: on the thread's rollout, "how's it going?" asks after it.
  it('is not "how\'s it going?" in an answered thread, which is asked with the thread\'s question', async () => {
    await mention('C0000CHAT2', '1700006100.000100', 'do heat pumps work in the cold?');
    await write('C0000CHAT2', { ts: '1700006100.000300', thread_ts: '1700006100.000100', user: 'U0000OTHER', text: "how's it going?" });
    await bot.settled();
    const followUp = answersIn('C0000CHAT2', '1700006100.000100')[1]!;
    expect(allText(followUp)).toContain(`“${escaped("do heat pumps work in the cold? how's it going?")}”`);
    expect(allText(followUp)).not.toContain("Hi! I answer questions from the team's research reports");
  });
});

describe('replies in a thread the bot never answered', () => {
  it('are left alone', async () => {
    await write('C0000NONE', { ts: '1700002000.000100', user: 'U0000OTHER', text: 'lunch plans?' });
    await write('C0000NONE', { ts: '1700002000.000200', thread_ts: '1700002000.000100', user: 'U0000ASKER', text: 'heat pumps in winter?' });
    await bot.settled();
    expect(slack.callsOf('conversations.replies').some((c) => c.body.channel === 'C0000NONE')).toBe(true);
    expect(slack.callsOf('chat.postMessage').filter((c) => c.body.channel === 'C0000NONE')).toHaveLength(0);
    expect(slack.callsOf('assistant.threads.setStatus').filter((c) => c.body.channel_id === 'C0000NONE')).toHaveLength(0);
  });

  // The thread's first question is the bot's first answer's (its metadata): where the bot never
  // answered there is none, and "cc @bot" is asked as it is, as at the top of a channel.
  it('are asked as they are when they mention the bot and only point', async () => {
    await write('C0000CC01', { ts: '1700002200.000100', user: 'U0000OTHER', text: 'do heat pumps work in the cold?' });
    await mentionInThread('C0000CC01', '1700002200.000200', '1700002200.000100', `cc <@${BOT_USER_ID}>`);
    await mention('C0000CC01', '1700002200.000300', 'cc');
    const [inThread] = answersIn('C0000CC01', '1700002200.000100');
    const [atTop] = answersIn('C0000CC01', '1700002200.000300');
    expect(answersIn('C0000CC01', '1700002200.000100')).toHaveLength(1);
    expect(allText(inThread!)).toBe(allText(atTop!));
    expect(allText(inThread!)).not.toContain(firstClaim('do heat pumps work in the cold?'));
  });

  it('are left alone, with a warning, when the thread cannot be read', async () => {
    await mention('C0000GONE', '1700002100.000100', 'heat pumps');
    slack.failApi('conversations.replies', 'missing_scope');
    await write('C0000GONE', { ts: '1700002100.000200', thread_ts: '1700002100.000100', user: 'U0000ASKER', text: 'and costs?' });
    await bot.settled();
    expect(answersIn('C0000GONE', '1700002100.000100')).toHaveLength(1);
    expect(bot.logger.at('warn').some((line) => line.startsWith('Could not read thread 1700002100.000100 in C0000GONE'))).toBe(true);
  });
});

describe('a follow-up after the bot restarts', () => {
  it('is answered from what the thread says, with the first question', async () => {
    await mention('C0000RSTR', '1700003000.000100', 'glp-1 side effects');
    await bot.stop();
    bot = await startBot({ slack });
    await write('C0000RSTR', { ts: '1700003000.000300', thread_ts: '1700003000.000100', user: 'U0000ASKER', text: 'and nausea?' });
    await bot.settled();
    const answers = answersIn('C0000RSTR', '1700003000.000100');
    expect(answers).toHaveLength(2);
    expect(allText(answers[1]!)).toContain('for “glp-1 side effects and nausea?”');
  });
});

describe('direct messages in a thread', () => {
  it('are answered in the thread, a short follow-up with the thread\'s first question', async () => {
    await write('D0000FLW1', { ts: '1700004000.000100', user: 'U0000ASKER', text: 'synthetic data risks' }, 'im');
    await bot.settled();
    const answer = slack.messagesIn('D0000FLW1').find((m) => m.bot_id === BOT_ID)!;
    expect(answer).not.toHaveProperty('thread_ts');
    // The person replies in the thread of the bot's answer.
    await write('D0000FLW1', { ts: '1700004000.000200', thread_ts: answer.ts, user: 'U0000ASKER', text: 'and model collapse?' }, 'im');
    await bot.settled();
    const reply = answersIn('D0000FLW1', answer.ts)[0]!;
    expect(allText(reply)).toContain('for “synthetic data risks and model collapse?”');
  });
});
