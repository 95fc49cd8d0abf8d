// Requests meant to stall or crash the bot (or that do so by accident): each is answered or
// refused (a question cut, a forged button refused before it is parsed, a body refused unread), and
// the bot then goes on acknowledging and answering everyone else. Whether the main thread was held
// up meanwhile is not shown here (the other person asks after the request's ack has come back), nor
// how fast: that is the benchmark's to say, not a clock's here.

import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APOLOGY } from '../../src/slack/apologize.js';
import { KEEP_ALIVE_TIMEOUT_MS } from '../../src/slack/boundedReceiver.js';
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
async function othersAreServed(): Promise<void> {
  const id = `other-${++others}`;
  const reply = await bot.sender.command('list', bot.slack.responseUrl(id), { user: 'U0000OTHER' });
  expect(reply).toEqual({ status: 200, body: '' });
  expect(allText((await bot.slack.waitForResponse(id)).body)).toContain('heat-pumps');
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
 * 'closed' when the bot's close reached this side first (the kernel may drop the 413 it had sent
 * when the close resets a connection this side is still writing to: seen under load).
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
    // The bot may close the connection while this side is still writing.
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
    expect([413, 'closed']).toContain(status);
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
