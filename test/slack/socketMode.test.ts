import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { Library } from '../../src/library/library.js';
import { createApp, startApp } from '../../src/slack/createApp.js';
import { BOT_USER_ID, FakeSlack } from './support/fakeSlack.js';
import { FakeSocketModeServer } from './support/fakeSocketMode.js';
import { allText, escaped } from './support/messages.js';
import { RecordingLogger } from './support/recordingLogger.js';
import { commandPayload, eventCallback } from './support/signedRequests.js';
import { BUNDLED_REPORTS } from './support/startBot.js';

let slack: FakeSlack;
let socketMode: FakeSocketModeServer;
let app: App;
let library: Library;
let logger: RecordingLogger;
let scratch: string;

beforeAll(async () => {
  slack = new FakeSlack();
  await slack.start();
  socketMode = await FakeSocketModeServer.behind(slack);
  scratch = await mkdtemp(join(tmpdir(), 'report-bot-socket-'));
  library = Library.from(await loadReports(BUNDLED_REPORTS));
  logger = new RecordingLogger();
  const config = { botToken: 'xoxb-test-token', appToken: 'xapp-test-token', port: 0, reportsDir: BUNDLED_REPORTS, slackApiUrl: slack.apiUrl, feedbackLog: join(scratch, 'feedback.jsonl'), rateLimitPerMinute: 0, logLevel: 'info' as const };
  app = createApp({ config, library, logger, clientOptions: { retryConfig: { retries: 0 } } });
  expect(await startApp(app, config)).toEqual({ mode: 'socket' });
});

afterAll(async () => {
  await app?.stop();
  await socketMode?.close();
  await slack?.stop();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('Socket Mode', () => {
  it('opens the connection with the app token', () => {
    const open = slack.callsOf('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]!.token).toBe('xapp-test-token');
  });

  it('acks an events_api envelope and answers the mention in its thread; a retry is acked, not answered', async () => {
    const event = { type: 'app_mention', user: 'U0000ASKER', text: `<@${BOT_USER_ID}> heat pump efficiency`, ts: '1700002000.000100', channel: 'C0000SOCK', event_ts: '1700002000.000100' };
    socketMode.send({ envelope_id: 'env-event', type: 'events_api', payload: eventCallback(event, 'EvSOCKET'), accepts_response_payload: false, retry_attempt: 0, retry_reason: '' });
    expect((await socketMode.ackFor('env-event')).envelope_id).toBe('env-event');
    const posted = await slack.waitFor(() => slack.callsOf('chat.postMessage').find((c) => c.body.channel === 'C0000SOCK')?.body);
    expect(posted.thread_ts).toBe('1700002000.000100');
    expect(allText(posted)).toContain(`1. ${answerQuestion(library, 'heat pump efficiency').items[0]!.claim.text}`);

    socketMode.send({ envelope_id: 'env-retry', type: 'events_api', payload: eventCallback(event, 'EvSOCKET'), accepts_response_payload: false, retry_attempt: 1, retry_reason: 'timeout' });
    await socketMode.ackFor('env-retry');
    await logger.waitFor('info', /^Skipped event EvSOCKET/);
    expect(slack.callsOf('chat.postMessage').filter((c) => c.body.channel === 'C0000SOCK')).toHaveLength(1);
  });

  it('acks a slash_commands envelope and answers by the response_url', async () => {
    socketMode.send({ envelope_id: 'env-command', type: 'slash_commands', payload: commandPayload('list', slack.responseUrl('socket-list')), accepts_response_payload: true });
    expect((await socketMode.ackFor('env-command')).envelope_id).toBe('env-command');
    const answer = (await slack.waitForResponse('socket-list')).body;
    expect(answer.response_type).toBe('ephemeral');
    expect(allText(answer)).toContain(`*${library.reports.length} reports* to ask about`);
  });
});
