// Renders what the Messages tab shows a person who opens it: a greeting (the first time), and the
// suggested prompts pinned above the composer, made from the newest reports' topics.

import type { Report } from '../../reports/model.js';
import { reportTitle } from '../reportTitle.js';
import { context, section, type SlackMessage, slackMessage } from './blocks.js';
import { escapeMrkdwn } from './escapeMrkdwn.js';
import { plural } from './reportListBlocks.js';

/** Slack shows at most four suggested prompts. */
export const MAX_SUGGESTED_PROMPTS = 4;
/** A prompt's title is a button's label: short. */
const PROMPT_TITLE_LENGTH = 40;
/** What a prompt posts, as the person's own message: the topic, cut to whole words. */
const PROMPT_MESSAGE_LENGTH = 200;

export interface SuggestedPrompts {
  title: string;
  prompts: { title: string; message: string }[];
}

/** One prompt per report, newest first: asking a report's topic finds its claims. */
export function suggestedPrompts(reports: Report[]): SuggestedPrompts {
  const newest = [...reports].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)).slice(0, MAX_SUGGESTED_PROMPTS);
  return {
    title: 'Ask the reports, for example:',
    prompts: newest.map((report) => ({
      title: reportTitle(report.topic, PROMPT_TITLE_LENGTH) || report.id,
      message: reportTitle(report.topic, PROMPT_MESSAGE_LENGTH) || report.id,
    })),
  };
}

export function greetingMessage(reportCount: number, claimCount: number): SlackMessage {
  const intro = `:wave: Hi! I answer questions from the team's research reports (${plural(reportCount, 'report')}, ${plural(claimCount, 'claim')}) with the reports' own claims, each with its quote and source. I never make an answer up: when the reports do not say, I say so.`;
  const how = escapeMrkdwn('Ask here in your own words, or start from a suggestion above. `list` shows the reports, `show <report>` one of them, `help` the question syntax.');
  return slackMessage('Hi! Ask me about the research reports.', [section(intro), context(how)]);
}
