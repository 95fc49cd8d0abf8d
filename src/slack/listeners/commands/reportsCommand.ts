// /reports <question> | help | list | show <report>: acknowledged at once, answered privately.

import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { answerPrivately } from '../../answerPrivately.js';
import { askingIn, type BotContext } from '../../botContext.js';
import { deliver } from '../../deliver.js';
import { handleRequest } from '../../../answer/handleRequest.js';
import { replyMessage } from '../../../render/slack/replyMessage.js';
import { answerAndLog } from '../../questionLog.js';

export function reportsCommand(bot: BotContext) {
  return async (args: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const { command, ack, logger } = args;
    await ack();
    await answerPrivately(bot.turns, args, command.user_id, `answer ${command.command} from ${command.user_id}`, async (privately) => {
      const reply = await answerAndLog(logger, { surface: 'slash', user: command.user_id }, () => handleRequest(askingIn(bot, command.channel_id), command.user_id, command.text));
      await deliver(privately, replyMessage(reply, { private: true }), logger);
    });
  };
}
