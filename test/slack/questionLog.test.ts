// The log line per question (issue 16), read from the real pino logger's output while the real
// Bolt app answers over loopback HTTP: one info line per question answered, whatever the surface,
// with a hash of the question; its text only at debug.

import { createHash } from 'node:crypto';
import type { Logger } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { createLogger } from '../../src/logging/createLogger.js';
import { questionHash } from '../../src/slack/questionLog.js';
import { BOT_USER_ID, FakeSlack } from './support/fakeSlack.js';
import { globalShortcut, messageShortcut, openedView, viewSubmission } from './support/signedRequests.js';
import { startBot, type RunningBot } from './support/startBot.js';

let slack: FakeSlack;
let bot: RunningBot;
let logger: Logger;
const lines: string[] = [];

beforeAll(async () => {
  slack = new FakeSlack();
  await slack.start();
  logger = createLogger({ secrets: [], level: 'debug', pretty: false, destination: { write: (line) => lines.push(line) } });
  bot = await startBot({ slack, logger });
});
afterAll(async () => {
  await bot?.stop();
  await slack?.stop();
});
beforeEach(() => {
  logger.setLevel('debug' as never);
  lines.length = 0;
});

type Entry = Record<string, unknown>;
const entries = (): Entry[] => lines.map((line) => JSON.parse(line) as Entry);
const questionLines = (): Entry[] => entries().filter((e) => e.msg === 'question answered');

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

let count = 0;
async function command(text: string, user = 'U0000LOGS'): Promise<void> {
  const id = `log-${++count}`;
  expect((await bot.sender.command(text, slack.responseUrl(id), { user })).status).toBe(200);
  await slack.waitForResponse(id);
  await bot.settled();
}

async function event(body: Entry): Promise<void> {
  expect((await bot.sender.event(body, `EvLog${++count}`)).status).toBe(200);
  await bot.settled();
}

describe('the log line per question', () => {
  it('is one JSON line at info: surface, user, hashed question, results, answered, time; the text only at debug', async () => {
    const question = 'what are the risks of synthetic data?';
    await command(question);
    const answer = answerQuestion(bot.library, question);
    const hash = sha256(question).slice(0, 12);

    const info = lines.filter((line) => line.includes('"msg":"question answered"'));
    expect(info).toHaveLength(1);
    expect(info[0]).toMatch(
      new RegExp(`^\\{"level":30,"time":\\d+,"surface":"slash","user":"U0000LOGS","question":"${hash}","results":${answer.total},"answered":true,"ms":\\d+,"msg":"question answered"\\}\\n$`),
    );
    expect(answer.total).toBeGreaterThan(3);
    expect(entries().filter((e) => e.msg === 'question text')).toEqual([{ level: 20, time: expect.any(Number), question: hash, text: question, msg: 'question text' }]);
    // Only the debug line carries the words.
    expect(lines.filter((line) => line.includes('synthetic data'))).toHaveLength(1);
  });

  it('at info, the question text is nowhere in the log', async () => {
    logger.setLevel('info' as never);
    await command('microplastics in bottled water');
    expect(questionLines()).toHaveLength(1);
    expect(lines.join('')).not.toContain('microplastics');
    expect(lines.join('')).not.toContain('bottled');
  });

  it('says when the reports do not answer: answered false, 0 results', async () => {
    await command('how do vaccines work?');
    expect(questionLines()).toEqual([
      expect.objectContaining({ surface: 'slash', question: sha256('how do vaccines work?').slice(0, 12), results: 0, answered: false }),
    ]);
  });

  it('logs no line for help, the list, a report shown or status: they are not questions', async () => {
    for (const text of ['help', 'list', 'show heat-pumps-cold-climates', 'status']) await command(text);
    expect(questionLines()).toEqual([]);
  });

  it('names each surface: mention, DM, thread reply, Check against reports, Ask the reports', async () => {
    const mentionTs = '1700009000.000100';
    const mentionText = `<@${BOT_USER_ID}> do heat pumps work in the cold?`;
    slack.addMessage('C0000LOGS', { ts: mentionTs, user: 'U0000MENT', text: mentionText });
    await event({ type: 'app_mention', user: 'U0000MENT', text: mentionText, ts: mentionTs, channel: 'C0000LOGS', event_ts: mentionTs });

    await event({ type: 'message', channel_type: 'im', channel: 'D0000LOGS', user: 'U0000DMER', text: 'glp-1 side effects', ts: '1700009001.000100', event_ts: '1700009001.000100' });

    const reply = { ts: '1700009002.000100', thread_ts: mentionTs, user: 'U0000THRD', text: 'and what about costs?' };
    slack.addMessage('C0000LOGS', reply);
    await event({ type: 'message', channel_type: 'channel', channel: 'C0000LOGS', event_ts: reply.ts, ...reply });

    const checked = { ts: '1700009003.000100', user: 'U0000AUTH', text: 'Heat pumps stop working below freezing.' };
    expect((await bot.sender.action(messageShortcut(checked, slack.responseUrl('log-check'), { user: 'U0000CHKR', channel: 'C0000LOGS' }))).status).toBe(200);
    await slack.waitForResponse('log-check');

    expect((await bot.sender.action(globalShortcut('ask_reports', { triggerId: 'trigger-log' }))).status).toBe(200);
    const modal = openedView((await slack.waitForCall('views.open')).body.view as Entry);
    const values = { question: { question: { type: 'plain_text_input', value: 'grid battery storage' } }, report: { report: { type: 'static_select', selected_option: null } } };
    expect((await bot.sender.action(viewSubmission(modal, values, { user: 'U0000MODL' }))).status).toBe(200);
    await bot.settled();

    const logged = questionLines().map(({ surface, user, question, answered }) => ({ surface, user, question, answered }));
    expect(logged).toEqual([
      { surface: 'mention', user: 'U0000MENT', question: questionHash('do heat pumps work in the cold?'), answered: true },
      { surface: 'dm', user: 'U0000DMER', question: questionHash('glp-1 side effects'), answered: true },
      // A short follow-up is searched with the thread's first question: that is what is hashed.
      { surface: 'thread', user: 'U0000THRD', question: questionHash('do heat pumps work in the cold? and what about costs?'), answered: true },
      { surface: 'check-shortcut', user: 'U0000CHKR', question: questionHash('Heat pumps stop working below freezing.'), answered: true },
      { surface: 'ask-shortcut', user: 'U0000MODL', question: questionHash('grid battery storage'), answered: true },
    ]);
  });
});

describe('questionHash', () => {
  it('is the first 12 hex digits of the SHA-256 of the question, the same for the same words in another case or spacing', () => {
    expect(questionHash('heat pumps in winter')).toBe(sha256('heat pumps in winter').slice(0, 12));
    expect(questionHash('  Heat   pumps in WINTER ')).toBe(questionHash('heat pumps in winter'));
    expect(questionHash('heat pumps in summer')).not.toBe(questionHash('heat pumps in winter'));
  });
});
