// "About this report" beside a report in an answer: the report as `/reports show` gives it
// (summary, research angles, conclusions), privately to whoever clicked.

import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { handleRequest } from '../../../answer/handleRequest.js';
import { MAX_BUTTON_VALUE } from '../../../render/slack/actionValues.js';
import { replyMessage } from '../../../render/slack/replyMessage.js';
import { doOrApologize, inDirectMessage } from '../../apologize.js';
import { actionChannel } from '../../actionChannel.js';
import { askingIn, type BotContext } from '../../botContext.js';
import { deliver, respondRoute } from '../../deliver.js';

export function showReport(bot: BotContext) {
  return async ({ ack, action, body, respond, client, logger }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const privately = respondRoute(respond, { response_type: 'ephemeral', replace_original: false });
    await doOrApologize(
      logger,
      `show a report for ${body.user.id}`,
      async () => {
        const id = action.value;
        if (typeof id !== 'string' || id === '' || id.length > MAX_BUTTON_VALUE || /\s/.test(id)) throw new Error(`About this report button with an unreadable value: ${String(id).slice(0, 100)}`);
        // As `show <id>` where it was clicked: a report removed since the answer was given, or one this
        // channel may not see, gets "no report is called …".
        await deliver(privately, replyMessage(await handleRequest(askingIn(bot, actionChannel(body)), body.user.id, `show ${id}`), { private: true }), logger);
      },
      (text) => privately({ text }),
      inDirectMessage(client, body.user.id),
    );
  };
}
