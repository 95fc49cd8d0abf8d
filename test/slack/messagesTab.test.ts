import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportTitle } from '../../src/render/reportTitle.js';
import { allText } from './support/messages.js';
import { startBot, type RunningBot } from './support/startBot.js';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot?.stop();
});

let opened = 0;
async function openMessagesTab(channel: string, user = 'U0000TAB1'): Promise<void> {
  opened += 1;
  const reply = await bot.sender.event({ type: 'app_home_opened', user, channel, tab: 'messages', event_ts: `1700006000.${String(opened).padStart(6, '0')}` }, `EvTab${opened}`);
  expect(reply.status).toBe(200);
  await bot.settled();
}

function greetingsIn(channel: string): Record<string, unknown>[] {
  return bot.slack.callsOf('chat.postMessage').filter((c) => c.body.channel === channel).map((c) => c.body);
}

describe('the Messages tab', () => {
  it('offers the newest reports\' topics as suggested prompts, above the composer (no thread)', async () => {
    await openMessagesTab('D0000TAB1');
    const call = bot.slack.callsOf('assistant.threads.setSuggestedPrompts').find((c) => c.body.channel_id === 'D0000TAB1')!;
    expect(call.body).not.toHaveProperty('thread_ts');
    const newest = [...bot.library.reports].sort((a, b) => b.date.localeCompare(a.date)).slice(0, 4);
    expect(call.body.prompts).toEqual(newest.map((r) => ({ title: reportTitle(r.topic, 40), message: reportTitle(r.topic, 200) })));
    for (const prompt of call.body.prompts as Array<{ title: string }>) expect(prompt.title.length).toBeLessThanOrEqual(40);
  });

  it('greets once: the first time it is opened, not after', async () => {
    await openMessagesTab('D0000TAB2', 'U0000TAB2');
    const [greeting] = greetingsIn('D0000TAB2');
    expect(allText(greeting!)).toContain(`Hi! I answer questions from the team's research reports (${bot.library.reports.length} reports, ${bot.library.claimCount} claims)`);
    await openMessagesTab('D0000TAB2', 'U0000TAB2');
    expect(greetingsIn('D0000TAB2')).toHaveLength(1);
    expect(bot.slack.callsOf('assistant.threads.setSuggestedPrompts').filter((c) => c.body.channel_id === 'D0000TAB2')).toHaveLength(2);
  });

  it('does not greet someone who has talked with the bot before', async () => {
    bot.slack.addMessage('D0000TAB3', { ts: '1700006100.000100', user: 'U0000TAB3', text: 'heat pumps' });
    await openMessagesTab('D0000TAB3', 'U0000TAB3');
    expect(greetingsIn('D0000TAB3')).toHaveLength(0);
  });

  it('still greets when the prompts cannot be set, and stays quiet when the conversation cannot be read', async () => {
    bot.slack.failApi('assistant.threads.setSuggestedPrompts', 'missing_scope');
    await openMessagesTab('D0000TAB4', 'U0000TAB4');
    expect(greetingsIn('D0000TAB4')).toHaveLength(1);
    expect(bot.logger.at('warn').some((line) => line.startsWith('Could not set the suggested prompts for U0000TAB4'))).toBe(true);

    bot.slack.failApi('conversations.history', 'missing_scope');
    await openMessagesTab('D0000TAB5', 'U0000TAB5');
    expect(greetingsIn('D0000TAB5')).toHaveLength(0);
    expect(bot.logger.at('warn').some((line) => line.startsWith('Could not greet U0000TAB5'))).toBe(true);
  });

  it('shows a status while a question asked there is searched, cleared once the answer is posted', async () => {
    await bot.sender.event({ type: 'message', channel_type: 'im', channel: 'D0000TAB7', user: 'U0000TAB7', text: 'heat pumps in the cold', ts: '1700006300.000100', event_ts: '1700006300.000100' }, 'EvTabAsk');
    await bot.settled();
    const calls = bot.slack.calls.filter((c) => c.body.channel_id === 'D0000TAB7' || c.body.channel === 'D0000TAB7');
    expect(calls.map((c) => [c.method, c.body.status ?? null])).toEqual([
      ['assistant.threads.setStatus', 'is searching the reports…'],
      ['chat.postMessage', null],
      ['assistant.threads.setStatus', ''],
    ]);
    expect(calls[0]!.body.thread_ts).toBe('1700006300.000100');
  });

  it('leaves the Home tab to App Home', async () => {
    await bot.sender.event({ type: 'app_home_opened', user: 'U0000TAB6', channel: 'D0000TAB6', tab: 'home', event_ts: '1700006200.000100' }, 'EvTabHome');
    await bot.settled();
    expect(bot.slack.callsOf('assistant.threads.setSuggestedPrompts').filter((c) => c.body.channel_id === 'D0000TAB6')).toHaveLength(0);
    expect(greetingsIn('D0000TAB6')).toHaveLength(0);
  });
});
