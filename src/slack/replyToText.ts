// The one path from what someone typed to the message that answers it, shared by /reports,
// mentions and DMs: parse the request, ask the core, render for Slack.

import { answerQuestion } from '../answer/answerQuestion.js';
import { answerMessage } from '../render/slack/answerBlocks.js';
import type { SlackMessage } from '../render/slack/blocks.js';
import { helpMessage } from '../render/slack/helpBlocks.js';
import { reportListMessage } from '../render/slack/reportListBlocks.js';
import { reportNotFoundMessage, reportShowMessage } from '../render/slack/reportShowBlocks.js';
import type { Library } from '../search/library.js';
import { findReport, parseRequest } from './parseRequest.js';

export interface ReplyOptions {
  /** Private answers repeat the question and offer "Share in channel". */
  private: boolean;
}

export function replyToText(library: Library, text: string, options: ReplyOptions): SlackMessage {
  const request = parseRequest(text);
  switch (request.kind) {
    case 'help':
      return helpMessage();
    case 'list':
      return reportListMessage(library.reports, library.errors);
    case 'show': {
      const { report, candidates } = findReport(library.reports, request.name);
      return report ? reportShowMessage(report) : reportNotFoundMessage(request.name, candidates, library.reports.map((r) => r.id));
    }
    case 'ask':
      return answerMessage(answerQuestion(library, request.question), {
        offset: 0,
        echoQuestion: options.private,
        shareable: options.private,
      });
  }
}
