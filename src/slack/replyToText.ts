// The one path from what someone typed to the message that answers it, shared by /reports,
// mentions and DMs: parse the request, ask the core, render for Slack.

import { answerQuestion } from '../answer/answerQuestion.js';
import { answerMessage } from '../render/slack/answerBlocks.js';
import type { SlackMessage } from '../render/slack/blocks.js';
import { helpMessage } from '../render/slack/helpBlocks.js';
import { reportListMessage } from '../render/slack/reportListBlocks.js';
import { reportNotFoundMessage, reportShowMessage } from '../render/slack/reportShowBlocks.js';
import { rateLimitedMessage } from '../render/slack/rateLimitedMessage.js';
import { statusMessage } from '../render/slack/statusBlocks.js';
import { libraryStatus } from '../library/libraryStatus.js';
import type { BotContext } from './botContext.js';
import { findReport, parseRequest } from './parseRequest.js';

export interface ReplyOptions {
  /** Private answers repeat the question and offer "Share in channel". */
  private: boolean;
}

/** `user` is who asked: questions count against their rate limit. */
export function replyToText(bot: BotContext, user: string, text: string, options: ReplyOptions): SlackMessage {
  const { library } = bot;
  const request = parseRequest(text);
  switch (request.kind) {
    case 'help':
      return helpMessage();
    case 'list':
      return reportListMessage(library.reports, library.errors);
    case 'status':
      return statusMessage(libraryStatus(library));
    case 'show': {
      const { report, candidates } = findReport(library.reports, request.name);
      return report ? reportShowMessage(report) : reportNotFoundMessage(request.name, candidates, library.reports.map((r) => r.id));
    }
    case 'ask': {
      const decision = bot.rateLimiter?.take(user, bot.now());
      if (decision && !decision.allowed) return rateLimitedMessage(decision.retryAfterMs);
      return answerMessage(answerQuestion(library, request.question), {
        offset: 0,
        echoQuestion: options.private,
        shareable: options.private,
      });
    }
  }
}
