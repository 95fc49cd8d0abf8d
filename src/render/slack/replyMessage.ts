// Renders any Reply (answer/handleRequest.ts) as the Slack message that carries it.

import type { Reply } from '../../answer/handleRequest.js';
import { answerMessage } from './answerBlocks.js';
import type { SlackMessage } from './blocks.js';
import { helpMessage } from './helpBlocks.js';
import { rateLimitedMessage } from './rateLimitedMessage.js';
import { reportListMessage } from './reportListBlocks.js';
import { reportNotFoundMessage, reportShowMessage } from './reportShowBlocks.js';
import { statusMessage } from './statusBlocks.js';

export interface ReplyOptions {
  /** Private answers repeat the question and offer "Share in channel". */
  private: boolean;
}

export function replyMessage(reply: Reply, options: ReplyOptions): SlackMessage {
  switch (reply.kind) {
    case 'help':
      return helpMessage();
    case 'list':
      return reportListMessage(reply.reports, reply.errors);
    case 'status':
      return statusMessage(reply.status);
    case 'show':
      return reportShowMessage(reply.report);
    case 'no-such-report':
      return reportNotFoundMessage(reply.name, reply.candidates, reply.reportIds);
    case 'rate-limited':
      return rateLimitedMessage(reply.retryAfterMs);
    case 'answer':
      return answerMessage(reply.answer, { offset: 0, shareable: options.private });
  }
}

/** The message a reply in a conversation is posted as: where they asked, for all there to see. */
export function conversationMessage(reply: Reply): SlackMessage {
  return replyMessage(reply, { private: false });
}
