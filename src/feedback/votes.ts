// Feedback on answers: one vote per person per answer. A second click on the same button takes the
// vote back, a click on the other changes it; a 👎 can say what was wrong. Chat-agnostic: Slack's
// buttons, another chat's, or a script all record votes this way.

import { createHash } from 'node:crypto';

export type Vote = 'up' | 'down';

export const REASON_KINDS = ['wrong-claim', 'not-in-reports', 'other'] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

/** Why an answer was voted down: a kind, free text, or both. */
export interface FeedbackReason {
  kind?: ReasonKind;
  text?: string;
}

/** A person's vote on an answer, as it is stored (one line of the feedback file). */
export interface FeedbackRecord {
  /** When the vote was last cast or changed, ISO 8601. */
  ts: string;
  user: string;
  channel: string;
  question: string;
  /** The claims the answer showed, `<report id>#<ordinal>`. */
  claimIds: string[];
  vote: Vote;
  /** The answer voted on (answerKey of the question and claims). */
  answer: string;
  reason?: FeedbackReason;
}

/** A click on 👍 or 👎 under an answer. */
export interface VoteClick {
  answer: string;
  user: string;
  pressed: Vote;
  /**
   * The click's own id (Slack's action_ts): the same click delivered twice is applied once, so a
   * retried delivery cannot take back the vote it just cast.
   */
  clickId: string;
  ts: string;
  channel: string;
  question: string;
  claimIds: string[];
}

/** Where votes are kept: the feedback file (feedbackFile.ts), or Redis when replicas share them. */
export interface FeedbackStore {
  /** Applies a click and resolves to the person's vote on that answer now (null: none). */
  click(click: VoteClick): Promise<Vote | null>;
  /** The person's vote on the answer (null: none). */
  voteOf(answer: string, user: string): Promise<Vote | null>;
  /** Adds why to the person's 👎 on the answer; false when they have none (taken back meanwhile). */
  explain(answer: string, user: string, reason: FeedbackReason): Promise<boolean>;
  /** Every vote recorded. */
  records(): Promise<FeedbackRecord[]>;
  /** Resolves when every change so far is stored (or has failed and been reported). */
  flush(): Promise<void>;
}

/**
 * The answer a vote is about: the question and the claims shown, in order. The same answer shown
 * twice (asked again, shared, on another replica) is the same answer: one vote per person.
 */
export function answerKey(question: string, claimIds: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify([question, claimIds])).digest('hex').slice(0, 20);
}

/** The vote after pressing `pressed`: the recorded one again takes it back; otherwise it is the vote. */
export function voteAfter(recorded: Vote | null, pressed: Vote): Vote | null {
  return recorded === pressed ? null : pressed;
}

/** The record a click leaves, when it leaves a vote. */
export function recordOf(click: VoteClick, vote: Vote): FeedbackRecord {
  const { ts, user, channel, question, claimIds, answer } = click;
  return { ts, user, channel, question, claimIds, vote, answer };
}

/** A stored line read back, or null when it is not one (old lines without `answer` get theirs). */
export function parseRecord(value: unknown): FeedbackRecord | null {
  if (value === null || typeof value !== 'object') return null;
  const r = value as Record<string, unknown>;
  const strings = ['ts', 'user', 'channel', 'question'].every((key) => typeof r[key] === 'string');
  const claimIds = Array.isArray(r.claimIds) && r.claimIds.every((id) => typeof id === 'string') ? (r.claimIds as string[]) : null;
  if (!strings || !claimIds || (r.vote !== 'up' && r.vote !== 'down')) return null;
  const record: FeedbackRecord = {
    ts: r.ts as string,
    user: r.user as string,
    channel: r.channel as string,
    question: r.question as string,
    claimIds,
    vote: r.vote,
    answer: typeof r.answer === 'string' ? r.answer : answerKey(r.question as string, claimIds),
  };
  const reason = parseReason(r.reason);
  return reason ? { ...record, reason } : record;
}

/** A stored reason read back: its known kind and its text, or undefined when it has neither. */
export function parseReason(value: unknown): FeedbackReason | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { kind, text } = value as Record<string, unknown>;
  const reason: FeedbackReason = {
    ...((REASON_KINDS as readonly unknown[]).includes(kind) ? { kind: kind as ReasonKind } : {}),
    ...(typeof text === 'string' && text !== '' ? { text } : {}),
  };
  return reason.kind || reason.text ? reason : undefined;
}
