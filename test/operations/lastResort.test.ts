// The bot process (src/main.ts) when a bug escapes every handler: an unhandled rejection is logged
// and the bot keeps serving; an uncaught exception is logged and the bot stops cleanly, exiting 1.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeSlack } from '../slack/support/fakeSlack.js';
import { SIGNING_SECRET, SlackSender } from '../slack/support/signedRequests.js';
import { eventually } from '../support/eventually.js';
import { BUNDLED_REPORTS } from '../support/reportsFolders.js';
import { ROOT } from '../support/productionBuild.js';

const MISBEHAVE = join(ROOT, 'test', 'operations', 'support', 'misbehave.mjs');

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

interface BotProcess {
  child: ChildProcess;
  port: number;
  logs: Record<string, unknown>[];
  exited: Promise<number | null>;
  slack: FakeSlack;
}

async function startMisbehavingBot(kind: 'reject' | 'throw'): Promise<BotProcess> {
  const slack = new FakeSlack();
  await slack.start();
  const scratch = await mkdtemp(join(tmpdir(), 'report-bot-last-resort-'));
  cleanup.push(() => slack.stop(), () => rm(scratch, { recursive: true, force: true }));
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', MISBEHAVE, 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      MISBEHAVE: kind,
      SLACK_BOT_TOKEN: 'xoxb-last-resort-test',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: '',
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
      REPORTS_DIR: BUNDLED_REPORTS,
      FEEDBACK_LOG: join(scratch, 'feedback.jsonl'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  cleanup.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const logs: Record<string, unknown>[] = [];
  let out = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const lines = out.split('\n');
      out = lines.pop() ?? '';
      for (const line of lines) {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.msg === 'report-bot started') resolve(entry.port as number);
      }
    });
    child.once('exit', (code) => reject(new Error(`bot exited early (${code}): ${JSON.stringify(logs)}`)));
  });
  return { child, port, logs, exited, slack };
}

describe('a bug that escapes every handler', () => {
  it('as an unhandled rejection is logged, and the bot keeps serving', async () => {
    const bot = await startMisbehavingBot('reject');
    bot.child.kill('SIGUSR2');
    await eventually(() => expect(bot.logs.map((l) => l.msg)).toContain('unhandled promise rejection (a bug); still serving'));
    const sender = new SlackSender(`http://127.0.0.1:${bot.port}/slack/events`);
    expect((await sender.command('heat pumps', bot.slack.responseUrl('after-bug'))).status).toBe(200);
    await bot.slack.waitForResponse('after-bug');
    expect(bot.child.exitCode).toBeNull();
  });

  it('as an uncaught exception is logged, and the bot stops cleanly with exit code 1', async () => {
    const bot = await startMisbehavingBot('throw');
    bot.child.kill('SIGUSR2');
    expect(await bot.exited).toBe(1);
    const messages = bot.logs.map((l) => l.msg);
    expect(messages).toContain('uncaught exception (a bug); stopping');
    expect(messages).toContain('report-bot stopped');
  });
});
