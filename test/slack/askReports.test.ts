import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { askModalView } from '../../src/render/slack/askModal.js';
import { accessoriesOf, allText, button, buttonsOf } from './support/messages.js';
import { buttonClickInView, globalShortcut, openedView, viewSubmission } from './support/signedRequests.js';
import { startBot, type RunningBot } from './support/startBot.js';

let bot: RunningBot;
let modal: Record<string, unknown>;
beforeAll(async () => {
  bot = await startBot();
  expect(await bot.sender.action(globalShortcut('ask_reports', { triggerId: 'trigger-ask' }))).toEqual({ status: 200, body: '' });
  const open = await bot.slack.waitForCall('views.open');
  expect(open.body.trigger_id).toBe('trigger-ask');
  modal = openedView(open.body.view as Record<string, unknown>);
});
afterAll(async () => {
  await bot?.stop();
});

interface InputBlock {
  type: string;
  block_id: string;
  optional?: boolean;
  element: { type: string; action_id: string; initial_value?: string; options?: Array<{ value: string }>; initial_option?: { value: string } };
}

function inputs(view: Record<string, unknown>): InputBlock[] {
  return (view.blocks as InputBlock[]).filter((b) => b.type === 'input');
}

function values(question: string, report: string | null): Record<string, Record<string, Record<string, unknown>>> {
  const selected = report === null ? null : { text: { type: 'plain_text', text: report }, value: report };
  return { question: { question: { type: 'plain_text_input', value: question } }, report: { report: { type: 'static_select', selected_option: selected } } };
}

async function submit(question: string, report: string | null = null): Promise<Record<string, unknown>> {
  const reply = await bot.sender.action(viewSubmission(modal, values(question, report)));
  expect(reply.status).toBe(200);
  return JSON.parse(reply.body);
}

describe('Ask the reports (global shortcut)', () => {
  it('opens a modal with a question and an optional report menu of every report', () => {
    expect(modal).toMatchObject({ type: 'modal', callback_id: 'ask_reports_modal', title: { text: 'Ask the reports' }, submit: { text: 'Ask' } });
    const [question, report] = inputs(modal);
    expect(question).toMatchObject({ block_id: 'question', element: { type: 'plain_text_input', action_id: 'question' } });
    expect(question!.optional).toBeUndefined();
    expect(report).toMatchObject({ block_id: 'report', optional: true, element: { type: 'static_select', action_id: 'report' } });
    expect(report!.element.options!.map((o) => o.value)).toEqual(bot.library.reports.map((r) => r.id));
  });

  it('shows the answer in the modal on submit, under the question kept for another try', async () => {
    const question = 'do heat pumps work in the cold?';
    const response = await submit(question);
    expect(response.response_action).toBe('update');
    const view = response.view as Record<string, unknown>;
    expect(view).toMatchObject({ type: 'modal', callback_id: 'ask_reports_modal', submit: { text: 'Ask again' } });
    expect(inputs(view)[0]!.element.initial_value).toBe(question);
    const answer = answerQuestion(bot.library, question);
    const items = answer.items;
    const text = allText(view);
    expect(text).toContain(`*3 of ${answer.total} claims* for “${question}”`);
    expect(text).toContain(`1. ${items[0]!.claim.text}`);
    expect(text).toContain(`3. ${items[2]!.claim.text}`);
    // Nothing to share from a modal; Show more turns the page; the votes show the person's own.
    // A report's details need a message to go to.
    expect(buttonsOf(view).map((b) => b.action_id)).toEqual(['answer_show_more', 'answer_vote_up', 'answer_vote_down']);
    expect(accessoriesOf(view)).toEqual([]);
    expect((view.blocks as unknown[]).length).toBeLessThanOrEqual(100);
  });

  it('limits the answer to the chosen report', async () => {
    const response = await submit('costs', 'grid-battery-storage');
    const view = response.view as Record<string, unknown>;
    expect(inputs(view)[1]!.element.initial_option?.value).toBe('grid-battery-storage');
    const items = answerQuestion(bot.library, 'report:grid-battery-storage costs').items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.report.id === 'grid-battery-storage')).toBe(true);
    expect(allText(view)).toContain(`1. ${items[0]!.claim.text}`);
  });

  it('asks for a question when there is none', async () => {
    expect(await submit('   ')).toEqual({ response_action: 'errors', errors: { question: 'Type a question.' } });
  });

  it('Show more replaces the page in the modal, keeping the form', async () => {
    const question = 'what are the risks of synthetic data?';
    const shown = openedView((await submit(question)).view as Record<string, unknown>, 'V0000ASKED', 'hash-asked');
    const reply = await bot.sender.action(buttonClickInView(button(shown, 'answer_show_more'), shown));
    expect(reply).toEqual({ status: 200, body: '' });
    const update = await bot.slack.waitFor(() => bot.slack.callsOf('views.update').find((c) => c.body.view_id === 'V0000ASKED'));
    expect(update.body.hash).toBe('hash-asked');
    const next = update.body.view as Record<string, unknown>;
    const answer = answerQuestion(bot.library, question);
    expect(allText(next)).toContain(`*Claims 4 to 6 of ${answer.total}* for “${question}”`);
    expect(allText(next)).toContain(`4. ${answer.items[3]!.claim.text}`);
    expect(inputs(next)[0]!.element.initial_value).toBe(question);
  });
});

describe('the Ask the reports modal for a library of more than 100 reports', () => {
  it('asks for the report by id in a text field, since a menu lists at most 100', () => {
    const many = Array.from({ length: 101 }, (_, i) => ({ ...bot.library.reports[0]!, id: `report-${i}` }));
    const [, report] = inputs(askModalView(many) as unknown as Record<string, unknown>);
    expect(report).toMatchObject({ block_id: 'report', optional: true, element: { type: 'plain_text_input', action_id: 'report' } });
  });
});
