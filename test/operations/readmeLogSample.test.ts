// The log lines the README shows (Slack set-up steps 5 and 6, Operations: Logs) are what the bot
// prints: the whole bot (runBot) in Socket Mode against a fake Slack, over the bundled reports,
// asked the README's question; its JSON lines, and the same lines as pino-pretty shows them.

import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prettyFactory } from 'pino-pretty';
import { configFromEnv } from '../../src/config.js';
import { createLogger } from '../../src/logging/createLogger.js';
import { runBot, type RunningBot } from '../../src/runBot.js';
import { FakeSlack } from '../slack/support/fakeSlack.js';
import { FakeSocketModeServer } from '../slack/support/fakeSocketMode.js';
import { commandPayload } from '../slack/support/signedRequests.js';
import { BUNDLED_REPORTS } from '../support/reportsFolders.js';

const README = new URL('../../README.md', import.meta.url);

let slack: FakeSlack;
let socketMode: FakeSocketModeServer;
let bot: RunningBot;
const lines: string[] = [];

beforeAll(async () => {
  slack = new FakeSlack();
  await slack.start();
  socketMode = await FakeSocketModeServer.behind(slack);
  const config = configFromEnv({
    SLACK_BOT_TOKEN: 'xoxb-1-2-readmesample',
    SLACK_APP_TOKEN: 'xapp-1-A1-readmesample',
    SLACK_API_URL: slack.apiUrl,
    REPORTS_DIR: BUNDLED_REPORTS,
    REPORT_CACHE_DIR: 'off',
  });
  const logger = createLogger({ secrets: [], pretty: false, destination: { write: (line) => lines.push(line) } });
  bot = await runBot({ ...config, feedbackLog: join(tmpdir(), 'report-bot-readme-feedback.jsonl') }, { logger, workers: 0, clientOptions: { retryConfig: { retries: 0 } } });
  await bot.loaded;
  const command = commandPayload('do heat pumps work in the cold?', slack.responseUrl('readme'), { user: 'U024BE7LH' });
  socketMode.send({ envelope_id: 'env-readme', type: 'slash_commands', payload: command, accepts_response_payload: true });
  await slack.waitForResponse('readme');
});

afterAll(async () => {
  await bot?.stop(1000);
  await socketMode?.close();
  await slack?.stop();
});

/** The README's fenced blocks (their lines, the fence's indent removed) that contain `marker`. */
async function readmeBlock(marker: string): Promise<string[]> {
  const text = await readFile(README, 'utf8');
  const blocks = [...text.matchAll(/^( *)```[a-z]*\n([\s\S]*?)^\1```/gm)].map(([, indent, body]) =>
    body!.split('\n').filter((line) => line !== '').map((line) => line.slice(indent!.length)),
  );
  const found = blocks.filter((block) => block.some((line) => line.includes(marker)));
  expect(found).toHaveLength(1);
  return found[0]!;
}

/**
 * Times and durations differ from run to run, and how many claims match a question moves with the
 * ranking work; the rest (messages, fields, their order, the hash) must be as printed.
 */
function normalize(line: string): string {
  return line
    .replace(/^\[\d\d:\d\d:\d\d\.\d\d\d\]/, '[time]')
    .replace(/^(\s+(?:ms|results): )\d+$/, '$1N')
    .replace(/"(time|ms|results)":\d+/g, '"$1":N');
}

function printed(msg: string): string[] {
  const prettify = prettyFactory({ colorize: false });
  const line = lines.find((l) => (JSON.parse(l) as { msg: string }).msg === msg);
  expect(line, `no "${msg}" line was logged`).toBeDefined();
  return prettify(line).split('\n').filter((l) => l !== '').map(normalize);
}

describe('the README log samples', () => {
  it('step 5: the start and the reports loaded, as npm start prints them', async () => {
    expect((await readmeBlock('INFO: report-bot started')).map(normalize)).toEqual([...printed('report-bot started'), ...printed('reports loaded')]);
  });

  it('step 6: the line for the question asked', async () => {
    expect((await readmeBlock('INFO: question answered')).map(normalize)).toEqual(printed('question answered'));
  });

  it('Operations, Logs: the same line as JSON', async () => {
    const json = lines.find((l) => l.includes('"msg":"question answered"'))!;
    expect((await readmeBlock('"msg":"question answered"')).map(normalize)).toEqual([normalize(json.trimEnd())]);
  });
});
