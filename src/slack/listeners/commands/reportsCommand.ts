// /reports <question> | help | list | show <report>: acknowledged at once, answered privately.

import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { doOrApologize, inDirectMessage } from '../../apologize.js';
import type { BotContext } from '../../botContext.js';
import { deliver, respondRoute } from '../../deliver.js';
import { handleRequest } from '../../../answer/handleRequest.js';
import { replyMessage } from '../../../render/slack/replyMessage.js';

export function reportsCommand(bot: BotContext) {
  return async ({ command, ack, respond, client, logger }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const privately = respondRoute(respond, { response_type: 'ephemeral' });
    await doOrApologize(
      logger,
      `answer ${command.command} from ${command.user_id}`,
      async () => deliver(privately, replyMessage(await handleRequest(bot, command.user_id, command.text), { private: true }), logger),
      (text) => privately({ text }),
      inDirectMessage(client, command.user_id),
    );
  };
}
