// What our buttons carry. The bot keeps no state between a message and a click: a button's value
// holds what is needed to redo the work (the question and the page), within Slack's 2,000
// characters per value.

import type { Vote } from '../../feedback/votes.js';
import { cutText } from './cutText.js';

export const ACTION_IDS = {
  showMore: 'answer_show_more',
  share: 'answer_share',
  voteUp: 'answer_vote_up',
  voteDown: 'answer_vote_down',
  /** Slack's feedback_buttons element under public answers; its value says which was pressed. */
  feedback: 'answer_feedback',
  /** The next page of a "Check against the reports" answer. */
  checkShowMore: 'check_show_more',
  /** Posts a check's answer in the thread of the checked message. */
  shareInThread: 'check_share_in_thread',
  /** "About this report" beside a report in an answer: the report, as `/reports show` gives it. Its value is the report id. */
  showReport: 'report_show',
} as const;

export const MAX_BUTTON_VALUE = 2000;

/** The message a "Check against the reports" answer is about: where it is, and who wrote it. */
export interface CheckedMessage {
  channel: string;
  /** The thread to share the answer in: the message's own, or the thread it is a reply in. */
  threadTs: string;
  author?: string;
}

/** A page of an answer: the question and the index of the first claim shown. */
export interface PageValue {
  question: string;
  offset: number;
  /** Set for the answer to a check of a message. */
  check?: CheckedMessage;
}

/** What a 👍/👎 is about: the question and the claims that were shown. */
export interface FeedbackValue {
  question: string;
  claimIds: string[];
  /** Where the page starts, so a private answer can be drawn again showing the vote. */
  offset?: number;
  check?: CheckedMessage;
  /** On feedback_buttons, which one this is (a plain button says it by its action id). */
  vote?: Vote;
  /** True when the question had to be cut to fit: the answer cannot be drawn again from it. */
  cut?: boolean;
}

/** The value for a page button, or null when the question is too long to fit (no button then). */
export function encodePageValue(page: PageValue): string | null {
  const check = page.check ? { c: checkedMessageValue(page.check) } : {};
  const value = JSON.stringify({ q: page.question, o: page.offset, ...check });
  return value.length <= MAX_BUTTON_VALUE ? value : null;
}

export function decodePageValue(value: string | undefined): PageValue | null {
  const parsed = parseObject(value);
  if (!parsed || typeof parsed.q !== 'string' || !Number.isInteger(parsed.o) || (parsed.o as number) < 0) return null;
  const page: PageValue = { question: parsed.q, offset: parsed.o as number };
  if (parsed.c === undefined) return page;
  const check = decodeCheckedMessage(parsed.c);
  return check ? { ...page, check } : null;
}

function checkedMessageValue(check: CheckedMessage): string[] {
  return [check.channel, check.threadTs, ...(check.author ? [check.author] : [])];
}

function decodeCheckedMessage(value: unknown): CheckedMessage | null {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3 || !value.every((part) => typeof part === 'string')) return null;
  const [channel, threadTs, author] = value as string[];
  return { channel: channel as string, threadTs: threadTs as string, ...(author ? { author } : {}) };
}

/**
 * The value for the feedback buttons. The claim ids are what matters; a question too long to fit
 * is cut (the log then holds its beginning). Null only if the ids alone do not fit.
 */
export function encodeFeedbackValue(feedback: FeedbackValue): string | null {
  const page = {
    ...(feedback.offset !== undefined ? { o: feedback.offset } : {}),
    ...(feedback.check ? { c: checkedMessageValue(feedback.check) } : {}),
    ...(feedback.vote ? { v: feedback.vote } : {}),
  };
  const encode = (question: string, cut = true): string => JSON.stringify({ q: question, ids: feedback.claimIds, ...page, ...(cut ? { x: 1 } : {}) });
  if (encode('').length > MAX_BUTTON_VALUE) return null;
  const whole = encode(feedback.question, false);
  if (whole.length <= MAX_BUTTON_VALUE) return whole;
  // JSON escaping makes some characters longer, so search for the longest prefix that fits.
  let [fits, tooLong] = [0, feedback.question.length];
  while (tooLong - fits > 1) {
    const middle = Math.floor((fits + tooLong) / 2);
    if (encode(cutText(feedback.question, middle).text).length <= MAX_BUTTON_VALUE) fits = middle;
    else tooLong = middle;
  }
  return encode(cutText(feedback.question, fits).text);
}

export function decodeFeedbackValue(value: string | undefined): FeedbackValue | null {
  const parsed = parseObject(value);
  if (!parsed || typeof parsed.q !== 'string' || !Array.isArray(parsed.ids)) return null;
  if (!parsed.ids.every((id): id is string => typeof id === 'string')) return null;
  const feedback: FeedbackValue = { question: parsed.q, claimIds: parsed.ids, cut: parsed.x === 1 };
  if (Number.isInteger(parsed.o) && (parsed.o as number) >= 0) feedback.offset = parsed.o as number;
  if (parsed.v === 'up' || parsed.v === 'down') feedback.vote = parsed.v;
  if (parsed.c !== undefined) {
    const check = decodeCheckedMessage(parsed.c);
    if (!check) return null;
    feedback.check = check;
  }
  return feedback;
}

/**
 * Values come back from Slack as we sent them, but a forged payload must not crash or stall a
 * handler: anything longer than a value we could have sent is refused before it is parsed.
 */
function parseObject(value: string | undefined): Record<string, unknown> | null {
  if (typeof value !== 'string' || value.length > MAX_BUTTON_VALUE) return null;
  try {
    const parsed: unknown = JSON.parse(value);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
