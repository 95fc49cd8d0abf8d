// HEALTH_PORT: /healthz on a port of its own, so a bot in Socket Mode can be health-checked too.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/config.js';
import { runBot, type RunningBot } from '../../src/runBot.js';
import { FakeSlack } from './support/fakeSlack.js';
import { FakeSocketModeServer } from './support/fakeSocketMode.js';
import { RecordingLogger } from './support/recordingLogger.js';
import { BUNDLED_REPORTS } from './support/startBot.js';
import { freePort } from '../support/freePort.js';

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

describe('HEALTH_PORT', () => {
  it('serves GET /healthz in Socket Mode, and only that', async () => {
    const slack = new FakeSlack();
    await slack.start();
    const socketMode = await FakeSocketModeServer.behind(slack);
    const scratch = await mkdtemp(join(tmpdir(), 'report-bot-health-'));
    cleanup.push(() => slack.stop(), () => socketMode.close(), () => rm(scratch, { recursive: true, force: true }));
    const config = configFromEnv({
      SLACK_BOT_TOKEN: 'xoxb-health',
      SLACK_APP_TOKEN: 'xapp-health',
      SLACK_API_URL: slack.apiUrl,
      HEALTH_PORT: '0',
      REPORTS_DIR: BUNDLED_REPORTS,
      REPORT_CACHE_DIR: 'off',
      FEEDBACK_LOG: join(scratch, 'feedback.jsonl'),
    });
    const bot: RunningBot = await runBot(config, { logger: new RecordingLogger(), clientOptions: { retryConfig: { retries: 0 } } });
    cleanup.push(async () => void (await bot.stop(1000)));
    expect(bot.started.mode).toBe('socket');
    await bot.loaded;

    const port = bot.health?.port;
    expect(port).toBeGreaterThan(0);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', reports: 7, errors: [] });
    expect((await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST' })).status).toBe(404);
  });

  it('answers 503 "waiting for Slack" from the start, while Slack is unreachable, then 200', async () => {
    const apiPort = await freePort();
    const healthPort = await freePort();
    const scratch = await mkdtemp(join(tmpdir(), 'report-bot-health-'));
    cleanup.push(() => rm(scratch, { recursive: true, force: true }));
    const config = configFromEnv({
      SLACK_BOT_TOKEN: 'xoxb-health',
      SLACK_APP_TOKEN: 'xapp-health',
      SLACK_API_URL: `http://127.0.0.1:${apiPort}/api/`,
      HEALTH_PORT: String(healthPort),
      REPORTS_DIR: BUNDLED_REPORTS,
      REPORT_CACHE_DIR: 'off',
      FEEDBACK_LOG: join(scratch, 'feedback.jsonl'),
    });
    const logger = new RecordingLogger();
    const running = runBot(config, { logger, clientOptions: { retryConfig: { retries: 0 } } });
    await logger.waitFor('warn', /Cannot reach Slack/);
    const waiting = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
    expect(waiting.status).toBe(503);
    expect(await waiting.json()).toEqual({ status: 'waiting for Slack' });

    const slack = new FakeSlack();
    await slack.start(apiPort);
    const socketMode = await FakeSocketModeServer.behind(slack);
    cleanup.push(() => slack.stop(), () => socketMode.close());
    const bot = await running;
    cleanup.push(async () => void (await bot.stop(1000)));
    expect(bot.health?.port).toBe(healthPort);
    expect((await fetch(`http://127.0.0.1:${healthPort}/healthz`)).status).toBe(200);
  });

  it('is checked like PORT', () => {
    expect(() => configFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', HEALTH_PORT: 'eighty' })).toThrow('HEALTH_PORT must be a port number');
    expect(configFromEnv({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).healthPort).toBeUndefined();
  });
});

