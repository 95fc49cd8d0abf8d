// The bot process under a burst of questions: acknowledging a request never waits behind answering
// others (src/slack/answerTurns.ts), so every ack comes long before the answers are done.

import { afterEach, describe, expect, it } from 'vitest';
import { FakeSlack } from '../slack/support/fakeSlack.js';
import { type BotProcess, botEnv, scratchFolder, startBotProcess } from './support/botProcess.js';

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

/** A long question of many different words: each answer takes a while to find. */
function slowQuestion(i: number): string {
  const words = ['heat', 'pump', 'cold', 'battery', 'grid', 'synthetic', 'data', 'risk', 'burnout', 'week'];
  return Array.from({ length: 120 }, (_, w) => `${words[(i + w) % words.length]}${w % 7}`).join(' ');
}

describe('a burst of 60 long questions', () => {
  it('is acknowledged in full well before the answers are done', { timeout: 60_000 }, async () => {
    const slack = new FakeSlack();
    await slack.start();
    const scratch = await scratchFolder();
    cleanup.push(() => slack.stop(), () => scratch.remove());
    const bot: BotProcess = await startBotProcess(undefined, undefined, { env: botEnv(slack, scratch.dir) });
    cleanup.push(() => bot.stop());
    await bot.waitForLog(/^reports loaded$/);

    const started = Date.now();
    const ackedAt = await Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        const reply = await bot.sender.command(slowQuestion(i), slack.responseUrl(`burst-${i}`), { user: `UBURST${i}` });
        expect(reply.status).toBe(200);
        return Date.now() - started;
      }),
    );
    await Promise.all(Array.from({ length: 60 }, (_, i) => slack.waitForResponse(`burst-${i}`)));
    const answeredIn = Date.now() - started;
    // Each answer ran straight after its own ack before: the last ack waited for nearly every answer
    // (near 100 % of the time the answers took). With turns it comes well before; how far before
    // depends on how long answers take against acks, and answers are quick now, so the bound leaves
    // room for a loaded machine while still catching acks that wait behind answers.
    expect(Math.max(...ackedAt)).toBeLessThan(answeredIn * 0.75);
  });
});
