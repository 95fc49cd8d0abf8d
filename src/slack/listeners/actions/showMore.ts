// "Show more": the next page of claims, privately to whoever clicked. Stateless: the button's
// value holds the question and the offset (and, for a check, the message checked), and the
// question is answered again.

import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { answerQuestion } from '../../../answer/answerQuestion.js';
import { decodePageValue } from '../../../render/slack/actionValues.js';
import { answerMessage } from '../../../render/slack/answerBlocks.js';
import { doOrApologize, inDirectMessage } from '../../apologize.js';
import type { BotContext } from '../../botContext.js';
import { deliver, respondRoute } from '../../deliver.js';

export function showMore(bot: BotContext) {
  return async ({ ack, action, body, respond, client, logger }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const privately = respondRoute(respond, { response_type: 'ephemeral', replace_original: false });
    await doOrApologize(
      logger,
      `show more for ${body.user.id}`,
      async () => {
        const page = decodePageValue(action.value);
        if (!page) throw new Error(`Show more button with an unreadable value: ${action.value}`);
        const answer = answerQuestion(bot.library, page.question);
        const view = { offset: page.offset, echoQuestion: true, shareable: true, ...(page.check ? { check: page.check } : {}) };
        await deliver(privately, answerMessage(answer, view), logger);
      },
      (text) => privately({ text }),
      inDirectMessage(client, body.user.id),
    );
  };
}
