// What the bot says in Slack to a message that asks the reports nothing and is said to it: a
// greeting, small talk or a request no report meets ("hi", "how's your day going?", "can you write
// me a SQL query?": the Answer's `chat`). "Nothing in the reports matches “how's your day
// going?”", with tips on other words, read as a search gone wrong: the reply says what the bot does
// and which reports it reads. Nothing of the message is repeated, so none of its markup is rendered.

import type { Answer } from '../../answer/answer.js';
import { type Block, context, section, type SlackMessage, slackMessage } from './blocks.js';
import type { TextBudget } from './cutText.js';
import { escapeMrkdwn } from './escapeMrkdwn.js';
import { suggestionBlocks } from './noMatchBlocks.js';

export const CHAT_REPLY =
  ":wave: Hi! I answer questions from the team's research reports with the reports' own claims, each with its quote and source; small talk and tasks such as writing code, converting or translating are beyond me. Ask me about a topic the reports cover:";

/** The reply to chat: what the bot does, the reports' perspectives and topics, and (outside the modal) the commands. */
export function chatReplyMessage(answer: Answer, budget: TextBudget, inModal: boolean): SlackMessage {
  const blocks: Block[] = [section(CHAT_REPLY), ...suggestionBlocks(answer.suggestions, budget)];
  if (!inModal) blocks.push(context(escapeMrkdwn('`list` shows the reports, `show <report>` one of them, `help` the question syntax.')));
  return slackMessage('Hi! Ask me about the research reports.', blocks);
}
