// The running bot in HTTP mode under a fixed rate of signed `/reports` requests on loopback, sent
// open loop (openLoop.ts: due every 1/rate s, whatever the bot does), with the Slack tests' fake
// Slack receiving the answers. Two latencies, each from when the command was due: the ack (the
// HTTP response, which Slack needs within 3 s) and the answer, what a person waits for (its
// arrival at the response_url; ms resolution: the fake Slack stamps arrivals with Date.now()).
// Beside them the bot's main thread's CPU a request: once the bot falls behind the rate its
// answers queue, so the latencies follow what the machine's other work leaves it; the CPU much less.
// Errors: failed or non-2xx acks, answers missing; "too busy" replies are counted apart. The machine's 1-minute load average is taken
// before and after.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { BUSY } from '../src/slack/apologize.js';
import { MAX_WAIT_MS } from '../src/slack/answerTurns.js';
import { FakeSlack } from '../test/slack/support/fakeSlack.js';
import { signedCommand } from '../test/slack/support/signedRequests.js';
import type { HttpFigures } from './benchResult.js';
import { sendOpenLoop } from './openLoop.js';
import { percentile } from './percentile.js';
import { mainThreadCpuMs } from './procfs.js';

const BOT = fileURLToPath(new URL('./botServer.ts', import.meta.url));
/**
 * How long answers still on their way after the last request may take: a backlog the bot keeps
 * (its oldest answer up to MAX_WAIT_MS old before it declines new ones) drains after it, and more.
 */
const DRAIN_MS = MAX_WAIT_MS + 5000;

export interface HttpLoad {
  /** Requests per second. */
  rate: number;
  seconds: number;
  /**
   * Most connections open at once (keep-alive): a request due while all are busy waits for one,
   * and that wait counts in its latency.
   */
  connections: number;
}

export interface HttpMeasurement extends HttpFigures {
  ackP50Ms: number;
  ackP99Ms: number;
  /** Requests answered "too busy, ask again" (the answers waiting have waited too long already: src/slack/answerTurns.ts). */
  busy: number;
  /** The bot's main thread's CPU time from the first request to the last answer, per request; null where /proc cannot be read. */
  botMainCpuMsPerRequest: number | null;
  /** The 1-minute load average before and after the run. */
  load: [number, number];
}

export async function measureHttp(reportsDir: string, env: Record<string, string>, questions: readonly string[], load: HttpLoad): Promise<HttpMeasurement> {
  const slack = new FakeSlack();
  await slack.start();
  const bot = spawn(process.execPath, [...process.execArgv, BOT, reportsDir, slack.apiUrl], {
    env: { ...process.env, ...env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const port = await botPort(bot.stdout);
    // The bot listens before its reports are loaded; measure it serving the whole library.
    await untilLoaded(`http://127.0.0.1:${port}/healthz`);
    const loadBefore = loadavg()[0] as number;
    // The bot runs in this child itself (this process's execArgv: tsx's loader, no CLI in between).
    const botCpuMs = (): Promise<number | null> => (bot.pid === undefined ? Promise.resolve(null) : mainThreadCpuMs(bot.pid).catch(() => null));
    const cpuBefore = await botCpuMs();
    const sentAt = new Map<string, number>();
    const origin = performance.timeOrigin;
    const result = await sendOpenLoop(`http://127.0.0.1:${port}`, { rate: load.rate, seconds: load.seconds, sockets: load.connections }, (index, due) => {
      const id = String(index + 1);
      // When it was due: the answer's latency counts from then, as the ack's does.
      sentAt.set(id, origin + due);
      return signedCommand(questions[index % questions.length] as string, slack.responseUrl(id), { user: `UBENCH${id}` });
    });
    const deadline = Date.now() + DRAIN_MS;
    while (slack.responsesAnsweredAt.length < sentAt.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const cpuAfter = await botCpuMs();

    const latencies: number[] = [];
    let busy = 0;
    slack.responses.forEach((response, i) => {
      // Told the bot is busy (answers waiting too long already): no answer, so no answer latency.
      if ((response.body as { text?: unknown }).text === BUSY) {
        busy++;
        return;
      }
      const sent = sentAt.get(response.id);
      const answered = slack.responsesAnsweredAt[i];
      if (sent !== undefined && answered !== undefined) latencies.push(answered - sent);
    });
    const answered = new Set(slack.responses.map((r) => r.id));
    const missing = [...sentAt.keys()].filter((id) => !answered.has(id)).length;
    return {
      rate: load.rate,
      requests: sentAt.size,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      errors: result.errors + missing,
      busy,
      ackP50Ms: percentile(result.latencies, 50),
      ackP99Ms: percentile(result.latencies, 99),
      botMainCpuMsPerRequest: cpuBefore === null || cpuAfter === null || sentAt.size === 0 ? null : (cpuAfter - cpuBefore) / sentAt.size,
      load: [loadBefore, loadavg()[0] as number],
    };
  } finally {
    bot.kill('SIGTERM');
    await once(bot, 'exit');
    await slack.stop();
  }
}

async function untilLoaded(healthUrl: string): Promise<void> {
  for (;;) {
    const health = (await (await fetch(healthUrl)).json()) as { status?: string };
    if (health.status === 'ok') return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function botPort(stdout: NodeJS.ReadableStream): Promise<number> {
  for await (const line of createInterface({ input: stdout })) {
    const port = (JSON.parse(line) as { port?: number }).port;
    if (typeof port === 'number') return port;
  }
  throw new Error('the bot exited before it listened');
}
