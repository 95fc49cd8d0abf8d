import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { allText, button, buttonsOf, richTextsOf, textsOf } from './support/messages.js';
import { buttonClick } from './support/signedRequests.js';
import { startBot, type RunningBot } from './support/startBot.js';

const QUESTION = 'what are the risks of synthetic data?';

let bot: RunningBot;
let firstAnswer: Record<string, unknown>;

beforeAll(async () => {
  bot = await startBot();
  await bot.sender.command(QUESTION, bot.slack.responseUrl('first'));
  firstAnswer = (await bot.slack.waitForResponse('first')).body;
});
afterAll(async () => {
  await bot?.stop();
});

async function click(actionId: string, message: Record<string, unknown>, responseId: string, ephemeral = true): Promise<void> {
  const reply = await bot.sender.action(buttonClick(button(message, actionId), bot.slack.responseUrl(responseId), { ephemeral }));
  expect(reply).toEqual({ status: 200, body: '' });
}

describe('Show more', () => {
  it('sends the next 3 claims privately as a new message, saying which they are and for what question', async () => {
    await click('answer_show_more', firstAnswer, 'more-1');
    const next = (await bot.slack.waitForResponse('more-1')).body;
    const items = answerQuestion(bot.library, QUESTION).items;
    expect(next.response_type).toBe('ephemeral');
    expect(next.replace_original).toBe(false);
    const text = allText(next);
    expect(textsOf(next)[0]).toBe(`*Claims 4 to 6 of ${items.length}* for “${QUESTION}”`);
    expect(text).toContain(`4. ${items[3]!.claim.text}`);
    expect(text).toContain(`6. ${items[5]!.claim.text}`);
    expect(text).not.toContain(items[2]!.claim.text);
    expect(JSON.parse(button(next, 'answer_show_more').value)).toEqual({ q: QUESTION, o: 6 });
    expect(JSON.parse(button(next, 'answer_share').value)).toEqual({ q: QUESTION, o: 3 });
  });

  it('on a public answer (a mention) sends the next claims privately to whoever clicked', async () => {
    await click('answer_show_more', firstAnswer, 'more-public', false);
    const next = (await bot.slack.waitForResponse('more-public')).body;
    expect(next.response_type).toBe('ephemeral');
    expect(next.replace_original).toBe(false);
    expect(allText(next)).toContain('*Claims 4 to 6 of');
  });

  it('has no Show more button on the last page', async () => {
    const items = answerQuestion(bot.library, QUESTION).items;
    const lastOffset = Math.floor((items.length - 1) / 3) * 3;
    const lastPage = { blocks: [{ type: 'actions', elements: [{ type: 'button', action_id: 'answer_show_more', value: JSON.stringify({ q: QUESTION, o: lastOffset }), text: { type: 'plain_text', text: 'Show more' } }] }] };
    await click('answer_show_more', lastPage, 'more-last');
    const last = (await bot.slack.waitForResponse('more-last')).body;
    expect(allText(last)).toContain(`of ${items.length}`);
    expect(buttonsOf(last).map((b) => b.action_id)).not.toContain('answer_show_more');
  });
});

describe('Share in channel', () => {
  it('posts the same answer publicly, saying who shared it, then removes the private one', async () => {
    await click('answer_share', firstAnswer, 'share-1');
    const [shared, removal] = await Promise.all([bot.slack.waitForResponse('share-1', 1), bot.slack.waitForResponse('share-1', 2)]);
    expect(shared.body.response_type).toBe('in_channel');
    expect(shared.body.replace_original).toBe(false);
    expect(textsOf(shared.body)[0]).toBe(`<@U0000ASKER> shared *3 of ${answerQuestion(bot.library, QUESTION).total} claims* for “${QUESTION}”`);
    const claims = (m: Record<string, unknown>): string[] => richTextsOf(m).filter((text) => /^\d+\. /.test(text));
    expect(claims(shared.body)).toHaveLength(3);
    expect(claims(shared.body)).toEqual(claims(firstAnswer));
    expect(buttonsOf(shared.body).map((b) => b.action_id)).not.toContain('answer_share');
    expect(removal.body).toEqual({ delete_original: true });
  });

  it('keeps the private answer and apologises when the public post fails', async () => {
    bot.slack.failResponse('channel_not_found', 404);
    await click('answer_share', firstAnswer, 'share-fail');
    const apology = await bot.slack.waitForResponse('share-fail', 2);
    expect(apology.body.text).toMatch(/^Sorry, something went wrong/);
    expect(apology.body.response_type).toBe('ephemeral');
    expect(bot.slack.responsesTo('share-fail').some((r) => r.body.delete_original === true)).toBe(false);
    expect(bot.logger.at('error').some((line) => line.startsWith('Failed to share an answer for U0000ASKER'))).toBe(true);
  });
});
