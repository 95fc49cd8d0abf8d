// What the votes say, for whoever tunes the search: how many, and every answer voted down with its
// question, the claims it showed, its votes and the reasons given. Pure: records in, summary out.

import type { FeedbackReason, FeedbackRecord } from './votes.js';

export interface AnswerFeedback {
  answer: string;
  question: string;
  claimIds: string[];
  up: number;
  down: number;
  reasons: (FeedbackReason & { user: string })[];
  /** The last vote on it, ISO 8601. */
  lastVote: string;
}

export interface FeedbackSummary {
  votes: number;
  up: number;
  down: number;
  /** Answers with at least one vote. */
  answers: number;
  /** Answers with at least one 👎: most 👎 first, then the most recently voted. */
  votedDown: AnswerFeedback[];
}

export function summarizeFeedback(records: readonly FeedbackRecord[]): FeedbackSummary {
  const byAnswer = new Map<string, AnswerFeedback>();
  for (const record of records) {
    let answer = byAnswer.get(record.answer);
    if (!answer) {
      answer = { answer: record.answer, question: record.question, claimIds: record.claimIds, up: 0, down: 0, reasons: [], lastVote: record.ts };
      byAnswer.set(record.answer, answer);
    }
    answer[record.vote] += 1;
    if (record.reason) answer.reasons.push({ ...record.reason, user: record.user });
    if (record.ts > answer.lastVote) answer.lastVote = record.ts;
  }
  const up = records.filter((r) => r.vote === 'up').length;
  const votedDown = [...byAnswer.values()].filter((a) => a.down > 0).sort((a, b) => b.down - a.down || b.lastVote.localeCompare(a.lastVote));
  return { votes: records.length, up, down: records.length - up, answers: byAnswer.size, votedDown };
}
