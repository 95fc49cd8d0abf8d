// Starts the real bot (createApp + startApp) in HTTP mode on a free loopback port against a
// FakeSlack, with the real reports and the real core. `stop()` closes everything it started.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App, AppOptions, Logger } from '@slack/bolt';
import type { Config } from '../../../src/config.js';
import { loadReports } from '../../../src/reports/loadReports.js';
import { type ChannelRulesChange, LiveChannelRules } from '../../../src/access/liveChannelRules.js';
import { Library } from '../../../src/library/library.js';
import type { AnswerTurns } from '../../../src/slack/answerTurns.js';
import type { BodyLimits } from '../../../src/slack/boundedReceiver.js';
import { createApp, startApp } from '../../../src/slack/createApp.js';
import { InFlight } from '../../../src/slack/inFlight.js';
import { FakeSlack } from './fakeSlack.js';
import { RecordingLogger } from './recordingLogger.js';
import { SIGNING_SECRET, SlackSender } from './signedRequests.js';

import { BUNDLED_REPORTS } from '../../support/reportsFolders.js';

export { BUNDLED_REPORTS, FIXTURE_REPORTS } from '../../support/reportsFolders.js';

export interface RunningBot {
  app: App;
  library: Library;
  slack: FakeSlack;
  logger: RecordingLogger;
  sender: SlackSender;
  /** The bot's base URL, e.g. http://127.0.0.1:port */
  url: string;
  feedbackLog: string;
  /** What the channels file's watcher has said, in order (a reload, a file that cannot be read, a file gone). */
  channelChanges: ChannelRulesChange[];
  /** Resolves once no request is being worked on (so a test can check what was not sent). */
  settled(): Promise<void>;
  stop(): Promise<void>;
}

export interface StartBotOptions {
  reportsDir?: string;
  rateLimitPerMinute?: number;
  /** A Slack already running (and kept running on stop): a restarted bot sees the same workspace. */
  slack?: FakeSlack;
  /** The feedback file; a new one in a scratch folder when not given. */
  feedbackLog?: string;
  /** Longest wait for one Slack request (the bot's default when not given). */
  slackTimeoutMs?: number;
  /** Web API client options, instead of no retries. */
  clientOptions?: AppOptions['clientOptions'];
  /** The bot's logger (e.g. the real pino one, to read its lines); `logger` then records nothing. */
  logger?: Logger;
  /** A channels file, read and kept live as the bot does (checked every 50 ms). */
  channelsFile?: string;
  /** The queue answers wait their turn in (the bot's one when not given). */
  turns?: AnswerTurns;
  /** What a request body may cost (the bot's defaults when not given). */
  bodyLimits?: Partial<BodyLimits>;
}

export async function startBot(options: StartBotOptions = {}): Promise<RunningBot> {
  const ownSlack = options.slack === undefined;
  const slack = options.slack ?? new FakeSlack();
  if (ownSlack) await slack.start();
  const scratch = await mkdtemp(join(tmpdir(), 'report-bot-slack-'));
  const logger = new RecordingLogger();
  const config: Config = {
    botToken: 'xoxb-test-token',
    signingSecret: SIGNING_SECRET,
    port: 0,
    reportsDir: options.reportsDir ?? BUNDLED_REPORTS,
    slackApiUrl: slack.apiUrl,
    feedbackLog: options.feedbackLog ?? join(scratch, 'feedback.jsonl'),
    rateLimitPerMinute: options.rateLimitPerMinute ?? 0,
    logLevel: 'info',
  };
  const library = Library.from(await loadReports(config.reportsDir));
  const inFlight = new InFlight();
  const channelChanges: ChannelRulesChange[] = [];
  const channels =
    options.channelsFile === undefined
      ? undefined
      : await LiveChannelRules.open({ path: options.channelsFile, required: true }, { pollMs: 50, onChange: (change) => channelChanges.push(change) });
  const app = createApp({
    config,
    library,
    ...(channels ? { channelRules: () => channels.rules } : {}),
    logger: options.logger ?? logger,
    inFlight,
    clientOptions: options.clientOptions ?? { retryConfig: { retries: 0 } },
    ...(options.slackTimeoutMs !== undefined ? { slackTimeoutMs: options.slackTimeoutMs } : {}),
    ...(options.turns ? { turns: options.turns } : {}),
    ...(options.bodyLimits ? { bodyLimits: options.bodyLimits } : {}),
  });
  const started = await startApp(app, config);
  if (started.mode !== 'http') throw new Error('expected HTTP mode');
  const url = `http://127.0.0.1:${started.port}`;
  return {
    app,
    library,
    slack,
    logger,
    sender: new SlackSender(`${url}/slack/events`),
    url,
    feedbackLog: config.feedbackLog,
    channelChanges,
    async settled() {
      if (!(await inFlight.drained(10_000))) throw new Error(`${inFlight.size} requests still in flight after 10 s`);
    },
    async stop() {
      channels?.close();
      await app.stop();
      if (ownSlack) await slack.stop();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
