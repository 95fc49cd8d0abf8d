// "About this report" beside a report in an answer: the report as `/reports show` gives it
// (summary, research angles, conclusions), privately to whoever clicked.

import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { handleRequest } from '../../../answer/handleRequest.js';
import { MAX_BUTTON_VALUE } from '../../../render/slack/actionValues.js';
import { replyMessage } from '../../../render/slack/replyMessage.js';
import { actionChannel } from '../../actionChannel.js';
import { answerPrivately, PRIVATE_REPLY_BESIDE } from '../../answerPrivately.js';
import { askingIn, type BotContext } from '../../botContext.js';
import { deliver } from '../../deliver.js';

export function showReport(bot: BotContext) {
  return async (args: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs): Promise<void> => {
    const { ack, action, body, logger } = args;
    await ack();
    const user = body.user.id;
    await answerPrivately(bot.turns, args, user, `show a report for ${user}`, async (privately) => {
      const id = action.value;
      if (typeof id !== 'string' || id === '' || id.length > MAX_BUTTON_VALUE || /\s/.test(id)) throw new Error(`About this report button with an unreadable value: ${String(id).slice(0, 100)}`);
      // As `show <id>` where it was clicked: a report removed since the answer was given, or one this
      // channel may not see, gets "no report is called …".
      await deliver(privately, replyMessage(await handleRequest(askingIn(bot, actionChannel(body)), user, `show ${id}`), { private: true }), logger);
    }, PRIVATE_REPLY_BESIDE);
  };
}
