// The running bot (runBot) and its channels file on disk: a file that cannot be used stops the
// start with a message naming it; unknown collections, changes and bad edits are logged; the
// rules follow the file.

import { cp, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, type Config } from '../../src/config.js';
import { createLogger } from '../../src/logging/createLogger.js';
import { runBot, type RunningBot } from '../../src/runBot.js';
import { COLLECTION_FIXTURES } from '../support/reportsFolders.js';
import { FakeSlack } from '../slack/support/fakeSlack.js';
import { accessoriesOf } from '../slack/support/messages.js';
import { SIGNING_SECRET, SlackSender } from '../slack/support/signedRequests.js';
import { eventually } from '../support/eventually.js';

let scratch: string;
let slack: FakeSlack;
let bot: RunningBot | undefined;
let logLines: string[];
beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'report-bot-channels-run-'));
  await cp(COLLECTION_FIXTURES, join(scratch, 'reports'), { recursive: true });
  slack = new FakeSlack();
  await slack.start();
  logLines = [];
});
afterEach(async () => {
  await bot?.stop(1000);
  bot = undefined;
  await slack.stop();
  await rm(scratch, { recursive: true, force: true });
});

function start(channelsFile: { path: string; required: boolean }): Promise<RunningBot> {
  const config: Config = {
    botToken: 'xoxb-test-token',
    signingSecret: SIGNING_SECRET,
    port: 0,
    reportsDir: join(scratch, 'reports'),
    reportCacheDir: null,
    channelsFile,
    slackApiUrl: slack.apiUrl,
    feedbackLog: join(scratch, 'feedback.jsonl'),
    rateLimitPerMinute: 0,
    logLevel: 'info',
  };
  const logger = createLogger({ secrets: [], level: 'info', pretty: false, destination: { write: (line) => logLines.push(line) } });
  return runBot(config, { logger, clientOptions: { retryConfig: { retries: 0 } }, channelsPollMs: 50, workers: 0 });
}

const logged = (): { level: number; msg: string; [key: string]: unknown }[] => logLines.map((line) => JSON.parse(line));

let asked = 0;
async function reportsIn(running: RunningBot, channel: string): Promise<string[]> {
  if (running.started.mode !== 'http') throw new Error('expected HTTP mode');
  const id = `run-${++asked}`;
  await new SlackSender(`http://127.0.0.1:${running.started.port}/slack/events`).command('budget', slack.responseUrl(id), { channel });
  return accessoriesOf((await slack.waitForResponse(id)).body).map((b) => b.value).sort();
}

describe('the bot with a channels file', () => {
  it('does not start with a file it cannot use, and says which file and line; starts without one at the default path', async () => {
    const path = join(scratch, 'channels.yml');
    await writeFile(path, 'channels:\n  C0MARKET1: [marketing\ndefault: all\n');
    const error = await start({ path, required: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(new RegExp(`^Cannot start: channels file ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, line \\d: not valid YAML \\(.+\\)\\.$`));
    const missing = await start({ path: join(scratch, 'none.yml'), required: true }).catch((e: unknown) => e);
    expect((missing as Error).message).toMatch(/none\.yml does not exist; create it, or unset CHANNELS_FILE/);
    // The default path missing is no error: every channel sees every report.
    bot = await start({ path: join(scratch, 'none.yml'), required: false });
    await bot.loaded;
    expect(await reportsIn(bot, 'C0MARKET1')).toHaveLength(3);
    // ...and a file made there later is read, as a change would be.
    await writeFile(join(scratch, 'none.yml'), 'default: [engineering]\n');
    await eventually(async () => expect(await reportsIn(bot!, 'C0MARKET1')).toEqual(['engineering/incident-review', 'general']), 5000);
  });

  it('warns of an unknown collection once the reports are read, and follows the file, logging each change', async () => {
    const path = join(scratch, 'channels.yml');
    await writeFile(path, 'channels:\n  C0MARKET1: [marketing, markting]\ndefault: []\n');
    bot = await start({ path, required: false });
    await bot.loaded;
    expect(logged()).toContainEqual(expect.objectContaining({ msg: 'channels file read', channels: 1, default: [] }));
    expect(logged().filter((l) => l.level === 40).map((l) => l.msg)).toEqual([
      `channels file ${path}: collection \`markting\` (in \`channels.C0MARKET1\`) is no folder of the reports folder (the collections are: engineering, marketing, marketing/emea); it shows nothing until it exists`,
    ]);
    expect(await reportsIn(bot, 'C0MARKET1')).toEqual(['general', 'marketing/emea/launch', 'marketing/q3-survey']);
    expect(await reportsIn(bot, 'C0OTHER01')).toEqual(['general']);

    await writeFile(path, 'channels:\n  C0MARKET1: [engineering]\n');
    await eventually(() => expect(logged()).toContainEqual(expect.objectContaining({ msg: 'channels file reloaded', channels: 1, default: 'all' })), 5000);
    expect(await reportsIn(bot, 'C0MARKET1')).toEqual(['engineering/incident-review', 'general']);

    await writeFile(path, 'channels: [C0MARKET1\n');
    await eventually(() => expect(logged()).toContainEqual(expect.objectContaining({ level: 50, msg: 'channels file not reloaded; the last good rules stay' })), 5000);
    expect(await reportsIn(bot, 'C0MARKET1')).toEqual(['engineering/incident-review', 'general']);

    await unlink(path);
    await eventually(() => expect(logged()).toContainEqual(expect.objectContaining({ level: 40, msg: 'channels file is gone; its last rules stay until it is back or the bot restarts' })), 5000);
    expect(await reportsIn(bot, 'C0MARKET1')).toEqual(['engineering/incident-review', 'general']);
  });
});
