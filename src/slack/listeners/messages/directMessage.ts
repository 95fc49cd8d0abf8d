// A direct message to the bot (message.im): answered in the DM. Messages from bots (this one
// included) and message subtypes (edits, deletions, joins…) are not questions.

import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { doOrApologize } from '../../apologize.js';
import type { BotContext } from '../../botContext.js';
import { deliver, postRoute } from '../../deliver.js';
import { stripMention } from '../../stripMention.js';
import { handleRequest } from '../../../answer/handleRequest.js';
import { replyMessage } from '../../../render/slack/replyMessage.js';

export function directMessage(bot: BotContext) {
  return async ({ message, context, client, logger }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs): Promise<void> => {
    if (message.channel_type !== 'im') return;
    if (message.subtype !== undefined) return;
    if (message.bot_id !== undefined || message.user === context.botUserId) return;
    const question = stripMention(message.text ?? '', context.botUserId);
    // Reply where the question was: in its thread if it was asked in one.
    const inDm = postRoute(client, message.channel, message.thread_ts);
    await doOrApologize(
      logger,
      `answer a direct message in ${message.channel}`,
      () => deliver(inDm, replyMessage(handleRequest(bot, message.user ?? '', question), { private: false }), logger),
      (text) => inDm({ text }),
    );
  };
}
