// Renders the feedback summary (npm run feedback) for a terminal: the totals, then each answer
// voted down with its question, the claims it showed and why people said it was wrong.

import type { FeedbackSummary } from '../feedback/feedbackSummary.js';
import type { ReasonKind } from '../feedback/votes.js';

const KIND_NAMES: Record<ReasonKind, string> = {
  'wrong-claim': 'wrong claim',
  'not-in-reports': 'not in the reports',
  other: 'other',
};

export function feedbackSummaryText(summary: FeedbackSummary, source: string): string {
  if (summary.votes === 0) return `No votes yet (${source}).\n`;
  const lines = [
    `${count(summary.votes, 'vote')} on ${count(summary.answers, 'answer')}: ${summary.up} 👍, ${summary.down} 👎 (${source}).`,
    '',
  ];
  if (summary.votedDown.length === 0) {
    lines.push('No answer was voted down.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(`Answers voted down (${summary.votedDown.length}), most 👎 first:`, '');
  summary.votedDown.forEach((answer, i) => {
    lines.push(`${i + 1}. "${answer.question}"`);
    lines.push(`   ${answer.down} 👎, ${answer.up} 👍 · last vote ${answer.lastVote.slice(0, 16).replace('T', ' ')} · answer ${answer.answer}`);
    lines.push(`   claims shown: ${answer.claimIds.join(', ')}`);
    for (const reason of answer.reasons) {
      const kind = reason.kind ? KIND_NAMES[reason.kind] : '';
      const text = reason.text ? `"${reason.text.replace(/\s+/g, ' ')}"` : '';
      lines.push(`   why (${reason.user}): ${[kind, text].filter(Boolean).join(': ')}`);
    }
    lines.push('');
  });
  return `${lines.join('\n')}`;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
