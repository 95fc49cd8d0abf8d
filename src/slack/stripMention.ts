// The bot's own mention is Slack markup, not part of the question.

/** The question without the bot's own mention (`<@U123>` or `<@U123|name>`), wherever it is. */
export function stripMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text.trim();
  return text.replace(new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}
