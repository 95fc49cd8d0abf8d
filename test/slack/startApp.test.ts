import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.js';
import { Library } from '../../src/library/library.js';
import { createApp, startApp } from '../../src/slack/createApp.js';
import { FakeSlack } from './support/fakeSlack.js';
import { RecordingLogger } from './support/recordingLogger.js';

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
});
