// The bot as a real child process (`node --import tsx src/main.ts`, `npm start`, …) in HTTP mode
// against a FakeSlack, its JSON log lines collected (NODE_ENV=production), so tests can signal
// it, stop it, and run several side by side.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeSlack } from '../../slack/support/fakeSlack.js';
import { SIGNING_SECRET, SlackSender } from '../../slack/support/signedRequests.js';
import { nextEvent } from '../../support/eventOrder.js';
import { ROOT } from '../../support/productionBuild.js';
import { BUNDLED_REPORTS } from '../../support/reportsFolders.js';

export interface LogLine {
  msg: string;
  level: number;
  [key: string]: unknown;
}

export interface BotProcess {
  child: ChildProcess;
  port: number;
  url: string;
  sender: SlackSender;
  /** The JSON log lines so far. */
  logs: LogLine[];
  /** Its exit code, and the exit's place in this test process's order of events (eventOrder.ts). */
  exited: Promise<{ code: number | null; inOrder: number }>;
  /** Resolves with the first log line whose msg matches, now or when it comes. */
  waitForLog(pattern: RegExp): Promise<LogLine>;
  /** SIGTERM, then waits for the exit (SIGKILL after 10 s). */
  stop(): Promise<void>;
}

export interface BotProcessOptions {
  cwd?: string;
  /** Added to the bot's environment (see botEnv). */
  env?: NodeJS.ProcessEnv;
  /** Its own process group, as a terminal's foreground job. */
  detached?: boolean;
}

/** `node --import tsx src/main.ts` unless a command is given. */
export async function startBotProcess(command: string = process.execPath, args: string[] = ['--import', 'tsx', 'src/main.ts'], options: BotProcessOptions = {}): Promise<BotProcess> {
  const child = spawn(command, args, {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NODE_ENV: 'production', SLACK_APP_TOKEN: '', PORT: '0', REPORT_CACHE_DIR: 'off', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  const logs: LogLine[] = [];
  const waiters: { pattern: RegExp; resolve: (line: LogLine) => void }[] = [];
  let out = '';
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const lines = out.split('\n');
    out = lines.pop() ?? '';
    for (const text of lines) {
      if (!text.startsWith('{')) continue;
      const line = JSON.parse(text) as LogLine;
      logs.push(line);
      for (const waiter of waiters.filter((w) => w.pattern.test(line.msg))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const exited = new Promise<{ code: number | null; inOrder: number }>((resolve) => child.once('exit', (code) => resolve({ code, inOrder: nextEvent() })));
  const waitForLog = (pattern: RegExp): Promise<LogLine> => {
    const found = logs.find((line) => pattern.test(line.msg));
    return found ? Promise.resolve(found) : new Promise((resolve) => waiters.push({ pattern, resolve }));
  };
  const started = await Promise.race([
    waitForLog(/^report-bot started$/),
    exited.then(({ code }) => {
      throw new Error(`bot exited early (${code}): ${JSON.stringify(logs)} ${err}`);
    }),
  ]);
  const port = started.port as number;
  const url = `http://127.0.0.1:${port}`;
  return {
    child,
    port,
    url,
    sender: new SlackSender(`${url}/slack/events`),
    logs,
    exited,
    waitForLog,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** What a bot process needs against `slack`: tokens, the reports, a feedback file in `scratch`. */
export function botEnv(slack: FakeSlack, scratch: string, reportsDir = BUNDLED_REPORTS): NodeJS.ProcessEnv {
  return {
    SLACK_BOT_TOKEN: 'xoxb-process-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    REPORTS_DIR: reportsDir,
    FEEDBACK_LOG: join(scratch, 'feedback.jsonl'),
  };
}

export async function scratchFolder(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'report-bot-process-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
