// /reports <question> | help | list | show <report>: acknowledged at once, answered privately.

import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { doOrApologize, inDirectMessage } from '../../apologize.js';
import { askingIn, type BotContext } from '../../botContext.js';
import { deliver, respondRoute } from '../../deliver.js';
import { handleRequest } from '../../../answer/handleRequest.js';
import { replyMessage } from '../../../render/slack/replyMessage.js';
import { answerAndLog } from '../../questionLog.js';

export function reportsCommand(bot: BotContext) {
  return async ({ command, ack, respond, client, logger }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const privately = respondRoute(respond, { response_type: 'ephemeral' });
    await doOrApologize(
      logger,
      `answer ${command.command} from ${command.user_id}`,
      async () => {
        const reply = await answerAndLog(logger, { surface: 'slash', user: command.user_id }, () => handleRequest(askingIn(bot, command.channel_id), command.user_id, command.text));
        await deliver(privately, replyMessage(reply, { private: true }), logger);
      },
      (text) => privately({ text }),
      inDirectMessage(client, command.user_id),
    );
  };
}
