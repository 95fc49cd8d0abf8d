// A direct message to the bot (message.im): answered in the DM, in its thread if it was written in
// one (where a short follow-up is read with the thread's first question). Messages from bots (this
// one included) and changes (edits, deletions, joins…) are not questions, and a message that asks
// nothing ("thanks!", "ok cool", "👍") needs no reply.

import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { asksNothing } from '../../../search/chatQuestion.js';
import { answerInConversation } from '../../answerInConversation.js';
import type { BotContext } from '../../botContext.js';
import { personMessage, repliesIn } from '../../personMessage.js';
import { stripMention } from '../../stripMention.js';

export function directMessage(bot: BotContext) {
  return async ({ message, context, client, logger, setStatus }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    const written = personMessage(message, context.botUserId);
    if (!written || written.channelType !== 'im') return;
    const text = stripMention(written.text, context.botUserId);
    if (asksNothing(text)) return;
    const thread = repliesIn(written);
    await answerInConversation(
      bot,
      { client, logger, setStatus, bot: { botId: context.botId, botUserId: context.botUserId } },
      {
        what: 'a direct message',
        surface: 'dm',
        channel: written.channel,
        ...(written.threadTs !== undefined ? { replyThreadTs: written.threadTs } : {}),
        ...(thread !== undefined ? { askedInThread: thread } : {}),
        user: written.user,
        text,
      },
    );
  };
}
