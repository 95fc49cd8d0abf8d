// Requests meant to stall or crash the bot (or that do so by accident): each is answered or
// refused (a question cut, a forged button refused before it is parsed, a body refused unread), and
// the bot then goes on acknowledging and answering everyone else. Whether the main thread was held
// up meanwhile is not shown here (the other person asks after the request's ack has come back), nor
// how fast: that is the benchmark's to say, not a clock's here.

import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APOLOGY } from '../../src/slack/apologize.js';
import { KEEP_ALIVE_TIMEOUT_MS, LINGER_MAX_BYTES, LINGER_MS, MAX_BODY_BYTES } from '../../src/slack/boundedReceiver.js';
import { BOT_USER_ID } from './support/fakeSlack.js';
import { allText } from './support/messages.js';
import { buttonClick, eventCallback } from './support/signedRequests.js';
import { startBot, type RunningBot } from './support/startBot.js';

let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot();
});
afterAll(async () => {
  await bot?.stop();
});

let others = 0;

/** Sends `/reports list` as another person: acknowledged, and answered with the list. */
async function othersAreServed(by: RunningBot = bot): Promise<void> {
  const id = `other-${++others}`;
  const reply = await by.sender.command('list', by.slack.responseUrl(id), { user: 'U0000OTHER' });
  expect(reply).toEqual({ status: 200, body: '' });
  expect(allText((await by.slack.waitForResponse(id)).body)).toContain('heat-pumps');
}

describe('a very long question', () => {
  it("(Slack's 40,000 characters) is answered, cut to its first 1000 characters, and another person is served after it", async () => {
    const question = `heat pumps ${'cold climate efficiency 🇯🇵 '.repeat(1500)}`.slice(0, 40_000);
    const reply = await bot.sender.command(question, bot.slack.responseUrl('long-question'));
    expect(reply.status).toBe(200);
    await othersAreServed();
    const answer = allText((await bot.slack.waitForResponse('long-question')).body);
    expect(answer).toContain('Your question was cut to its first 1000 characters.');
  });

  it('in a forged Show more button is refused before it is parsed: an apology, and the bot keeps serving', async () => {
    const value = JSON.stringify({ q: 'heat pumps '.repeat(10_000), o: 0 });
    const reply = await bot.sender.action(buttonClick({ action_id: 'answer_show_more', value }, bot.slack.responseUrl('forged-more')));
    expect(reply.status).toBe(200);
    expect((await bot.slack.waitForResponse('forged-more')).body.text).toBe(APOLOGY);
    await othersAreServed();
  });
});

/**
 * POSTs an unsigned body of `total` bytes in 64 KB chunks (declaring its length, or chunked), and
 * stops sending as soon as the bot answers. Returns the status and how much was sent by then; status
 * 'closed' when the connection was closed before any answer came.
 */
function postLarge(url: string, total: number, declareLength: boolean): Promise<{ status: number | 'closed'; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(declareLength ? { 'content-length': String(total) } : {}) },
    });
    req.on('response', (res) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode ?? 0, sent });
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (answered) return;
      answered = true;
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') resolve({ status: 'closed', sent });
      else reject(error);
    });
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const write = (): void => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', write);
          return;
        }
      }
      if (!answered) req.end();
    };
    write();
  });
}

describe('a request body over 1 MB', () => {
  it.each([
    ['declared in content-length', true],
    ['sent chunked', false],
  ])('(%s) is refused with 413 before it is read, and the bot keeps serving', async (_, declareLength) => {
    const { status, sent } = await postLarge(`${bot.url}/slack/events`, 50_000_000, declareLength);
    expect(status).toBe(413);
    expect(sent).toBeLessThan(10_000_000);
    expect(bot.logger.at('warn')).toContain('Refused a request body over 1000000 bytes (413) on /slack/events');
    await othersAreServed();
  });

  it("leaves room for Slack's largest payloads: a 40,000-character message, text and blocks, escaped as Slack sends it", async () => {
    // Waves, which greet and are answered (a mention of reactions alone, 👍, gets no reply)
    const text = '👋'.repeat(20_000);
    const event = {
      type: 'app_mention',
      user: 'U0000ASKER',
      text: `<@${BOT_USER_ID}> ${text}`,
      blocks: [{ type: 'rich_text', block_id: 'b1', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text }] }] }],
      ts: '1700003000.000100',
      channel: 'C0000BIG',
      event_ts: '1700003000.000100',
    };
    // Slack escapes every character outside ASCII as \uXXXX.
    const body = JSON.stringify(eventCallback(event, 'EvBIG1')).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    expect(body.length).toBeGreaterThan(480_000);
    expect((await bot.sender.send(body, 'application/json')).status).toBe(200);
    await bot.slack.waitFor(() => bot.slack.callsOf('chat.postMessage').find((c) => c.body.channel === 'C0000BIG'));
  });
});

interface RawPost {
  /** What the bot sent back, as read. */
  received: string;
  /** The error that ended the connection, if one did (a reset: the bot closed it with bytes unread). */
  error: string | undefined;
  /** Bytes of the body written by then. */
  sent: number;
}

interface RawPostOptions {
  declareLength?: boolean;
  /** Read only once the whole body is written (as many clients do), and stop at the bot's FIN; else read throughout, until the connection closes. */
  readAfter?: boolean;
  /** After `total` bytes, go on writing 1 KB every 20 ms, never ending the body (a client that trickles). */
  trickle?: boolean;
  /** Bytes a write (64 KB). */
  chunkBytes?: number;
}

/**
 * POSTs a body of `total` bytes over a plain connection, a chunk at a time, each write taken by the
 * kernel before the next, chunked or its length declared. Half open: the bot's FIN does not end
 * this side, which writes on until it is done or cut off.
 */
function rawPost(url: string, total: number, { declareLength = false, readAfter = false, trickle = false, chunkBytes = 64 * 1024 }: RawPostOptions = {}): Promise<RawPost> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ port: Number(port), host: hostname, allowHalfOpen: true });
    if (readAfter) socket.pause();
    let received = '';
    let error: string | undefined;
    let sent = 0;
    let done = false;
    const finish = (): void => {
      done = true;
      socket.destroy();
      resolve({ received, error, sent });
    };
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', (e: NodeJS.ErrnoException) => (error ??= e.code ?? e.message));
    socket.on('close', finish);
    if (readAfter) socket.on('end', finish);
    const chunk = Buffer.alloc(chunkBytes, 'x');
    const frame = (data: Buffer): Buffer => (declareLength ? data : Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')]));
    const written = (data: Buffer | string): Promise<boolean> => new Promise((ok) => socket.write(data, (e) => ok(!e && !done)));
    void (async () => {
      const length = declareLength ? `Content-Length: ${total}` : 'Transfer-Encoding: chunked';
      if (!(await written(`POST /slack/events HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\n${length}\r\n\r\n`))) return;
      for (; sent < total; sent += chunk.length) if (!(await written(frame(chunk)))) return;
      if (readAfter) socket.resume();
      if (!trickle) {
        if (!declareLength) await written('0\r\n\r\n');
        return;
      }
      const bit = frame(Buffer.alloc(1024, 'x'));
      while (await written(bit)) {
        sent += 1024;
        await new Promise((wait) => setTimeout(wait, 20));
      }
    })();
  });
}

describe('a body over 1 MB refused with 413, and the rest of it', () => {
  it.each([
    ['declared in content-length', true],
    ['sent chunked', false],
  ])('(%s): a client that writes its whole body before it reads still reads the 413 (the bot reads and drops the rest before it closes)', async (_, declareLength) => {
    const { received, error } = await rawPost(`${bot.url}/slack/events`, 6_000_000, { declareLength, readAfter: true });
    expect(error).toBeUndefined();
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
    expect(received.toLowerCase()).toContain('connection: close');
    await othersAreServed();
  });

  it('is not read on and on: a client that goes on writing after the 413 is cut off', async () => {
    const total = 20 * LINGER_MAX_BYTES;
    // Written 1 MB at a time, so the bytes pass the bound long before the time bound (bot and client share one event loop).
    const { received, error, sent } = await rawPost(`${bot.url}/slack/events`, total, { chunkBytes: MAX_BODY_BYTES });
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
    expect(error).toMatch(/ECONNRESET|EPIPE/);
    expect(sent).toBeLessThan(total);
    expect(bot.logger.at('debug')).toContain(`Cut off a refused request body on /slack/events: over ${LINGER_MAX_BYTES} more bytes came after its 413`);
    await othersAreServed();
  });

  it('nor waited for long: a client that trickles the rest of its body after the 413 is cut off', async () => {
    const { received, error } = await rawPost(`${bot.url}/slack/events`, 2 * MAX_BODY_BYTES, { trickle: true });
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
    expect(error).toMatch(/ECONNRESET|EPIPE/);
    expect(bot.logger.at('debug')).toContain(`Cut off a refused request body on /slack/events: still coming ${LINGER_MS} ms after its 413`);
    await othersAreServed();
  });
});

describe('the body limits, set smaller than the defaults', () => {
  // Two bots, each meeting one bound of the lingering close only: the other is far off, so under
  // load neither bound can come first in the other's test.
  const bytesBound = { maxBodyBytes: 20_000, lingerMaxBytes: 100_000, lingerMs: 600_000 };
  const timeBound = { maxBodyBytes: 20_000, lingerMaxBytes: 1_000_000_000, lingerMs: 300 };
  let byBytes: RunningBot;
  let byTime: RunningBot;
  beforeAll(async () => {
    byBytes = await startBot({ bodyLimits: bytesBound });
    byTime = await startBot({ bodyLimits: timeBound });
  });
  afterAll(async () => {
    await byBytes?.stop();
    await byTime?.stop();
  });

  it('refuse a body over the size given with 413 (one the default size reads and answers), and the bot keeps serving', async () => {
    const question = `heat pumps ${'cold climate efficiency '.repeat(1500)}`.slice(0, 40_000);
    const reply = await byBytes.sender.command(question, byBytes.slack.responseUrl('small-long-question'));
    expect(reply.status).toBe(413);
    expect(byBytes.logger.at('warn')).toContain(`Refused a request body over ${bytesBound.maxBodyBytes} bytes (413) on /slack/events`);
    await othersAreServed(byBytes);
  });

  it('cut off a client that goes on writing after the 413 once the bytes given have come', async () => {
    // More than the kernel's buffers on loopback hold (some MB), so the client is still writing when cut off.
    const total = 50_000_000;
    const { received, error, sent } = await rawPost(`${byBytes.url}/slack/events`, total);
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
    expect(error).toMatch(/ECONNRESET|EPIPE/);
    expect(sent).toBeLessThan(total);
    expect(byBytes.logger.at('debug')).toContain(`Cut off a refused request body on /slack/events: over ${bytesBound.lingerMaxBytes} more bytes came after its 413`);
    await othersAreServed(byBytes);
  });

  it('cut off a client that trickles the rest of its body after the 413 once the time given has passed', async () => {
    const { received, error } = await rawPost(`${byTime.url}/slack/events`, 2 * timeBound.maxBodyBytes, { trickle: true });
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
    expect(error).toMatch(/ECONNRESET|EPIPE/);
    expect(byTime.logger.at('debug')).toContain(`Cut off a refused request body on /slack/events: still coming ${timeBound.lingerMs} ms after its 413`);
    await othersAreServed(byTime);
  });
});

describe('an idle connection', () => {
  it("is kept open longer than a proxy's idle timeout, so the proxy, not the bot, closes it", async () => {
    const keepAlive = await new Promise<string | undefined>((resolve, reject) => {
      const req = request(`${bot.url}/healthz`, { headers: { connection: 'keep-alive' } }, (res) => {
        res.resume();
        const header = res.headers['keep-alive'];
        res.on('end', () => resolve(typeof header === 'string' ? header : undefined));
      });
      req.on('error', reject);
      req.end();
    });
    expect(keepAlive).toBe(`timeout=${KEEP_ALIVE_TIMEOUT_MS / 1000}`);
    expect(KEEP_ALIVE_TIMEOUT_MS).toBeGreaterThan(60_000);
  });
});

describe('a signed body that is valid JSON but no object', () => {
  it.each([
    ['null', 'application/json'],
    ['[]', 'application/json'],
    ['5', 'application/json'],
    ['payload=null', 'application/x-www-form-urlencoded'],
  ])('(%s) is refused with 400, and the bot keeps serving', async (body, contentType) => {
    expect((await bot.sender.send(body, contentType)).status).toBe(400);
    expect(bot.logger.at('warn')).toContain('Refused a request body that is not a JSON object (400) on /slack/events');
    await othersAreServed();
  });
});
