// Whether a new question is told the bot is busy, through the real Bolt App over HTTP on loopback:
// by how long the oldest waiting answer has waited (answerTurns.ts), not by how many wait. The
// backlog is made without a clock: the test takes two turns of the bot's queue itself, writes
// three commands during the first (the bot reads them in its next pass, so they wait behind the
// second turn) and, during the second, moves the queue's clock on and writes a fourth. Each is
// written whole at once on a connection the bot has already accepted, so it is read in one pass.

import { connect, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUSY } from '../../src/slack/apologize.js';
import { AnswerTurns, MAX_WAIT_MS } from '../../src/slack/answerTurns.js';
import { eventually } from '../support/eventually.js';
import { rawCommandRequest } from './support/signedRequests.js';
import { type RunningBot, startBot } from './support/startBot.js';

let bot: RunningBot;
/** Added to the real clock: how far the queue's clock has been moved on. */
let ahead = 0;
let turns: AnswerTurns;
let sockets: Socket[] = [];

beforeEach(async () => {
  ahead = 0;
  turns = new AnswerTurns({ now: () => Date.now() + ahead });
  bot = await startBot({ turns });
});
afterEach(async () => {
  for (const socket of sockets) socket.destroy();
  sockets = [];
  await bot?.stop();
});

/** A kept-alive connection the bot has accepted (it answered a GET /healthz on it). */
async function acceptedConnection(): Promise<Socket> {
  const socket = connect(Number(new URL(bot.url).port), '127.0.0.1');
  sockets.push(socket);
  let received = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk: string) => (received += chunk));
  socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n');
  await eventually(() => expect(received).toContain('"status"'));
  return socket;
}

/** `/reports <text>` as raw HTTP, answered at the response_url `id`. */
function command(text: string, id: string): string {
  return rawCommandRequest(text, bot.slack.responseUrl(id));
}

/** Three questions waiting, then a fourth asked once the queue's clock has moved on by `waitedMs`; what each got back. */
async function askBehindABacklogOf(waitedMs: number): Promise<{ backlog: unknown[]; last: unknown }> {
  const connections = await Promise.all([1, 2, 3, 4].map(() => acceptedConnection()));
  const ids = ['waiting-1', 'waiting-2', 'waiting-3'];
  void turns.next().then(() => {
    ids.forEach((id, i) => connections[i]?.write(command(`heat pumps ${id}`, id)));
    void turns.next().then(() => {
      ahead += waitedMs;
      connections[3]?.write(command('heat pumps last', 'last'));
    });
  });
  const backlog = await Promise.all(ids.map(async (id) => (await bot.slack.waitForResponse(id)).body.text));
  const last = (await bot.slack.waitForResponse('last')).body.text;
  return { backlog, last };
}

describe('a question asked while others wait for their turn', () => {
  it('waits and is answered when the oldest of them has waited up to the limit', async () => {
    const { backlog, last } = await askBehindABacklogOf(MAX_WAIT_MS - 1_000);
    expect(backlog).not.toContain(BUSY);
    expect(last).not.toBe(BUSY);
    expect(last).toContain('heat pumps');
  });

  it('is told the bot is busy when the oldest has waited longer, and those waiting are still answered', async () => {
    const { backlog, last } = await askBehindABacklogOf(MAX_WAIT_MS + 1);
    expect(last).toBe(BUSY);
    expect(backlog).not.toContain(BUSY);
    for (const text of backlog) expect(text).toContain('heat pumps');
    const warnings = bot.logger.at('warn');
    expect(warnings).toEqual([expect.stringMatching(/^Too busy: 3 answers are already waiting for their turn, the oldest for \d+\.\d s; told a question to ask again/)]);
    // The queue's clock is the real one moved on: the real time the backlog took to read adds to the limit.
    const loggedS = Number(/the oldest for (\d+\.\d) s/.exec(warnings[0] ?? '')?.[1]);
    expect(loggedS).toBeGreaterThan(MAX_WAIT_MS / 1000 - 0.05);
    // In seconds: well above any load's drift, far below the same wait written in milliseconds.
    expect(loggedS).toBeLessThan(MAX_WAIT_MS / 1000 + 30);
  });
});
