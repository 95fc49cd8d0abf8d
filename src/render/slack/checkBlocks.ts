// Renders the private reply to "Check against the reports" on a message: what the reports say
// about it (see answerBlocks, `check`), the rate-limit note, or why there is nothing to check.

import type { Reply } from '../../answer/handleRequest.js';
import type { CheckedMessage } from './actionValues.js';
import { answerMessage } from './answerBlocks.js';
import { section, type SlackMessage, slackMessage } from './blocks.js';
import { escapeMrkdwn } from './escapeMrkdwn.js';
import { replyMessage } from './replyMessage.js';

export function checkReplyMessage(reply: Reply, check: CheckedMessage): SlackMessage {
  if (reply.kind !== 'answer') return replyMessage(reply, { private: true });
  return answerMessage(reply.answer, { offset: 0, shareable: true, check });
}

/** For a message with no words in it: only a file, an image or an attachment. */
export function nothingToCheckMessage(): SlackMessage {
  const text = escapeMrkdwn(
    'That message has no text to check: only a file, an image or an attachment. Use *Check against the reports* on a message with words in it, or ask with `/reports <question>`.',
  );
  return slackMessage('That message has no text to check.', [section(text)]);
}

/** When the bot cannot post under the checked message: it is not in that conversation. */
export function cannotShareHereMessage(): SlackMessage {
  const text = escapeMrkdwn(
    'I could not post in that conversation: I am not a member of it. Invite me first (`/invite @Report Bot`), then click *Share in thread* again.',
  );
  return slackMessage('I could not post in that conversation.', [section(text)]);
}
