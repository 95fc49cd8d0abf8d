// Renders an Answer as a Slack message: how many claims, for what question (said once), then one
// page of claims grouped under the report they come from, each verbatim with its quotes and
// sources (claimBlocks.ts), then the buttons. When no claim answers, the closest are shown as
// related only; when nothing matches, why and what to try (noMatchBlocks.ts). Texts from reports
// and users are escaped and cut to Slack's limits here.

import { CLAIMS_PER_PAGE, type Answer, type AnswerItem } from '../../answer/answer.js';
import type { Vote } from '../../feedback/votes.js';
import { countInWords } from '../answerText.js';
import { ACTION_IDS, type CheckedMessage, encodePageValue } from './actionValues.js';
import { actions, type Block, type ButtonSpec, context, divider, MESSAGE_TEXT_BUDGET, section, type SlackMessage, slackMessage } from './blocks.js';
import { claimBlocks, reportHeaderBlock } from './claimBlocks.js';
import { TextBudget } from './cutText.js';
import { unescapeMrkdwn, userMention } from './escapeMrkdwn.js';
import { sharedFeedbackButtons, voteButtons } from './feedbackBlocks.js';
import { chatReplyMessage } from './chatReplyBlocks.js';
import { noMatchBlocks } from './noMatchBlocks.js';

/** Claims per message; "Show more" gives the next ones. The answer's page (answer.ts), which the "no answer" decision reads. */
export const PAGE_SIZE = CLAIMS_PER_PAGE;
/** Kept back from the claims for the notes and lists around them. */
const RESERVED_FOR_NOTES = 1200;

export interface AnswerView {
  /** Index of the first claim to show. */
  offset: number;
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
  // A check's question is the message as plain text already; any other came from Slack's text.
  const question = budget.fit(view.check ? answer.question : unescapeMrkdwn(answer.question), 300);
  const page = answer.items.slice(view.offset, view.offset + PAGE_SIZE);
  // A greeting, small talk or a request no report meets is answered as chat (a check reads the
  // message as plain words, and says what bears on it).
  if (answer.chat && !view.check && view.offset === 0) {
    return chatReplyMessage(answer, budget, view.inModal === true);
  }
  const related = page.length === 0 && view.offset === 0 && answer.reportCount > 0 ? answer.related : [];
  const count = countLine(answer, view, page, question, related.length > 0);
  const blocks: Block[] = [];
  if (view.check) blocks.push(...checkIntroBlocks(view.check, view, question));
  blocks.push(section(view.sharedBy && !view.check ? `${userMention(view.sharedBy)} shared ${count}` : capitalized(count)));
  if (answer.problems.length > 0) blocks.push(context(warningLines(answer.problems, budget)));

  if (page.length > 0) {
    pushClaims(blocks, page, view.offset, view, budget);
  } else if (related.length > 0) {
    // No answer, but claims close to the question: shown as related only, never as answers.
    blocks.push(context('*Related claims* (close to your question, but they do not answer it):'));
    pushClaims(blocks, related, 0, view, budget);
  } else if (view.offset === 0 && !view.check && answer.reportCount > 0) {
    blocks.push(...noMatchBlocks(answer.suggestions, budget));
  }

  if (answer.errors.length > 0) {
    const files = answer.errors.length === 1 ? '1 report file is' : `${answer.errors.length} report files are`;
    blocks.push(context(`:warning: ${files} not served; \`/reports list\` says why.`));
  }
  if (budget.cut) blocks.push(context('Some long text was cut to fit in Slack (marked …); the report has it in full.'));
  blocks.push(...buttonBlocks(answer, view, page));
  return slackMessage(capitalized(count).replace(/^\*([^*]+)\*/, '$1'), blocks);
}

/** Problems shown, at most: a question full of bad filters must not use up the 50 blocks. */
const PROBLEMS_SHOWN = 5;

/**
 * The first problems as warning lines, one text for one block. By a loop, not slice, map and join:
 * V8 compiled answerMessage for the arrays those made in the warm-up's first answers with a
 * problem, threw the code away at a later one's, and left it unoptimized through people's answers
 * (bench/README.md, fifty-fourth session).
 */
function warningLines(problems: readonly string[], budget: TextBudget): string {
  let lines = '';
  for (let i = 0; i < problems.length && i < PROBLEMS_SHOWN; i++) lines += `${i === 0 ? '' : '\n'}:warning: ${budget.fit(problems[i] as string, 400)}`;
  return lines;
}

/** The claims of a page, each report named once for a run of its claims, not under each. */
function pushClaims(blocks: Block[], items: AnswerItem[], offset: number, view: AnswerView, budget: TextBudget): void {
  items.forEach((item, i) => {
    const previous = i > 0 ? items[i - 1] : undefined;
    if (previous) blocks.push(divider());
    if (previous?.report.id !== item.report.id) blocks.push(reportHeaderBlock(item.report, budget, !view.inModal));
    const share = Math.floor((budget.left - RESERVED_FOR_NOTES) / (items.length - i));
    blocks.push(...claimBlocks(item, offset + i + 1, budget, share));
  });
}

/** "*3 of 24 claims* for “…”": how many, of how many, for what; the question said only here. */
function countLine(answer: Answer, view: AnswerView, page: AnswerItem[], question: string, unanswered: boolean): string {
  const about = view.check ? 'that bear on it' : `for “${question}”`;
  if (answer.reportCount === 0) return 'No reports are being served: the reports folder is empty, or none of its files could be read.';
  if (unanswered) return view.check ? 'The reports say nothing that answers this message.' : `The reports don't answer “${question}”.`;
  if (page.length === 0) {
    if (view.offset > 0) return `No more claims ${about}.`;
    return view.check ? 'Nothing in the reports bears on this message.' : `Nothing in the reports matches “${question}”.`;
  }
  const shown = view.offset === 0 ? countInWords(page.length, answer.total) : `claims ${view.offset + 1} to ${view.offset + page.length} of ${answer.total}`;
  return `*${shown}* ${about}`;
}

const FIRST_LOWER_CASE = /^(\*?)(\p{Ll})/u;
function capitalized(mrkdwn: string): string {
  return mrkdwn.replace(FIRST_LOWER_CASE, (_, star: string, letter: string) => `${star}${letter.toUpperCase()}`);
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
