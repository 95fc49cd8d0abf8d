// "Share in channel": posts the private answer publicly where it was asked, then removes the
// private one. Both go by the response_url, which also works where the bot is not a member.

import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { askAgain } from '../../../answer/handleRequest.js';
import { decodePageValue } from '../../../render/slack/actionValues.js';
import { answerMessage } from '../../../render/slack/answerBlocks.js';
import { replyMessage } from '../../../render/slack/replyMessage.js';
import { actionChannel } from '../../actionChannel.js';
import { answerPrivately, PRIVATE_REPLY_BESIDE } from '../../answerPrivately.js';
import { askingIn, type BotContext } from '../../botContext.js';
import { deliver, respondOrThrow, respondRoute } from '../../deliver.js';

export function shareInChannel(bot: BotContext) {
  return async (args: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs): Promise<void> => {
    const { ack, action, body, respond, logger } = args;
    await ack();
    await answerPrivately(bot.turns, args, body.user.id, `share an answer for ${body.user.id}`, async (privately) => {
      const page = decodePageValue(action.value);
      if (!page) throw new Error(`Share button with an unreadable value: ${action.value}`);
      // Answered again as the channel it is shared in may see it.
      const reply = await askAgain(askingIn(bot, actionChannel(body)), body.user.id, page.question);
      if (reply.kind !== 'answer') {
        // Not shared: the person is told privately why, and the private answer stays.
        await deliver(privately, replyMessage(reply, { private: true }), logger);
        return;
      }
      const { answer } = reply;
      const shared = answerMessage(answer, { offset: page.offset, shareable: false, sharedBy: body.user.id });
      await deliver(respondRoute(respond, { response_type: 'in_channel', replace_original: false }), shared, logger);
      // Only once it is public: if sharing failed, the private answer is still there.
      await respondOrThrow(respond, { delete_original: true });
    }, PRIVATE_REPLY_BESIDE);
  };
}
