// "Share in thread" under a check's private answer: posts the same claims in the thread of the
// checked message, saying who shared them, then removes the private copy. The bot posts as itself,
// so it must be in that conversation; if not, the person is told how to invite it.

import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { askAgain } from '../../../answer/handleRequest.js';
import { decodePageValue } from '../../../render/slack/actionValues.js';
import { answerMessage } from '../../../render/slack/answerBlocks.js';
import { replyMessage } from '../../../render/slack/replyMessage.js';
import { cannotShareHereMessage } from '../../../render/slack/checkBlocks.js';
import { SHARED_CHECK_METADATA } from '../../answerMetadata.js';
import { answerPrivately, PRIVATE_REPLY_BESIDE } from '../../answerPrivately.js';
import { askingIn, type BotContext } from '../../botContext.js';
import { deliver, postRoute, respondOrThrow, slackErrorCode } from '../../deliver.js';

/** What chat.postMessage answers when the bot is not in the conversation. */
const NOT_A_MEMBER = new Set(['not_in_channel', 'channel_not_found']);

export function shareInThread(bot: BotContext) {
  return async (args: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs): Promise<void> => {
    const { ack, action, body, respond, client, logger } = args;
    await ack();
    await answerPrivately(bot.turns, args, body.user.id, `share a check in its thread for ${body.user.id}`, async (privately) => {
      const page = decodePageValue(action.value);
      if (!page?.check) throw new Error(`Share in thread button with an unreadable value: ${action.value}`);
      // Answered again as the conversation it is posted in may see it.
      const reply = await askAgain(askingIn(bot, page.check.channel), body.user.id, page.question);
      if (reply.kind !== 'answer') {
        // Not shared: the person is told privately why, and the private answer stays.
        await deliver(privately, replyMessage(reply, { private: true }), logger);
        return;
      }
      const { answer } = reply;
      const shared = answerMessage(answer, { offset: page.offset, shareable: false, sharedBy: body.user.id, check: page.check });
      try {
        await deliver(postRoute(client, page.check.channel, page.check.threadTs, SHARED_CHECK_METADATA), shared, logger);
      } catch (error) {
        const code = slackErrorCode(error);
        if (code === undefined || !NOT_A_MEMBER.has(code)) throw error;
        await deliver(privately, cannotShareHereMessage(), logger);
        return;
      }
      // Only once it is posted: if sharing failed, the private answer is still there.
      await respondOrThrow(respond, { delete_original: true });
    }, PRIVATE_REPLY_BESIDE);
  };
}
