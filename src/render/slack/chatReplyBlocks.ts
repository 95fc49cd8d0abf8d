// What the bot says in Slack to a message that asks the reports nothing and is said to it: a
// greeting, small talk or a request no report meets ("hi", "how's your day going?", "can you write
// me a SQL query?": the Answer's `chat`), in Block Kit: the words are chatReply.ts's, as the
// terminal's. Nothing of the message is repeated, so none of its markup is rendered.

import type { Answer } from '../../answer/answer.js';
import { CHAT_REPLY, chatCommands } from '../chatReply.js';
import { type Block, context, section, type SlackMessage, slackMessage } from './blocks.js';
import type { TextBudget } from './cutText.js';
import { escapeMrkdwn } from './escapeMrkdwn.js';
import { suggestionBlocks } from './noMatchBlocks.js';

/** The reply to chat: what the bot does, the reports' perspectives and topics, and (outside the modal) the commands. */
export function chatReplyMessage(answer: Answer, budget: TextBudget, inModal: boolean): SlackMessage {
  // The words are plain text (chatReply.ts), escaped as any text in mrkdwn; the emoji code is ours.
  const blocks: Block[] = [section(`:wave: ${escapeMrkdwn(CHAT_REPLY)}`), ...suggestionBlocks(answer.suggestions, budget)];
  if (!inModal) blocks.push(context(escapeMrkdwn(chatCommands((words) => `\`${words}\``))));
  return slackMessage('Hi! Ask me about the research reports.', blocks);
}
