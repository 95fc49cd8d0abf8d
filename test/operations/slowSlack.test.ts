// The whole bot against a Slack whose response_urls never answer: handlers and sockets are let go
// after the timeout, and a stop finds nothing left in flight. Bounded, not timed: only the
// response_urls hang (300 ms); the Web API that carries each apology gets a timeout no loaded
// machine reaches on loopback, so every person is told whatever the load.

import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { type LiveBot, startLiveBot } from './support/liveBot.js';

let h: LiveBot | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('when response_urls never answer', () => {
  it('lets every handler and socket go after the timeout, and then stops cleanly', { timeout: 90_000 }, async () => {
    h = await startLiveBot({ run: { slackTimeoutMs: 300, clientOptions: { timeout: 20_000, retryConfig: { retries: 0 } } } });
    const bot = h;
    const ids = Array.from({ length: 50 }, (_, i) => `hang-${i}`);
    for (const id of ids) bot.slack.hangingResponseIds.add(id);
    const acks = await Promise.all(ids.map((id, i) => bot.sender.command('four-day week burnout', bot.slack.responseUrl(id), { user: `U${String(i).padStart(8, '0')}` })));
    expect(acks.map((a) => a.status)).toEqual(ids.map(() => 200));
    // Each person is told, in a direct message, that the answer could not be delivered.
    await eventually(() => expect(bot.slack.callsOf('chat.postMessage').length).toBe(ids.length), 60_000);
    await eventually(() => expect(bot.slack.hanging).toBe(0), 20_000);
    // Nothing left in flight: the stop finds every request done (true), none cut off at its grace.
    expect(await bot.bot.stop(4000)).toBe(true);
  });
});
