// SIGTERM and SIGINT to the real bot process, run as production runs it (`npm start`, which runs
// the build) and as node alone, while a /reports answer is in flight.

import { execFile, spawn } from 'node:child_process';
import { cp, readdir, readFile } from 'node:fs/promises';
import { type AddressInfo, connect, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_REPORTS } from '../support/reportsFolders.js';
import { productionBuild, type ProductionBuild, ROOT } from '../support/productionBuild.js';
import { FakeSlack } from '../slack/support/fakeSlack.js';
import type { SlackSender } from '../slack/support/signedRequests.js';
import { type BotProcess, botEnv, scratchFolder, startBotProcess } from './support/botProcess.js';

/**
 * What a test that starts one bot process may take under a full `npm test` on a busy 2-core
 * machine: the process compiles or loads the source, reads the reports, answers, and stops.
 */
const ONE_BOT_MS = 60_000;

/**
 * The bot's pause between tries to reach Slack when it is signalled: long enough that a bot that is
 * starved of CPU still handles the signal before its next try is due.
 */
const LONG_PAUSE_MS = 16_000;

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

async function fakeSlackAndScratch(): Promise<{ slack: FakeSlack; scratch: string }> {
  const slack = new FakeSlack();
  await slack.start();
  const scratch = await scratchFolder();
  cleanup.push(() => slack.stop(), () => scratch.remove());
  return { slack, scratch: scratch.dir };
}

async function started(bot: Promise<BotProcess>): Promise<BotProcess> {
  const running = await bot;
  cleanup.push(async () => void (running.child.exitCode === null && running.child.signalCode === null && running.child.kill('SIGKILL')));
  return running;
}

/** Puts an answer in flight (Slack is slow to accept it) and returns the sender. */
async function answerInFlight(slack: FakeSlack, bot: BotProcess): Promise<SlackSender> {
  slack.responseDelayMs = 1500;
  expect((await bot.sender.command('heat pumps in the cold', slack.responseUrl('in-flight'))).status).toBe(200);
  await slack.waitForResponse('in-flight');
  return bot.sender;
}

/**
 * Whether the fake Slack had accepted the first answer posted to it before an event this process
 * saw at `inOrder` (eventOrder.ts): by the order the two were seen in, not by the clock.
 */
function acceptedBefore(slack: FakeSlack, inOrder: number): boolean {
  const [accepted] = slack.responsesAnsweredInOrder;
  return accepted !== undefined && accepted < inOrder;
}

/**
 * A Slack Web API that cannot be reached: it takes each connection, the bot's try, and resets it at
 * once (the bot reads that as unreachable and keeps trying). It notes the client port of each.
 */
class UnreachableSlackApi {
  private readonly ports: number[] = [];
  private readonly waiting: (() => void)[] = [];

  private constructor(
    readonly url: string,
    private readonly server: Server,
  ) {
    server.on('connection', (socket) => {
      this.ports.push(socket.remotePort as number);
      for (const resolve of this.waiting.splice(0)) resolve();
      socket.resetAndDestroy();
    });
  }

  static async start(): Promise<UnreachableSlackApi> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new UnreachableSlackApi(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`, server);
  }

  /** Connections taken so far. */
  get connections(): number {
    return this.ports.length;
  }

  /** Resolves at the next connection. */
  nextConnection(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /**
   * Resolves once every connection made before this call has been taken: it makes one of its own
   * from a port it chose, which the listener takes after those already waiting (it takes them in
   * order), and does not count it.
   */
  async takeWaitingConnections(): Promise<void> {
    const from = this.ports.length;
    const localPort = await closedPort();
    const own = connect({ port: (this.server.address() as AddressInfo).port, host: '127.0.0.1', localAddress: '127.0.0.1', localPort });
    own.on('error', () => undefined); // the reset
    while (!this.ports.slice(from).includes(localPort)) await this.nextConnection();
    this.ports.splice(this.ports.indexOf(localPort, from), 1);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** A port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The processes whose parent is `pid` (Linux). */
async function childrenOf(pid: number): Promise<number[]> {
  const text = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8');
  return text.trim().split(/\s+/).filter(Boolean).map(Number);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('shutdown of node src/main.ts', () => {
  it('on SIGTERM stops taking requests, finishes the one in flight, and exits 0', async () => {
    const { slack, scratch } = await fakeSlackAndScratch();
    const bot = await started(startBotProcess(undefined, undefined, { env: botEnv(slack, scratch) }));
    const sender = await answerInFlight(slack, bot);
    bot.child.kill('SIGTERM');

    const { code, inOrder } = await bot.exited;
    expect(code).toBe(0);
    // It left only after Slack had accepted the answer in flight.
    expect(acceptedBefore(slack, inOrder), 'Slack accepted the answer in flight before the bot exited').toBe(true);
    await expect(sender.command('too late', slack.responseUrl('late'))).rejects.toThrow();
    expect(bot.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['SIGTERM: stopping', 'report-bot stopped']));
  }, ONE_BOT_MS);
});

describe('a signal before the bot has started', () => {
  it('while Slack cannot be reached yet, it says so, and on SIGTERM exits 0 with no further try to reach it', async () => {
    const { slack, scratch } = await fakeSlackAndScratch();
    const api = await UnreachableSlackApi.start();
    cleanup.push(() => api.close());
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      // Its first pause is already the long one: no waiting through the short ones before it.
      env: { ...process.env, NODE_ENV: 'production', SLACK_APP_TOKEN: '', PORT: '0', ...botEnv(slack, scratch), SLACK_API_URL: api.url, SLACK_RETRY_FIRST_SECONDS: String(LONG_PAUSE_MS / 1000) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanup.push(async () => void (child.exitCode === null && child.kill('SIGKILL')));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    // The signal is sent once the bot has said it pauses before its next try, and every try it made
    // before saying so has been counted: each try counted after the signal is one it did not stop.
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if ([...out.matchAll(/the next in (\d+) s/g)].some((match) => Number(match[1]) * 1000 >= LONG_PAUSE_MS)) resolve();
      });
      void exited.then((code) => reject(new Error(`bot exited (${code}) before its long pause: ${out}`)));
    });
    expect(out).toContain(`Cannot reach Slack's Web API at ${api.url}`);
    await api.takeWaitingConnections();
    const triesBeforeSignal = api.connections;
    expect(triesBeforeSignal).toBeGreaterThan(0);
    child.kill('SIGTERM');
    // Whichever comes first, the exit or another try: a bot that waits out the pause, or stops only
    // once started, tries again first (one that goes on trying never exits: the exit is not awaited
    // alone).
    const first = await Promise.race([exited.then((code) => ({ exit: code })), api.nextConnection().then(() => 'another try')]);
    expect(first).toEqual({ exit: 0 });
    // A try made just before the exit may still wait on the listener: take it, then count.
    await api.takeWaitingConnections();
    expect(api.connections).toBe(triesBeforeSignal);
    expect(out).toContain('SIGTERM: stopping');
  }, ONE_BOT_MS);
});

describe('npm start (the build in dist/)', () => {
  let build: ProductionBuild;
  beforeAll(async () => {
    build = await productionBuild();
  }, 180_000);
  afterAll(() => build?.remove());

  it('on SIGTERM to npm, the bot finishes the answer in flight, says so, and nothing is left running', async () => {
    // Twice one bot's time: it reads the reports three times over, each on a worker thread of its own.
    const { slack, scratch } = await fakeSlackAndScratch();
    // Enough reports that they are parsed on worker threads, which must start from dist/ too.
    const reports = join(scratch, 'reports');
    for (const copy of ['a', 'b', 'c']) {
      for (const name of (await readdir(BUNDLED_REPORTS)).filter((n) => n.endsWith('.md') && n !== 'README.md')) {
        await cp(join(BUNDLED_REPORTS, name), join(reports, `${copy}-${name}`));
      }
    }
    const npm = await started(startBotProcess('npm', ['start'], { cwd: build.dir, env: botEnv(slack, scratch, reports) }));
    const [bot] = await childrenOf(npm.child.pid as number);
    expect(bot).toBeDefined();
    expect(await npm.waitForLog(/^reports loaded$/)).toMatchObject({ reports: 21, notServed: 0, workers: 21 });
    // The container's HEALTHCHECK command, against this bot and against nothing.
    const healthcheck = (port: number): Promise<{ code: number; stdout: string }> =>
      new Promise((resolve) =>
        execFile(process.execPath, [join(build.dir, 'dist', 'healthcheck.js')], { env: { ...process.env, PORT: String(port), HEALTH_PORT: '' } }, (error, stdout) =>
          resolve({ code: error ? Number(error.code) : 0, stdout }),
        ),
      );
    expect(await healthcheck(npm.port)).toMatchObject({ code: 0, stdout: expect.stringMatching(/^200 \{"status":"ok","reports":21,/) });
    expect(await healthcheck(await closedPort())).toMatchObject({ code: 1, stdout: expect.stringContaining('no answer from http://127.0.0.1:') });

    await answerInFlight(slack, npm);
    npm.child.kill('SIGTERM');
    const { code, inOrder } = await npm.exited;
    expect(code).toBe(0);
    expect(acceptedBefore(slack, inOrder), 'Slack accepted the answer in flight before the bot exited').toBe(true);
    expect(npm.logs.map((l) => l.msg)).toEqual(expect.arrayContaining(['SIGTERM: stopping', 'report-bot stopped']));
    expect(isRunning(bot as number)).toBe(false);
  }, 2 * ONE_BOT_MS);

  it('on Ctrl-C (SIGINT to npm and the bot at once) stops once, cleanly', async () => {
    const { slack, scratch } = await fakeSlackAndScratch();
    const npm = await started(startBotProcess('npm', ['start'], { cwd: build.dir, env: botEnv(slack, scratch), detached: true }));
    const [bot] = await childrenOf(npm.child.pid as number);
    await answerInFlight(slack, npm);
    // What a terminal does: the signal goes to the whole foreground process group.
    process.kill(-(npm.child.pid as number), 'SIGINT');
    const { code, inOrder } = await npm.exited;
    expect(code).toBe(0);
    expect(acceptedBefore(slack, inOrder), 'Slack accepted the answer in flight before the bot exited').toBe(true);
    const messages = npm.logs.map((l) => l.msg);
    expect(messages.filter((m) => m === 'SIGINT: stopping')).toHaveLength(1);
    expect(messages).toContain('report-bot stopped');
    expect(isRunning(bot as number)).toBe(false);
  }, ONE_BOT_MS);
});
