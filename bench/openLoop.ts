// Sends HTTP requests at a fixed rate whatever the answers do (open loop), as Slack does: a
// request is due every 1/rate seconds, and its latency counts from when it was due, so a server
// that falls behind is seen falling behind (a closed-loop tool such as autocannon waits for each
// answer before sending the next on a connection, and then sends fewer: at 200 a second over 2
// connections it offered only ~95 a second once acks took 15 ms).

import { Agent, request } from 'node:http';

export interface OpenLoopRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

export interface OpenLoopResult {
  /** Requests due in the run (rate x seconds); all were sent. */
  sent: number;
  /** Per answered request: ms from when it was due to its whole response. */
  latencies: number[];
  /** The same by request index (undefined: failed or non-2xx), to place each in time. */
  byIndex: (number | undefined)[];
  /** Failed requests and non-2xx answers. */
  errors: number;
}

/** Requests a response may take before it counts as an error. */
const RESPONSE_TIMEOUT_MS = 10_000;

export async function sendOpenLoop(
  origin: string,
  { rate, seconds, sockets }: { rate: number; seconds: number; sockets: number },
  /** `due`: when the request was due, on performance.now()'s clock. */
  makeRequest: (index: number, due: number) => OpenLoopRequest,
): Promise<OpenLoopResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const latencies: number[] = [];
  const byIndex: (number | undefined)[] = new Array<number | undefined>(total);
  let errors = 0;
  const pending: Promise<void>[] = [];
  const start = performance.now();
  try {
    for (let i = 0; i < total; i++) {
      const due = start + i * interval;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      const { path, headers, body } = makeRequest(i, due);
      pending.push(
        send(origin, agent, path, headers, body).then(
          (status) => {
            if (status >= 200 && status < 300) {
              const ms = performance.now() - due;
              byIndex[i] = ms;
              latencies.push(ms);
            } else errors++;
          },
          () => {
            errors++;
          },
        ),
      );
    }
    await Promise.all(pending);
  } finally {
    agent.destroy();
  }
  return { sent: total, latencies, byIndex, errors };
}

function send(origin: string, agent: Agent, path: string, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { method: 'POST', agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, timeout: RESPONSE_TIMEOUT_MS });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(body);
  });
}
