// Renders the "Ask the reports" modal (global shortcut `ask_reports`): a question and an optional
// report, and, once asked, the answer below them (Show more turns its pages). The form keeps what
// was asked, so a person can change the question and ask again in place.

import type { types } from '@slack/bolt';
import type { Reply } from '../../answer/handleRequest.js';
import type { Vote } from '../../feedback/votes.js';
import type { Report } from '../../reports/model.js';
import { answerMessage } from './answerBlocks.js';
import { type Block, divider, MAX_VIEW_BLOCKS } from './blocks.js';
import { cutText } from './cutText.js';
import { replyMessage } from './replyMessage.js';

export const ASK_MODAL = {
  callbackId: 'ask_reports_modal',
  questionBlock: 'question',
  questionAction: 'question',
  reportBlock: 'report',
  reportAction: 'report',
} as const;

/** A menu lists at most 100 options; a larger library gets a text field for the report's id. */
export const MAX_REPORT_OPTIONS = 100;
/** Longer than anyone asks, and what limitQuestion keeps. */
const MAX_QUESTION_INPUT = 1000;
/** Slack's limits: plain_text of an option 75 characters, its value 150. */
const MAX_OPTION_TEXT = 75;
const MAX_OPTION_VALUE = 150;

/** What the form holds, kept in the view's private_metadata so a later page can redraw it. */
export interface AskForm {
  question?: string;
  report?: string;
}

/** What is shown under the form: a reply (an answer from `offset`, or help, a limit…). */
export interface AskResult {
  reply: Reply;
  offset: number;
  /** The person's recorded vote on the page shown. */
  vote?: Vote | null;
}

export function askModalView(reports: Report[], form: AskForm = {}, result?: AskResult): types.ModalView {
  const blocks: Block[] = [questionInput(form.question), reportInput(reports, form.report)];
  if (result) {
    const message =
      result.reply.kind === 'answer'
        ? answerMessage(result.reply.answer, { offset: result.offset, shareable: false, inModal: true, vote: result.vote ?? null })
        : replyMessage(result.reply, { private: true });
    blocks.push(divider(), ...message.blocks.slice(0, MAX_VIEW_BLOCKS - blocks.length - 1));
  }
  return {
    type: 'modal',
    callback_id: ASK_MODAL.callbackId,
    title: { type: 'plain_text', text: 'Ask the reports' },
    submit: { type: 'plain_text', text: result ? 'Ask again' : 'Ask' },
    close: { type: 'plain_text', text: 'Close' },
    private_metadata: JSON.stringify(form),
    blocks,
  };
}

/** The form a view was drawn with, from its private_metadata; empty when unreadable. */
export function askFormOf(privateMetadata: string | undefined): AskForm {
  try {
    const parsed: unknown = JSON.parse(privateMetadata ?? '{}');
    if (parsed === null || typeof parsed !== 'object') return {};
    const { question, report } = parsed as Record<string, unknown>;
    return { ...(typeof question === 'string' ? { question } : {}), ...(typeof report === 'string' ? { report } : {}) };
  } catch {
    return {};
  }
}

function questionInput(question: string | undefined): Block {
  return {
    type: 'input',
    block_id: ASK_MODAL.questionBlock,
    label: { type: 'plain_text', text: 'Question' },
    element: {
      type: 'plain_text_input',
      action_id: ASK_MODAL.questionAction,
      max_length: MAX_QUESTION_INPUT,
      placeholder: { type: 'plain_text', text: 'e.g. do heat pumps work in the cold?' },
      ...(question ? { initial_value: cutText(question, MAX_QUESTION_INPUT).text } : {}),
    },
  };
}

function reportInput(reports: Report[], selected: string | undefined): Block {
  const label = { type: 'plain_text' as const, text: 'Only this report' };
  const hint = { type: 'plain_text' as const, text: 'Leave empty to search every report.' };
  const listable = reports.filter((r) => r.id.length <= MAX_OPTION_VALUE);
  if (listable.length === 0 || reports.length > MAX_REPORT_OPTIONS) {
    return {
      type: 'input',
      block_id: ASK_MODAL.reportBlock,
      optional: true,
      label,
      hint: { type: 'plain_text', text: 'A report id or a unique part of it (/reports list shows them). Leave empty to search every report.' },
      element: {
        type: 'plain_text_input',
        action_id: ASK_MODAL.reportAction,
        max_length: 200,
        ...(selected ? { initial_value: selected } : {}),
      },
    };
  }
  const options = listable.map((r) => ({ text: { type: 'plain_text' as const, text: optionText(r) }, value: r.id }));
  const initial = options.find((o) => o.value === selected);
  return {
    type: 'input',
    block_id: ASK_MODAL.reportBlock,
    optional: true,
    label,
    hint,
    element: {
      type: 'static_select',
      action_id: ASK_MODAL.reportAction,
      placeholder: { type: 'plain_text', text: 'All reports' },
      options,
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

function optionText(report: Report): string {
  const topic = report.topic.replace(/\s+/g, ' ').trim() || report.id;
  return cutText(topic, MAX_OPTION_TEXT).text;
}
