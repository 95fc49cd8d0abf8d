// Renders the modal a 👎 opens: what was wrong, optionally (a kind, free text, or both). It carries
// the answer voted on in its private_metadata, so the reason joins that vote when sent.

import type { types } from '@slack/bolt';
import { REASON_KINDS, type ReasonKind } from '../../feedback/votes.js';
import { type Block, section } from './blocks.js';

export const REASON_MODAL = {
  callbackId: 'feedback_reason',
  kindBlock: 'reason_kind',
  kindAction: 'reason_kind',
  textBlock: 'reason_text',
  textAction: 'reason_text',
} as const;

/** Longest reason kept; more is not read. */
export const MAX_REASON_TEXT = 1000;

const KIND_LABELS: Record<ReasonKind, string> = {
  'wrong-claim': 'A claim or quote is wrong, or does not fit the question',
  'not-in-reports': 'The reports do not cover what I asked',
  other: 'Something else',
};

export function feedbackReasonModal(answer: string): types.ModalView {
  const blocks: Block[] = [
    section('Your :thumbsdown: is recorded. If you like, say what was wrong: it helps whoever tunes the answers.'),
    {
      type: 'input',
      block_id: REASON_MODAL.kindBlock,
      optional: true,
      label: { type: 'plain_text', text: 'What was wrong?' },
      element: {
        type: 'radio_buttons',
        action_id: REASON_MODAL.kindAction,
        options: REASON_KINDS.map((kind) => ({ text: { type: 'plain_text' as const, text: KIND_LABELS[kind] }, value: kind })),
      },
    },
    {
      type: 'input',
      block_id: REASON_MODAL.textBlock,
      optional: true,
      label: { type: 'plain_text', text: 'Anything to add?' },
      element: { type: 'plain_text_input', action_id: REASON_MODAL.textAction, multiline: true, max_length: MAX_REASON_TEXT },
    },
  ];
  return {
    type: 'modal',
    callback_id: REASON_MODAL.callbackId,
    title: { type: 'plain_text', text: 'What was wrong?' },
    submit: { type: 'plain_text', text: 'Send' },
    close: { type: 'plain_text', text: 'Skip' },
    private_metadata: JSON.stringify({ answer }),
    blocks,
  };
}

/** The answer a reason modal is about, from its private_metadata. */
export function reasonModalAnswer(privateMetadata: string | undefined): string | undefined {
  try {
    const parsed: unknown = JSON.parse(privateMetadata ?? '');
    const answer = (parsed as { answer?: unknown } | null)?.answer;
    return typeof answer === 'string' && answer.length <= 100 ? answer : undefined;
  } catch {
    return undefined;
  }
}
