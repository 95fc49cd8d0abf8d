import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { Library } from '../../src/library/library.js';
import { createApp, startApp } from '../../src/slack/createApp.js';
import { FakeSlack } from './support/fakeSlack.js';
import { RecordingLogger } from './support/recordingLogger.js';
import { freePort } from '../support/freePort.js';

let slack: FakeSlack | undefined;
afterEach(async () => {
  await slack?.stop();
  slack = undefined;
});

describe('startApp', () => {
  it('stops with a message naming the token when Slack refuses it', async () => {
    slack = new FakeSlack();
    await slack.start();
    slack.failApi('auth.test', 'invalid_auth');
    const config = { botToken: 'xoxb-revoked', signingSecret: 'secret', port: 0, reportsDir: 'reports', slackApiUrl: slack.apiUrl, feedbackLog: 'unused.jsonl', rateLimitPerMinute: 0, logLevel: 'info' as const };
    const app = createApp({ config, library: new Library(), logger: new RecordingLogger(), clientOptions: { retryConfig: { retries: 0 } } });
    const failure = startApp(app, config);
    await expect(failure).rejects.toBeInstanceOf(ConfigError);
    await expect(failure).rejects.toThrow('Slack refused SLACK_BOT_TOKEN (invalid_auth)');
  });

  it('serves /healthz from the start: 503 while Slack is unreachable, 200 once it answers; and frees the port when the start fails', async () => {
    const apiPort = await freePort();
    const port = await freePort();
    const config = { botToken: 'xoxb-patient', signingSecret: 'secret', port, reportsDir: 'reports', slackApiUrl: `http://127.0.0.1:${apiPort}/api/`, feedbackLog: 'unused.jsonl', rateLimitPerMinute: 0, logLevel: 'info' as const };
    const logger = new RecordingLogger();
    const app = createApp({ config, library: new Library(), logger, clientOptions: { retryConfig: { retries: 0 } } });
    const starting = startApp(app, config);
    await logger.waitFor('warn', /Cannot reach Slack/);
    const waiting = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(waiting.status).toBe(503);
    expect(await waiting.json()).toMatchObject({ status: 'waiting for Slack' });
    expect((await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body: '{}' })).status).toBe(503);

    slack = new FakeSlack();
    await slack.start(apiPort);
    await expect(starting).resolves.toEqual({ mode: 'http', port });
    const ready = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ reports: 0 });
    await app.stop();

    // A start that fails (a refused token) closes what it listened on.
    slack.failApi('auth.test', 'invalid_auth');
    const refused = createApp({ config, library: new Library(), logger: new RecordingLogger(), clientOptions: { retryConfig: { retries: 0 } } });
    await expect(startApp(refused, config)).rejects.toBeInstanceOf(ConfigError);
    await new Promise<void>((resolve, reject) => {
      const again = createServer().once('error', reject).listen(port, '127.0.0.1', () => again.close(() => resolve()));
    });
  });

  it('with Slack unreachable, says which URL and that it keeps trying, and starts once Slack answers', async () => {
    const port = await freePort();
    const apiUrl = `http://127.0.0.1:${port}/api/`;
    const config = { botToken: 'xoxb-patient', signingSecret: 'secret', port: 0, reportsDir: 'reports', slackApiUrl: apiUrl, feedbackLog: 'unused.jsonl', rateLimitPerMinute: 0, logLevel: 'info' as const };
    const logger = new RecordingLogger();
    const app = createApp({ config, library: new Library(), logger, clientOptions: { retryConfig: { retries: 0 } } });
    const starting = startApp(app, config);
    const warning = await logger.waitFor('warn', /Cannot reach Slack/);
    expect(warning).toContain(`Cannot reach Slack's Web API at ${apiUrl}: connect ECONNREFUSED 127.0.0.1:${port}. Still trying`);

    slack = new FakeSlack();
    await slack.start(port);
    await expect(starting).resolves.toMatchObject({ mode: 'http' });
    expect(logger.at('info').join('\n')).toContain(`Slack's Web API at ${apiUrl} answers now`);
    await app.stop();
  });
});

