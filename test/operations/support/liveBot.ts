// The whole bot (runBot) in HTTP mode on loopback, over a temp reports folder that a test may
// change under it, against a FakeSlack; and probes of what a person sees meanwhile.

import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Config } from '../../../src/config.js';
import { createLogger } from '../../../src/logging/createLogger.js';
import { runBot, type RunBotOptions, type RunningBot } from '../../../src/runBot.js';
import { FakeSlack } from '../../slack/support/fakeSlack.js';
import { allText } from '../../slack/support/messages.js';
import { SIGNING_SECRET, SlackSender } from '../../slack/support/signedRequests.js';
import { FIXTURE_REPORTS } from '../../support/reportsFolders.js';

export const BOT_TOKEN = 'xoxb-1111111111-2222222222-SecretBotTokenValue';

export interface LiveBot {
  bot: RunningBot;
  slack: FakeSlack;
  sender: SlackSender;
  url: string;
  /** The reports folder (valid-minimal.md in it at start, unless `prepare` changed that). */
  dir: string;
  /** Where the temp folders are; the reports folder is `dir`, inside it. */
  scratch: string;
  logLines: string[];
  stop(): Promise<void>;
}

export interface LiveBotOptions {
  config?: Partial<Config>;
  run?: RunBotOptions;
  /** Runs on the reports folder before the bot starts. */
  prepare?: (dir: string) => Promise<void>;
  /** Wait for every report to be read before returning (default true). */
  waitForLoad?: boolean;
}

export async function startLiveBot(options: LiveBotOptions = {}): Promise<LiveBot> {
  const slack = new FakeSlack();
  await slack.start();
  const scratch = await mkdtemp(join(tmpdir(), 'report-bot-live-'));
  const dir = join(scratch, 'reports');
  await cp(join(FIXTURE_REPORTS, 'valid-minimal.md'), join(dir, 'valid-minimal.md'));
  await options.prepare?.(dir);
  const logLines: string[] = [];
  const config: Config = {
    botToken: BOT_TOKEN,
    signingSecret: SIGNING_SECRET,
    port: 0,
    reportsDir: dir,
    slackApiUrl: slack.apiUrl,
    feedbackLog: join(scratch, 'feedback.jsonl'),
    rateLimitPerMinute: 0,
    logLevel: 'debug',
    ...options.config,
  };
  const logger = createLogger({ secrets: [BOT_TOKEN, SIGNING_SECRET], level: 'debug', pretty: false, destination: { write: (l) => logLines.push(l) } });
  const bot = await runBot(config, { logger, clientOptions: { retryConfig: { retries: 0 } }, watch: { settleMs: 50, maxWaitMs: 300 }, ...options.run });
  if (bot.started.mode !== 'http') throw new Error('expected HTTP mode');
  if (options.waitForLoad ?? true) await bot.loaded;
  const url = `http://127.0.0.1:${bot.started.port}`;
  return {
    bot,
    slack,
    sender: new SlackSender(`${url}/slack/events`),
    url,
    dir,
    scratch,
    logLines,
    async stop() {
      await bot.stop(1000);
      await slack.stop();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}

let asked = 0;

/** Asks by /reports and returns the text of the private answer. */
export async function ask(h: LiveBot, question: string, user = 'U0000ASKER'): Promise<string> {
  const id = `ask-${++asked}`;
  const reply = await h.sender.command(question, h.slack.responseUrl(id), { user });
  expect(reply.status).toBe(200);
  return allText((await h.slack.waitForResponse(id)).body);
}

export interface Health {
  status: string;
  reports: number;
  claims: number;
  errors: { file: string; reason: string }[];
  lastReload: string;
  reportsDir?: string;
}

export async function health(h: LiveBot): Promise<Health> {
  const response = await fetch(`${h.url}/healthz`);
  return (await response.json()) as Health;
}

/**
 * Sends `/reports help` as another person, one after another, until `done` resolves; each must be
 * acknowledged (Slack shows an error to whoever is not). Returns how many were sent and acknowledged
 * while `during()` held both when sent and when acknowledged (all of them when not given): the bot
 * runs in this process, so each of those is a turn of its event loop taken in that time.
 */
export async function acknowledgedUntil(h: LiveBot, done: Promise<unknown>, during: () => boolean = () => true): Promise<number> {
  let finished = false;
  const finish = (): void => {
    finished = true;
  };
  done.then(finish, finish);
  let acknowledged = 0;
  while (!finished) {
    const sentDuring = during();
    const reply = await h.sender.command('help', h.slack.responseUrl(`probe-${++asked}`), { user: 'U0000PROBE' });
    expect(reply).toEqual({ status: 200, body: '' });
    if (sentDuring && during()) acknowledged++;
    // Paced, not timed: a pause so the probes do not crowd out the work they watch.
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await done;
  return acknowledged;
}
