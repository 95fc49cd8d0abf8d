// A reply in a channel thread the bot has answered in (message.channels, message.groups): answered
// in the thread without a new mention. Whether the bot answered there is read from the thread
// itself (conversations.replies, the bot's own messages), so it holds after a restart and on every
// replica. A reply that mentions the bot is left to the app_mention listener, so it is answered once.
// A reply that asks nothing ("thanks!", "ok cool") is the people's in the thread: left alone.

import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { asksNothing } from '../../../search/chatQuestion.js';
import { answerInConversation } from '../../answerInConversation.js';
import type { BotContext } from '../../botContext.js';
import { personMessage, repliesIn } from '../../personMessage.js';
import { mentionsBot } from '../../stripMention.js';
import { readThreadHistory, type ThreadHistory } from '../../threadHistory.js';

const THREAD_CHANNEL_TYPES = new Set(['channel', 'group']);

export function threadReply(bot: BotContext) {
  return async ({ message, context, client, logger, setStatus }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    const written = personMessage(message, context.botUserId);
    if (!written || !THREAD_CHANNEL_TYPES.has(written.channelType ?? '')) return;
    const thread = repliesIn(written);
    // Top-level messages and mentions are for app_mention; the bot does not read every message.
    if (thread === undefined || mentionsBot(written.text, context.botUserId) || asksNothing(written.text)) return;
    const identity = { botId: context.botId, botUserId: context.botUserId };
    let history: ThreadHistory;
    try {
      history = await readThreadHistory(client, written.channel, thread, identity);
    } catch (error) {
      // Unknown whether the bot is part of this thread: staying out of it is the safe side.
      logger.warn(`Could not read thread ${thread} in ${written.channel}; the reply is not answered:`, error);
      return;
    }
    if (!history.botAnswered) return;
    await answerInConversation(
      bot,
      { client, logger, setStatus, bot: identity },
      {
        what: 'a thread reply',
        surface: 'thread',
        channel: written.channel,
        replyThreadTs: thread,
        user: written.user,
        text: written.text,
        ...(history.firstQuestion !== undefined ? { firstQuestion: history.firstQuestion } : {}),
      },
    );
  };
}
