import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { answerKey } from '../../src/feedback/votes.js';
import { BOT_USER_ID } from './support/fakeSlack.js';
import { allText, button, buttonsOf, feedbackButtonsOf } from './support/messages.js';
import { buttonClick, buttonClickInView, feedbackButtonsClick, globalShortcut, openedView, viewSubmission } from './support/signedRequests.js';
import { startBot, type RunningBot } from './support/startBot.js';

const QUESTION = 'what are the risks of synthetic data?';

let bot: RunningBot;
let answer: Record<string, unknown>;
let shownIds: string[];
beforeAll(async () => {
  bot = await startBot();
  await bot.sender.command(QUESTION, bot.slack.responseUrl('asked'));
  answer = (await bot.slack.waitForResponse('asked')).body;
  shownIds = answerQuestion(bot.library, QUESTION).items.slice(0, 3).map((item) => item.claim.id);
});
afterAll(async () => {
  await bot?.stop();
});

let responses = 0;
/** Clicks a button of `message` as `user`; resolves to what the bot posted to that click's response_url. */
async function click(message: Record<string, unknown>, actionId: string, user = 'U0000VOTER', options: { actionTs?: string; triggerId?: string } = {}): Promise<Record<string, unknown>> {
  const id = `vote-${++responses}`;
  const reply = await bot.sender.action(buttonClick(button(message, actionId), bot.slack.responseUrl(id), { user, ...options }));
  expect(reply).toEqual({ status: 200, body: '' });
  return (await bot.slack.waitForResponse(id)).body;
}

interface Line {
  user: string;
  question: string;
  claimIds: string[];
  vote: string;
  answer: string;
  reason?: unknown;
}

async function votes(): Promise<Line[]> {
  await bot.settled();
  const text = await readFile(bot.feedbackLog, 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Line);
}

const votesOf = async (user: string): Promise<Line[]> => (await votes()).filter((line) => line.user === user);

describe('votes on a private answer', () => {
  it('are recorded once per person, and the answer is drawn again showing the vote', async () => {
    const shown = await click(answer, 'answer_vote_up', 'U0000VOTE1');
    expect(shown.replace_original).toBe(true);
    // The same answer, now showing the vote on its buttons and in words.
    expect(allText(shown)).toContain(`for “${QUESTION}”`);
    expect(button(shown, 'answer_vote_up')).toMatchObject({ text: '👍 Helpful ✓', style: 'primary' });
    expect(button(shown, 'answer_vote_down').style).toBeUndefined();
    expect(allText(shown)).toContain('You marked this answer helpful. Click 👍 again to take it back');
    expect(await votesOf('U0000VOTE1')).toEqual([
      { ts: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), user: 'U0000VOTE1', channel: 'C0000CHAN', question: QUESTION, claimIds: shownIds, vote: 'up', answer: answerKey(QUESTION, shownIds) },
    ]);
  });

  it('a vote changed twice stays one vote, the last', async () => {
    const down = await click(answer, 'answer_vote_down', 'U0000VOTE2');
    expect(button(down, 'answer_vote_down')).toMatchObject({ text: '👎 Not helpful ✓', style: 'danger' });
    expect((await votesOf('U0000VOTE2')).map((v) => v.vote)).toEqual(['down']);
    const up = await click(down, 'answer_vote_up', 'U0000VOTE2');
    expect(button(up, 'answer_vote_up').style).toBe('primary');
    expect(button(up, 'answer_vote_down').style).toBeUndefined();
    expect((await votesOf('U0000VOTE2')).map((v) => v.vote)).toEqual(['up']);
    const downAgain = await click(up, 'answer_vote_down', 'U0000VOTE2');
    expect(button(downAgain, 'answer_vote_down').style).toBe('danger');
    expect((await votesOf('U0000VOTE2')).map((v) => v.vote)).toEqual(['down']);
  });

  it('a second click on the recorded vote takes it back', async () => {
    const up = await click(answer, 'answer_vote_up', 'U0000VOTE3');
    expect(await votesOf('U0000VOTE3')).toHaveLength(1);
    const back = await click(up, 'answer_vote_up', 'U0000VOTE3');
    expect(buttonsOf(back).filter((b) => b.style !== undefined && b.action_id.startsWith('answer_vote'))).toEqual([]);
    expect(allText(back)).not.toContain('You marked this answer');
    expect(await votesOf('U0000VOTE3')).toEqual([]);
  });

  it('the same click delivered twice counts once (a retry does not take the vote back)', async () => {
    const first = await click(answer, 'answer_vote_up', 'U0000VOTE4', { actionTs: '1700009000.000100' });
    const again = await click(answer, 'answer_vote_up', 'U0000VOTE4', { actionTs: '1700009000.000100' });
    expect(button(again, 'answer_vote_up').style).toBe('primary');
    expect(button(first, 'answer_vote_up').style).toBe('primary');
    expect((await votesOf('U0000VOTE4')).map((v) => v.vote)).toEqual(['up']);
  });

  it('counts each person\'s vote', async () => {
    const before = (await votes()).length;
    await click(answer, 'answer_vote_up', 'U0000VOTE5');
    await click(answer, 'answer_vote_up', 'U0000VOTE6');
    expect((await votes()).length).toBe(before + 2);
  });
});

describe('a 👎', () => {
  it('opens an optional "What was wrong?" modal, whose answer joins the vote', async () => {
    await click(answer, 'answer_vote_down', 'U0000WHY01', { triggerId: 'trigger-why' });
    const open = await bot.slack.waitFor(() => bot.slack.callsOf('views.open').find((c) => c.body.trigger_id === 'trigger-why'));
    const modal = open.body.view as Record<string, unknown>;
    expect(modal).toMatchObject({ type: 'modal', callback_id: 'feedback_reason', submit: { text: 'Send' }, close: { text: 'Skip' } });
    const inputs = (modal.blocks as Array<{ type: string; optional?: boolean; element?: { type: string; options?: Array<{ value: string }> } }>).filter((b) => b.type === 'input');
    expect(inputs.map((b) => [b.element?.type, b.optional])).toEqual([
      ['radio_buttons', true],
      ['plain_text_input', true],
    ]);
    expect(inputs[0]!.element!.options!.map((o) => o.value)).toEqual(['wrong-claim', 'not-in-reports', 'other']);

    const values = {
      reason_kind: { reason_kind: { type: 'radio_buttons', selected_option: { text: { type: 'plain_text', text: 'x' }, value: 'wrong-claim' } } },
      reason_text: { reason_text: { type: 'plain_text_input', value: '  The second quote is about images, not text.  ' } },
    };
    const reply = await bot.sender.action(viewSubmission(openedView(modal), values, { user: 'U0000WHY01' }));
    expect(reply).toEqual({ status: 200, body: '' });
    const [vote] = await votesOf('U0000WHY01');
    expect(vote).toMatchObject({ vote: 'down', reason: { kind: 'wrong-claim', text: 'The second quote is about images, not text.' } });
  });

  it('sent empty records no reason; a 👍 does not open it', async () => {
    await click(answer, 'answer_vote_down', 'U0000WHY02', { triggerId: 'trigger-why-2' });
    const open = await bot.slack.waitFor(() => bot.slack.callsOf('views.open').find((c) => c.body.trigger_id === 'trigger-why-2'));
    const empty = { reason_kind: { reason_kind: { type: 'radio_buttons', selected_option: null } }, reason_text: { reason_text: { type: 'plain_text_input', value: null } } };
    await bot.sender.action(viewSubmission(openedView(open.body.view as Record<string, unknown>), empty, { user: 'U0000WHY02' }));
    expect((await votesOf('U0000WHY02'))[0]).not.toHaveProperty('reason');

    await click(answer, 'answer_vote_up', 'U0000WHY03', { triggerId: 'trigger-why-3' });
    expect(bot.slack.callsOf('views.open').some((c) => c.body.trigger_id === 'trigger-why-3')).toBe(false);
  });
});

describe('votes on a public answer', () => {
  it('use Slack\'s feedback buttons, and each click is confirmed privately with the vote recorded', async () => {
    await bot.sender.event({ type: 'app_mention', user: 'U0000ASKER', text: `<@${BOT_USER_ID}> ${QUESTION}`, ts: '1700009100.000100', channel: 'C0000PUBL', event_ts: '1700009100.000100' }, 'EvFeedbackPublic');
    const posted = (await bot.slack.waitFor(() => bot.slack.callsOf('chat.postMessage').find((c) => c.body.channel === 'C0000PUBL'))).body;
    expect(buttonsOf(posted).map((b) => b.action_id)).not.toContain('answer_vote_up');
    const { positive, negative } = feedbackButtonsOf(posted);

    const note = async (value: string, id: string): Promise<Record<string, unknown>> => {
      await bot.sender.action(feedbackButtonsClick(value, bot.slack.responseUrl(id), { user: 'U0000PUBL1', channel: 'C0000PUBL' }));
      return (await bot.slack.waitForResponse(id)).body;
    };
    const up = await note(positive, 'public-up');
    expect(up).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(allText(up)).toContain('You marked this answer helpful');
    expect((await votesOf('U0000PUBL1')).map((v) => [v.vote, v.question])).toEqual([['up', QUESTION]]);
    const down = await note(negative, 'public-down');
    expect(allText(down)).toContain('You marked this answer not helpful');
    expect((await votesOf('U0000PUBL1')).map((v) => v.vote)).toEqual(['down']);
    const back = await note(negative, 'public-back');
    expect(allText(back)).toContain('Your vote on this answer is taken back.');
    expect(await votesOf('U0000PUBL1')).toEqual([]);
  });
});

describe('votes in the Ask the reports modal', () => {
  it('update the modal to show the vote; a 👎 opens "What was wrong?" over it', async () => {
    await bot.sender.action(globalShortcut('ask_reports', { triggerId: 'trigger-modal-vote' }));
    const open = await bot.slack.waitFor(() => bot.slack.callsOf('views.open').find((c) => c.body.trigger_id === 'trigger-modal-vote'));
    const form = openedView(open.body.view as Record<string, unknown>);
    const submitted = await bot.sender.action(viewSubmission(form, { question: { question: { type: 'plain_text_input', value: QUESTION } }, report: { report: { type: 'static_select', selected_option: null } } }, { user: 'U0000MODAL' }));
    const shown = openedView(JSON.parse(submitted.body).view as Record<string, unknown>, 'V0000VOTES', 'hash-votes');

    await bot.sender.action(buttonClickInView(button(shown, 'answer_vote_down'), shown, { user: 'U0000MODAL', triggerId: 'trigger-modal-why' }));
    const update = await bot.slack.waitFor(() => bot.slack.callsOf('views.update').find((c) => c.body.view_id === 'V0000VOTES'));
    expect(update.body.hash).toBe('hash-votes');
    expect(button(update.body.view as Record<string, unknown>, 'answer_vote_down')).toMatchObject({ text: '👎 Not helpful ✓', style: 'danger' });
    const pushed = await bot.slack.waitFor(() => bot.slack.callsOf('views.push').find((c) => c.body.trigger_id === 'trigger-modal-why'));
    expect((pushed.body.view as Record<string, unknown>).callback_id).toBe('feedback_reason');
    expect((await votesOf('U0000MODAL')).map((v) => v.vote)).toEqual(['down']);
  });
});
