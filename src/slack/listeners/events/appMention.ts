// @bot <question> in a channel: answered publicly in the thread, the bot's own mention removed.

import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { doOrApologize } from '../../apologize.js';
import type { BotContext } from '../../botContext.js';
import { deliver, postRoute } from '../../deliver.js';
import { stripMention } from '../../stripMention.js';
import { handleRequest } from '../../../answer/handleRequest.js';
import { replyMessage } from '../../../render/slack/replyMessage.js';

export function appMention(bot: BotContext) {
  return async ({ event, context, client, logger }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs): Promise<void> => {
    const question = stripMention(event.text, context.botUserId);
    const inThread = postRoute(client, event.channel, event.thread_ts ?? event.ts);
    await doOrApologize(
      logger,
      `answer a mention in ${event.channel}`,
      () => deliver(inThread, replyMessage(handleRequest(bot, event.user ?? '', question), { private: false }), logger),
      (text) => inThread({ text }),
    );
  };
}
