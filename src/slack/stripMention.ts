// The bot's own mention is Slack markup, not part of the question.

/** The question without the bot's own mention (`<@U123>` or `<@U123|name>`), wherever it is. */
export function stripMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text.trim();
  return text.replace(mentionPattern(botUserId, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

/** Whether the text mentions the bot (Slack then also sends an app_mention event for it). */
export function mentionsBot(text: string, botUserId: string | undefined): boolean {
  return botUserId !== undefined && mentionPattern(botUserId, '').test(text);
}

/** To its ">" before any other "<", as chatQuestion.ts reads Slack's markup: not from each of a run of unclosed ones to the text's end. */
function mentionPattern(botUserId: string, flags: string): RegExp {
  return new RegExp(`<@${botUserId}(?:\\|[^<>]*)?>`, flags);
}
