// SIGTERM to the real bot process (src/main.ts) while a /reports answer is in flight.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED_REPORTS } from '../support/reportsFolders.js';
import { FakeSlack } from '../slack/support/fakeSlack.js';
import { SIGNING_SECRET, SlackSender } from '../slack/support/signedRequests.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

interface BotProcess {
  child: ChildProcess;
  port: number;
  exited: Promise<{ code: number | null; at: number }>;
}

async function startBotProcess(slack: FakeSlack, scratch: string): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SLACK_BOT_TOKEN: 'xoxb-shutdown-test',
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
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.once('exit', (code) => resolve({ code, at: Date.now() })));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const started = out.split('\n').map((l) => (l.startsWith('{') ? JSON.parse(l) : {})).find((e) => e.msg === 'report-bot started');
      if (started) resolve(started.port);
    });
    child.once('exit', (code) => reject(new Error(`bot exited early (${code}): ${out}`)));
  });
  return { child, port, exited };
}

describe('shutdown', () => {
  it('on SIGTERM stops taking requests, finishes the one in flight, and exits 0', async () => {
    const slack = new FakeSlack();
    await slack.start();
    const scratch = await mkdtemp(join(tmpdir(), 'report-bot-stop-'));
    cleanup.push(() => slack.stop(), () => rm(scratch, { recursive: true, force: true }));
    const bot = await startBotProcess(slack, scratch);
    const sender = new SlackSender(`http://127.0.0.1:${bot.port}/slack/events`);

    // Slack takes its time to accept the answer, so the bot's work is still in flight.
    slack.responseDelayMs = 1500;
    expect((await sender.command('heat pumps in the cold', slack.responseUrl('in-flight'))).status).toBe(200);
    await slack.waitForResponse('in-flight');
    bot.child.kill('SIGTERM');

    const { code, at } = await bot.exited;
    expect(code).toBe(0);
    // It left only after Slack had accepted the answer in flight.
    expect(slack.responsesAnsweredAt[0]).toBeLessThanOrEqual(at);
    await expect(sender.command('too late', slack.responseUrl('late'))).rejects.toThrow();
  });
});
