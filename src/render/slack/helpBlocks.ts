// Renders how to use the bot: the /reports subcommands, the question syntax, other ways to ask.

import { context, section, type SlackMessage, slackMessage } from './blocks.js';
import { escapeMrkdwn } from './escapeMrkdwn.js';

export const HOW_TO_ASK = escapeMrkdwn(
  [
    '• `/reports <question>`: a private answer, which you can share in the channel',
    '• mention me in a channel: I answer in the thread, and then answer replies there without a mention',
    '• message me directly: I answer here',
    '• *Ask the reports* in the shortcuts menu: a question in a window, with an optional report',
    '• *Check against reports* in a message\'s ⋯ menu: what the reports say about that message',
  ].join('\n'),
);

const COMMANDS = escapeMrkdwn(
  [
    '`/reports <question>`: the claims that answer it, with quotes and sources',
    '`/reports list`: the reports, with date and counts',
    '`/reports show <report>`: a report\'s summary, research angles and conclusions',
    '`/reports status`: what is being served, and report files with problems',
    '`/reports help`: this help',
  ].join('\n'),
);

const SYNTAX = escapeMrkdwn(
  [
    '`"a phrase"` must appear · `report:<id>` one report · `perspective:<word>` one perspective · ' +
      '`since:YYYY-MM-DD` recent reports · `strength:quoted` claims with a verbatim quote · ' +
      '`strength:multi-source` claims with two sources or more',
  ].join('\n'),
);

export function helpMessage(): SlackMessage {
  return slackMessage('How to ask the research reports', [
    section('*Ask the research reports.* Answers are the reports\' own claims, with verbatim quotes and sources.'),
    section(COMMANDS),
    section(`*Question syntax:* ${SYNTAX}`),
    section(`*Ways to ask:*\n${HOW_TO_ASK}`),
    context('e.g. `/reports what are the risks of synthetic data?`'),
  ]);
}
