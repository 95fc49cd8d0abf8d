// @bot <question> in a channel: answered publicly in the thread, the bot's own mention removed. In
// a thread the bot has answered before, a short follow-up is read with the thread's first question.
// A mention that thanks or acknowledges in words or only reacts ("@bot thanks!", "thanks @bot 🙏",
// "@bot 👍") gets no reply, as a DM or a thread reply that asks nothing gets none: answered, it drew
// a decline, or in an answered thread the first answer again. One that only points, in a thread the
// bot answered ("cc @bot", "@bot ^", "@bot 👆"), asks the thread's first question; elsewhere (a
// thread the bot never answered, the top of a channel) it is asked as it is. The bot's mention
// alone asks for help, and a greeting ("@bot hi", "@bot 👋") is told what the bot does.

import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { acknowledges, pointsAbove } from '../../../search/chatQuestion.js';
import { answerInConversation } from '../../answerInConversation.js';
import type { BotContext } from '../../botContext.js';
import { stripMention } from '../../stripMention.js';

export function appMention(bot: BotContext) {
  return async ({ event, context, client, logger, setStatus }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    const text = stripMention(typeof event.text === 'string' ? event.text : '', context.botUserId);
    if (acknowledges(text)) return;
    const inThread = event.thread_ts !== undefined && event.thread_ts !== event.ts;
    // The thread's first question is known only where the bot answered (answerInConversation.ts).
    const callsToThread = inThread && pointsAbove(text);
    await answerInConversation(
      bot,
      { client, logger, setStatus, bot: { botId: context.botId, botUserId: context.botUserId } },
      {
        what: 'a mention',
        surface: 'mention',
        channel: event.channel,
        replyThreadTs: event.thread_ts ?? event.ts,
        ...(inThread ? { askedInThread: event.thread_ts } : {}),
        ...(callsToThread ? { callsToThread } : {}),
        user: event.user ?? '',
        text,
      },
    );
  };
}
