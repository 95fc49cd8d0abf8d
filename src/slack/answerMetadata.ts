// The bot's answers in channels and DMs carry Slack message metadata with the question they
// answer. Read back from the thread (conversations.replies), it tells the bot what a thread's
// first question was without the bot remembering anything itself: after a restart, or on another
// replica, a follow-up is understood the same way.

import type { types } from '@slack/bolt';
import type { Reply } from '../answer/handleRequest.js';

export const ANSWER_EVENT_TYPE = 'report_bot_answer';
/**
 * A "Check against the reports" answer someone shared under a message. The bot did not join that
 * conversation to answer questions: such a message does not make the thread one the bot answers in.
 */
export const SHARED_CHECK_EVENT_TYPE = 'report_bot_shared_check';

export type MessageMetadata = types.MessageMetadata;

/** The metadata to post with a reply: the question, for answers; nothing for help, list and such. */
export function answerMetadata(reply: Reply): MessageMetadata | undefined {
  if (reply.kind !== 'answer') return undefined;
  return { event_type: ANSWER_EVENT_TYPE, event_payload: { question: reply.answer.question } };
}

export const SHARED_CHECK_METADATA: MessageMetadata = { event_type: SHARED_CHECK_EVENT_TYPE, event_payload: {} };

export function isSharedCheck(message: { metadata?: unknown }): boolean {
  return (message.metadata as { event_type?: unknown } | null | undefined)?.event_type === SHARED_CHECK_EVENT_TYPE;
}

/** The question an answer of ours was about, from a message as conversations.replies returns it. */
export function answeredQuestion(message: { metadata?: unknown }): string | undefined {
  const metadata = message.metadata as { event_type?: unknown; event_payload?: { question?: unknown } } | null | undefined;
  if (metadata?.event_type !== ANSWER_EVENT_TYPE) return undefined;
  const question = metadata.event_payload?.question;
  return typeof question === 'string' && question.trim() !== '' ? question : undefined;
}
