// The running bot in HTTP mode under a fixed rate of signed `/reports` requests on loopback
// (autocannon), with the Slack tests' fake Slack receiving the answers. Latency is what a person
// waits: from sending the command to the answer arriving at its response_url (ms resolution: the
// fake Slack stamps arrivals with Date.now()). Errors: failed or non-2xx acks, answers missing.

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { FakeSlack } from '../test/slack/support/fakeSlack.js';
import { commandPayload, sign, SIGNING_SECRET } from '../test/slack/support/signedRequests.js';
import type { HttpFigures } from './benchResult.js';
import { percentile } from './percentile.js';

const BOT = fileURLToPath(new URL('./botServer.ts', import.meta.url));
/** How long answers still on their way after the last request may take. */
const DRAIN_MS = 5000;

export interface HttpLoad {
  /** Requests per second. */
  rate: number;
  seconds: number;
  /**
   * Connections autocannon spreads the rate over. Its rate limit lets each connection send its
   * share of a second back to back at the start of the second, so this is how many requests
   * arrive at once: Slack's arrive spread out, so few connections are closer to it.
   */
  connections: number;
}

export async function measureHttp(reportsDir: string, env: Record<string, string>, questions: readonly string[], load: HttpLoad): Promise<HttpFigures & { ackP99Ms: number }> {
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
    const sentAt = new Map<string, number>();
    let next = 0;
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: load.connections,
      overallRate: load.rate,
      duration: load.seconds,
      requests: [
        {
          method: 'POST',
          path: '/slack/events',
          setupRequest: (request) => {
            const id = String(++next);
            const body = new URLSearchParams(
              commandPayload(questions[next % questions.length] as string, slack.responseUrl(id), { user: `UBENCH${id}` }),
            ).toString();
            const timestamp = Math.floor(Date.now() / 1000);
            sentAt.set(id, Date.now());
            return {
              ...request,
              body,
              headers: {
                'content-type': 'application/x-www-form-urlencoded',
                'x-slack-request-timestamp': String(timestamp),
                'x-slack-signature': sign(SIGNING_SECRET, timestamp, body),
              },
            };
          },
        },
      ],
    });
    const deadline = Date.now() + DRAIN_MS;
    while (slack.responsesAnsweredAt.length < sentAt.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));

    const latencies: number[] = [];
    slack.responses.forEach((response, i) => {
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
      errors: result.errors + result.non2xx + missing,
      ackP99Ms: result.latency.p99,
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
