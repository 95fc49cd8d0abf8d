// Child process of the benchmark: the bot as it runs in production (runBot: load with the cache,
// live reload, HTTP mode), its Web API pointed at the fake Slack the parent runs. Prints one JSON
// line, {"port": n}, once it listens; stops on SIGTERM.
// `tsx bench/botServer.ts <reports dir> <fake Slack API URL>`

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Config, libraryConfigFromEnv } from '../src/config.js';
import { createLogger } from '../src/logging/createLogger.js';
import { runBot } from '../src/runBot.js';
import { SIGNING_SECRET } from '../test/slack/support/signedRequests.js';

const [reportsDir, slackApiUrl] = process.argv.slice(2);
if (!reportsDir || !slackApiUrl) throw new Error('usage: botServer.ts <reports dir> <fake Slack API URL>');

const config: Config = {
  botToken: 'xoxb-bench-token',
  signingSecret: SIGNING_SECRET,
  port: 0,
  reportsDir,
  reportCacheDir: libraryConfigFromEnv(process.env).reportCacheDir,
  slackApiUrl,
  feedbackLog: join(await mkdtemp(join(tmpdir(), 'report-bot-bench-')), 'feedback.jsonl'),
  // On, as in production: every request comes from its own user, so none is limited.
  rateLimitPerMinute: 10,
  logLevel: 'warn',
};
// Logs go to stderr (stdout carries the port line); warnings only, as a production bot would run.
const logger = createLogger({ secrets: [config.botToken, SIGNING_SECRET], level: 'warn', pretty: false, destination: process.stderr });
const bot = await runBot(config, { logger, clientOptions: { retryConfig: { retries: 0 } } });
if (bot.started.mode !== 'http') throw new Error('expected HTTP mode');
process.stdout.write(`${JSON.stringify({ port: bot.started.port })}\n`);
process.once('SIGTERM', () => void bot.stop(1000).then(() => process.exit(0)));
