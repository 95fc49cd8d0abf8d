// The 👍/👎 under an answer. Where the bot can draw the answer again for the one person who sees
// it (a private answer, the modal), they are plain buttons showing that person's recorded vote.
// Under public answers, seen by many, they are Slack's own feedback_buttons (a context_actions
// block), which Slack shows per person; the vote is confirmed privately on each click.

import type { Vote } from '../../feedback/votes.js';
import { ACTION_IDS, type CheckedMessage, encodeFeedbackValue } from './actionValues.js';
import { type Block, type ButtonSpec, context, type SlackMessage, slackMessage } from './blocks.js';

export interface FeedbackControls {
  /** Plain buttons, for the answer's actions block. */
  buttons: ButtonSpec[];
  /** Blocks before the actions block (the recorded vote, said in words). */
  before: Block[];
  /** Blocks after it (the feedback_buttons block). */
  after: Block[];
}

export interface FeedbackOn {
  question: string;
  claimIds: string[];
  offset: number;
  check?: CheckedMessage;
}

const NONE: FeedbackControls = { buttons: [], before: [], after: [] };

/** Buttons showing `vote`, the viewer's recorded vote (null: none yet). */
export function voteButtons(on: FeedbackOn, vote: Vote | null): FeedbackControls {
  const value = encodeFeedbackValue({ question: on.question, claimIds: on.claimIds, offset: on.offset, ...(on.check ? { check: on.check } : {}) });
  if (!value) return NONE;
  const up: ButtonSpec = { text: vote === 'up' ? '👍 Helpful ✓' : '👍 Helpful', actionId: ACTION_IDS.voteUp, value, ...(vote === 'up' ? { style: 'primary' as const } : {}) };
  const down: ButtonSpec = { text: vote === 'down' ? '👎 Not helpful ✓' : '👎 Not helpful', actionId: ACTION_IDS.voteDown, value, ...(vote === 'down' ? { style: 'danger' as const } : {}) };
  return { buttons: [up, down], before: vote ? [context(votedText(vote))] : [], after: [] };
}

/** Slack's feedback_buttons, for an answer many people see. */
export function sharedFeedbackButtons(on: FeedbackOn): FeedbackControls {
  const positive = encodeFeedbackValue({ question: on.question, claimIds: on.claimIds, vote: 'up' });
  const negative = encodeFeedbackValue({ question: on.question, claimIds: on.claimIds, vote: 'down' });
  if (!positive || !negative) return NONE;
  const block: Block = {
    type: 'context_actions',
    block_id: 'answer_feedback',
    elements: [
      {
        type: 'feedback_buttons',
        action_id: ACTION_IDS.feedback,
        positive_button: { text: { type: 'plain_text', text: 'Helpful' }, accessibility_label: 'Mark this answer as helpful', value: positive },
        negative_button: { text: { type: 'plain_text', text: 'Not helpful' }, accessibility_label: 'Mark this answer as not helpful', value: negative },
      },
    ],
  };
  return { buttons: [], before: [], after: [block] };
}

/** The recorded vote in words, and how to change it. */
export function votedText(vote: Vote | null): string {
  if (vote === 'up') return ':thumbsup: You marked this answer helpful. Click 👍 again to take it back, or 👎 to change your vote.';
  if (vote === 'down') return ':thumbsdown: You marked this answer not helpful. Click 👎 again to take it back, or 👍 to change your vote.';
  return 'Your vote on this answer is taken back.';
}

/** The private note confirming a vote where the answer itself cannot show it (a public answer). */
export function voteNoteMessage(vote: Vote | null): SlackMessage {
  const text = votedText(vote);
  return slackMessage(text, [context(text)]);
}
