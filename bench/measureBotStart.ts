// The bot's start as it runs in production: a fresh `node dist/main.js` (compiled, what `npm start`
// runs), or the source through tsx (`tsx src/main.ts`, what `npm run dev` runs) for comparison, in
// HTTP mode against the fake Slack. Each time counts from the spawn: `started`, the
// bot listening and connected to Slack (its `report-bot started` line); `ready`, /healthz no longer
// `loading` (every report served); `answered`, a question sent at that moment answered at its
// response_url: what a person waits for after a deploy. `loaded` is the `reports loaded` line (the
// cache and index snapshot written too).

import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { FakeSlack } from '../test/slack/support/fakeSlack.js';
import { SIGNING_SECRET, SlackSender } from '../test/slack/support/signedRequests.js';
import { childPids, mainThreadCpuMs, processCpuMs, processMemory } from './procfs.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TSX_CLI = join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

export type BotBuild = 'compiled' | 'tsx';

export interface BotStartFigures {
  build: BotBuild;
  startedMs: number;
  readyMs: number;
  loadedMs: number;
  answeredMs: number;
  /**
   * CPU time the bot's processes had used by the first answer (all threads; tsx's child too):
   * steadier than wall time on a shared machine. null where /proc cannot be read (not Linux).
   */
  cpuMs: number | null;
  /**
   * Of cpuMs, the bot's main thread's (the process running main.js: under tsx, the CLI's child),
   * which loads, indexes and answers; the rest is V8's collector and compiler threads and the parse
   * workers, and WordNet's table's build when one runs (a child process, counted in cpuMs). null as cpuMs.
   */
  mainCpuMs: number | null;
  reports: number;
  /** The machine's 1-minute load average before the start. */
  load: number;
  /** With `sampleMs`: the bot's memory sampled every second after its first answer. */
  memory?: BotMemory;
}

/** The bot's memory after its first answer (MB): itself, and with its child processes (WordNet's table build). */
export interface BotMemory {
  /** The bot's RSS at its first answer. */
  atAnswerMB: number;
  /** The bot and its children together at their highest, and the bot's own part then. */
  treePeakMB: number;
  botAtPeakMB: number;
  /** At the end of the sampling: the bot's RSS and its anonymous part (what no other process shares), and the tree's. */
  botEndMB: number;
  botEndAnonMB: number;
  treeEndMB: number;
  /** The bot's RSS each second. */
  botMB: number[];
}

export interface BotStartOptions {
  /** Added to the bot's environment (deploy settings: MALLOC_ARENA_MAX, NODE_OPTIONS). */
  env?: Record<string, string>;
  /** After the first answer, sample the memory every second for this long before stopping the bot. */
  sampleMs?: number;
}

/** Longest a start may take before the measurement gives up. */
const START_TIMEOUT_MS = 300_000;

/** One start of the bot over `reportsDir`; `cacheDir` as REPORT_CACHE_DIR (emptied by the caller for a cold start). */
export async function measureBotStart(build: BotBuild, reportsDir: string, cacheDir: string, question: string, options: BotStartOptions = {}): Promise<BotStartFigures> {
  const slack = new FakeSlack();
  await slack.start();
  const scratch = await mkdtemp(join(tmpdir(), 'report-bot-bench-start-'));
  const args = scriptArgs(build, 'main');
  const load = loadavg()[0] as number;
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      SLACK_BOT_TOKEN: 'xoxb-bench-start',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: '',
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
      REPORTS_DIR: reportsDir,
      REPORT_CACHE_DIR: cacheDir,
      FEEDBACK_LOG: join(scratch, 'feedback.jsonl'),
      RATE_LIMIT_PER_MINUTE: '0',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const lines = logLines(child);
    const startedLine = await lines.next(/^report-bot started$/);
    const startedMs = performance.now() - spawnedAt;
    const url = `http://127.0.0.1:${startedLine.port as number}`;
    let loadedMs = 0;
    let reports = 0;
    const loaded = lines.next(/^reports loaded$/).then((line) => {
      loadedMs = performance.now() - spawnedAt;
      reports = line.reports as number;
    });
    loaded.catch(() => undefined);
    await untilReady(`${url}/healthz`, spawnedAt);
    const readyMs = performance.now() - spawnedAt;
    const reply = await new SlackSender(`${url}/slack/events`).command(question, slack.responseUrl('start'), { user: 'UBENCHSTART' });
    if (reply.status !== 200) throw new Error(`the first question was refused: ${reply.status} ${reply.body}`);
    await slack.waitForResponse('start');
    const answeredMs = performance.now() - spawnedAt;
    const cpuMs = child.pid === undefined ? null : await processTreeCpuMs(child.pid);
    const mainCpuMs = child.pid === undefined ? null : await botMainThreadCpuMs(child.pid, build);
    const memory = options.sampleMs !== undefined && child.pid !== undefined ? await sampleMemory(child.pid, options.sampleMs) : undefined;
    await loaded;
    return { build, startedMs, readyMs, loadedMs, answeredMs, cpuMs, mainCpuMs, reports, load, ...(memory ? { memory } : {}) };
  } finally {
    child.kill('SIGTERM');
    if (child.exitCode === null && child.signalCode === null) await new Promise((resolve) => child.once('exit', resolve));
    await slack.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

/** `node dist/<script>.js`, or `tsx src/<script>.ts` (the tsx command, as the npm scripts run it). */
function scriptArgs(build: BotBuild, script: string): string[] {
  return build === 'compiled' ? [join(ROOT, 'dist', `${script}.js`)] : [TSX_CLI, join(ROOT, 'src', `${script}.ts`)];
}

/** `ask` one question over `reportsDir` with no cache: ms from the spawn to its exit. */
export async function measureAsk(build: BotBuild, reportsDir: string, question: string): Promise<number> {
  const started = performance.now();
  const { stdout } = await promisify(execFile)(process.execPath, [...scriptArgs(build, 'cli/ask'), '--reports', reportsDir, question], {
    cwd: ROOT,
    env: { ...process.env, REPORT_CACHE_DIR: 'off' },
  });
  const ms = performance.now() - started;
  if (stdout.trim() === '') throw new Error(`ask (${build}) printed nothing`);
  return ms;
}

/** The CPU time of the main thread of the process running the bot: `pid` compiled, its first child under tsx; null when it cannot be read. */
async function botMainThreadCpuMs(pid: number, build: BotBuild): Promise<number | null> {
  try {
    const bot = build === 'compiled' ? pid : (await childPids(pid))[0];
    if (bot === undefined || !Number.isInteger(bot) || bot <= 0) return null;
    return await mainThreadCpuMs(bot);
  } catch {
    return null;
  }
}

/** The process's memory every second for `ms` (a process's RSS and anonymous part from /proc/<pid>/status). */
async function sampleMemory(pid: number, ms: number): Promise<BotMemory> {
  const first = await processMemory(pid);
  const botMB = [first.rssMB];
  let peak = { treeMB: first.rssMB + (await childrenRssMB(pid)), botMB: first.rssMB };
  let last = { bot: first, treeMB: peak.treeMB };
  for (const end = performance.now() + ms; performance.now() < end; ) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const bot = await processMemory(pid);
    const treeMB = bot.rssMB + (await childrenRssMB(pid));
    botMB.push(bot.rssMB);
    if (treeMB > peak.treeMB) peak = { treeMB, botMB: bot.rssMB };
    last = { bot, treeMB };
  }
  return { atAnswerMB: first.rssMB, treePeakMB: peak.treeMB, botAtPeakMB: peak.botMB, botEndMB: last.bot.rssMB, botEndAnonMB: last.bot.anonMB, treeEndMB: last.treeMB, botMB };
}

/** The RSS of a process's descendants, summed. */
async function childrenRssMB(pid: number): Promise<number> {
  let mb = 0;
  for (const child of await childPids(pid)) mb += (await processMemory(child)).rssMB + (await childrenRssMB(child));
  return mb;
}

/** User and system CPU of a process and its descendants, from /proc; null when it cannot be read. */
async function processTreeCpuMs(pid: number): Promise<number | null> {
  try {
    let ms = await processCpuMs(pid);
    for (const child of await childPids(pid)) ms += (await processTreeCpuMs(child)) ?? 0;
    return ms;
  } catch {
    return null;
  }
}

async function untilReady(url: string, since: number): Promise<void> {
  for (;;) {
    if (performance.now() - since > START_TIMEOUT_MS) throw new Error(`the bot was not ready within ${START_TIMEOUT_MS / 1000} s`);
    const health = (await (await fetch(url)).json()) as { status: string };
    if (health.status !== 'loading') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The bot's JSON log lines (NODE_ENV=production), waited for by message. */
function logLines(child: ChildProcess): { next(pattern: RegExp): Promise<Record<string, unknown>> } {
  const seen: Record<string, unknown>[] = [];
  const waiters: { pattern: RegExp; resolve: (line: Record<string, unknown>) => void; reject: (error: Error) => void }[] = [];
  let rest = '';
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    for (const text of parts) {
      if (!text.startsWith('{')) continue;
      const line = JSON.parse(text) as Record<string, unknown>;
      seen.push(line);
      for (const waiter of waiters.filter((w) => w.pattern.test(String(line.msg)))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  child.once('exit', (code) => {
    for (const waiter of waiters.splice(0)) waiter.reject(new Error(`the bot exited (${code}) before logging ${waiter.pattern}`));
  });
  return {
    next(pattern) {
      const found = seen.find((line) => pattern.test(String(line.msg)));
      return found ? Promise.resolve(found) : new Promise((resolve, reject) => waiters.push({ pattern, resolve, reject }));
    },
  };
}
