// @bot <question> in a channel: answered publicly in the thread, the bot's own mention removed. In
// a thread the bot has answered before, a short follow-up is read with the thread's first question.

import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { answerInConversation } from '../../answerInConversation.js';
import type { BotContext } from '../../botContext.js';
import { stripMention } from '../../stripMention.js';

export function appMention(bot: BotContext) {
  return async ({ event, context, client, logger, setStatus }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    const text = typeof event.text === 'string' ? event.text : '';
    const inThread = event.thread_ts !== undefined && event.thread_ts !== event.ts;
    await answerInConversation(
      bot,
      { client, logger, setStatus, bot: { botId: context.botId, botUserId: context.botUserId } },
      {
        what: 'a mention',
        surface: 'mention',
        channel: event.channel,
        replyThreadTs: event.thread_ts ?? event.ts,
        ...(inThread ? { askedInThread: event.thread_ts } : {}),
        user: event.user ?? '',
        text: stripMention(text, context.botUserId),
      },
    );
  };
}
