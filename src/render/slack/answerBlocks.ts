// Renders an Answer as a Slack message: one page of claims, each with its perspective, report,
// verbatim evidence as block quotes and cited sources, then the buttons. Texts from reports and
// users are escaped and cut to Slack's limits here, and nowhere else.

import type { Answer, AnswerItem } from '../../answer/answer.js';
import { evidenceFlags } from '../../reports/evidenceFlags.js';
import type { Evidence } from '../../reports/model.js';
import { evidenceFlagsText } from '../evidenceFlagsText.js';
import type { Vote } from '../../feedback/votes.js';
import { ACTION_IDS, type CheckedMessage, encodePageValue } from './actionValues.js';
import { actions, type Block, type ButtonSpec, context, divider, MESSAGE_TEXT_BUDGET, section, type SlackMessage, slackMessage } from './blocks.js';
import { TextBudget } from './cutText.js';
import { escapeMrkdwn, mrkdwnLink, userMention } from './escapeMrkdwn.js';
import { sharedFeedbackButtons, voteButtons } from './feedbackBlocks.js';

/** Claims per message; "Show more" gives the next ones. */
export const PAGE_SIZE = 3;
/** Evidence items shown per claim; the rest are counted. */
const MAX_EVIDENCE_SHOWN = 3;
/** Kept back from the claims for the notes and lists around them. */
const RESERVED_FOR_NOTES = 1200;

export interface AnswerView {
  /** Index of the first claim to show. */
  offset: number;
  /** Repeat the question at the top: nobody else sees a slash command, and a page needs its question. */
  echoQuestion: boolean;
  /** Offer "Share in channel": only on private (ephemeral) answers. */
  shareable: boolean;
  /** Set when the answer is posted publicly on someone's behalf: their user id. */
  sharedBy?: string;
  /**
   * Set when the answer is to "Check against the reports" on a message: it is introduced as what
   * the reports say about that message (never as a verdict on it), and shared in its thread.
   */
  check?: CheckedMessage;
  /** Shown in the "Ask the reports" modal: its buttons act on the modal, and there is nothing to share. */
  inModal?: boolean;
  /**
   * The viewer's recorded vote on this page, shown on the 👍/👎 of answers only they see (private
   * ones, the modal). Answers others see too get Slack's feedback_buttons instead.
   */
  vote?: Vote | null;
}

export function answerMessage(answer: Answer, view: AnswerView): SlackMessage {
  const budget = new TextBudget(MESSAGE_TEXT_BUDGET);
  const question = budget.fit(answer.question, 300);
  const blocks: Block[] = [];
  if (view.check) blocks.push(...checkIntroBlocks(view.check, view, question));
  else if (view.sharedBy) blocks.push(section(`${userMention(view.sharedBy)} shared an answer to: *${question}*`));
  else if (view.echoQuestion) blocks.push(section(`*You asked:* ${question}`));
  if (answer.problems.length > 0) {
    // One block for all of them: a question full of bad filters must not use up the 50 blocks.
    blocks.push(context(answer.problems.slice(0, 5).map((problem) => `:warning: ${budget.fit(problem, 400)}`).join('\n')));
  }

  const page = answer.items.slice(view.offset, view.offset + PAGE_SIZE);
  const about = view.check ? 'that bear on it' : `for “${question}”`;
  // No answer, but claims close to the question: said plainly, the claims shown as related only.
  const related = page.length === 0 && view.offset === 0 && answer.reportCount > 0 ? answer.related : [];
  const summary =
    answer.reportCount === 0
      ? 'No reports are being served: the reports folder is empty, or none of its files could be read.'
      : related.length > 0
        ? view.check
          ? 'The reports say nothing that answers this message.'
          : `The reports don't answer “${question}”.`
        : page.length > 0
      ? `Claims ${view.offset + 1}–${view.offset + page.length} of ${answer.items.length} ${about}`
      : view.offset > 0
        ? `No more claims ${about}.`
        : view.check
          ? 'Nothing in the reports bears on this message.'
          : `Nothing in the reports matches “${question}”.`;
  if (page.length > 0) {
    blocks.push(context(summary));
    page.forEach((item, i) => {
      if (i > 0) blocks.push(divider());
      const share = Math.floor((budget.left - RESERVED_FOR_NOTES) / (page.length - i));
      blocks.push(...itemBlocks(item, view.offset + i + 1, budget, share));
    });
  } else if (related.length > 0) {
    blocks.push(section(summary), context('*Related claims* (close to your question, but they do not answer it):'));
    related.forEach((item, i) => {
      if (i > 0) blocks.push(divider());
      const share = Math.floor((budget.left - RESERVED_FOR_NOTES) / (related.length - i));
      blocks.push(...itemBlocks(item, i + 1, budget, share));
    });
  } else {
    blocks.push(section(summary));
    if (view.offset === 0 && !view.check && answer.reportCount > 0) blocks.push(...suggestionBlocks(answer, budget));
  }

  if (answer.errors.length > 0) {
    const files = answer.errors.length === 1 ? '1 report file is' : `${answer.errors.length} report files are`;
    blocks.push(context(`:warning: ${files} not served; \`/reports list\` says why.`));
  }
  if (budget.cut) blocks.push(context('Some long text was cut to fit in Slack (marked …); the report has it in full.'));
  blocks.push(...buttonBlocks(answer, view, page));
  return slackMessage(summary, blocks);
}

function itemBlocks({ claim, report }: AnswerItem, rank: number, budget: TextBudget, share: number): Block[] {
  const start = budget.left;
  const blocks: Block[] = [section(`*${rank}.* ${budget.fit(claim.text, Math.min(1000, Math.floor(share / 3)))}`)];
  const where = [
    claim.perspective ? `_${budget.fit(claim.perspective, 150)}_` : '',
    `*${budget.fit(report.topic, 200)}*`,
    report.date ? budget.fit(report.date, 40) : '',
    `\`${budget.fit(report.id, 100)}\``,
  ];
  blocks.push(context(where.filter(Boolean).join(' · ')));

  const shown = claim.evidence.slice(0, MAX_EVIDENCE_SHOWN);
  shown.forEach((evidence, i) => {
    const room = Math.floor((share - (start - budget.left)) / (shown.length - i));
    blocks.push(section(evidenceMrkdwn(evidence, budget, room)));
  });
  const hidden = claim.evidence.length - shown.length;
  if (hidden > 0) blocks.push(context(`+${hidden} more source${hidden === 1 ? '' : 's'} in the report.`));
  // Fixed words, no report text: nothing to escape.
  const flags = evidenceFlagsText(evidenceFlags(claim));
  if (flags) blocks.push(context(flags));
  return blocks;
}

/** A quote or finding as a block quote, then its source: `[n] title`, linked when it has a URL. */
function evidenceMrkdwn(evidence: Evidence, budget: TextBudget, room: number): string {
  const cite = citationMrkdwn(evidence, budget);
  const textRoom = Math.max(80, Math.min(1200, room - cite.length - 30));
  const lines: string[] = [];
  if (evidence.quote !== undefined) lines.push(...quoteLines(`“${budget.fit(evidence.quote, textRoom)}”`));
  if (evidence.finding !== undefined) lines.push(...quoteLines(`Key finding: ${budget.fit(evidence.finding, textRoom)}`));
  lines.push(`— ${cite}`);
  return lines.join('\n');
}

function quoteLines(mrkdwn: string): string[] {
  return mrkdwn.split('\n').map((line) => `> ${line}`);
}

function citationMrkdwn(evidence: Evidence, budget: TextBudget): string {
  const ref = evidence.reference;
  if (!ref) return evidence.source ? budget.fit(evidence.source, 200) : '_source not named_';
  const title = budget.fit(ref.title, 200);
  const linked = mrkdwnLink(ref.url, title);
  budget.spend(linked.slice(title.length));
  return `[${ref.n}] ${linked}`;
}

function suggestionBlocks(answer: Answer, budget: TextBudget): Block[] {
  const s = answer.suggestions;
  const blocks: Block[] = [];
  if (s && s.words.length > 0) blocks.push(section(`Did you mean: ${s.words.slice(0, 10).map((w) => `*${budget.fit(w, 60)}*`).join(', ')}?`));
  if (s && s.perspectives.length > 0) {
    const shown = s.perspectives.slice(0, 20).map((p) => budget.fit(p, 80));
    blocks.push(section(`*Perspectives:* ${shown.join(', ')}${s.perspectives.length > 20 ? ', …' : ''}`));
  }
  if (s && s.reports.length > 0) {
    const lines = s.reports.slice(0, 15).map((r) => `• \`${budget.fit(r.id, 80)}\` ${budget.fit(r.topic, 120)}`);
    if (s.reports.length > 15) lines.push(`…and ${s.reports.length - 15} more (\`/reports list\`)`);
    blocks.push(section(`*Reports:*\n${lines.join('\n')}`));
  }
  blocks.push(context(escapeMrkdwn('Try other words, fewer words, or a filter: `report:<id>`, `perspective:<word>`, `since:YYYY-MM-DD`.')));
  return blocks;
}

/** A check's answer opens with the message it is about, and says what the claims are and are not. */
function checkIntroBlocks(check: CheckedMessage, view: AnswerView, question: string): Block[] {
  const whose = check.author ? `${userMention(check.author)}'s message` : 'this message';
  const intro = view.sharedBy
    ? `${userMention(view.sharedBy)} checked ${whose} against the reports.`
    : `*What the reports say about ${whose}:*\n“${question}”`;
  return [
    section(intro),
    context('The reports\' own claims that bear on it, with their quotes and sources: read them to weigh the message. The bot gives no verdict on it.'),
  ];
}

function buttonBlocks(answer: Answer, view: AnswerView, page: AnswerItem[]): Block[] {
  if (page.length === 0) return [];
  const buttons: ButtonSpec[] = [];
  let tooLong = false;
  const nextOffset = view.offset + page.length;
  const check = view.check ? { check: view.check } : {};
  if (nextOffset < answer.items.length) {
    const value = encodePageValue({ question: answer.question, offset: nextOffset, ...check });
    if (value) buttons.push({ text: 'Show more', actionId: view.check ? ACTION_IDS.checkShowMore : ACTION_IDS.showMore, value });
    else tooLong = true;
  }
  if (view.shareable) {
    const value = encodePageValue({ question: answer.question, offset: view.offset, ...check });
    const share = view.check ? { text: 'Share in thread', actionId: ACTION_IDS.shareInThread } : { text: 'Share in channel', actionId: ACTION_IDS.share };
    if (value) buttons.push({ ...share, value, style: 'primary' });
    else tooLong = true;
  }
  const on = { question: answer.question, claimIds: page.map((item) => item.claim.id), offset: view.offset, ...check };
  const feedback = view.shareable || view.inModal ? voteButtons(on, view.vote ?? null) : sharedFeedbackButtons(on);
  buttons.push(...feedback.buttons);
  const blocks: Block[] = [];
  if (tooLong) blocks.push(context('The question is too long for the Show more and Share buttons; ask a shorter one to use them.'));
  blocks.push(...feedback.before);
  if (buttons.length > 0) blocks.push(actions('answer_actions', buttons));
  blocks.push(...feedback.after);
  return blocks;
}
