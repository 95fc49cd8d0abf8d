// 👍/👎 on an answer: thanked privately so the click visibly did something, then appended to the
// feedback log with the question and the claims shown. Thanks come first: if they cannot be sent,
// the person is asked to try again, and the vote must not be on record yet or it would count twice.

import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeFeedbackValue } from '../../../render/slack/actionValues.js';
import { doOrApologize, inDirectMessage } from '../../apologize.js';
import type { BotContext } from '../../botContext.js';
import { respondRoute } from '../../deliver.js';

export function recordFeedback(bot: BotContext, vote: 'up' | 'down') {
  return async ({ ack, action, body, respond, client, logger }: SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const privately = respondRoute(respond, { response_type: 'ephemeral', replace_original: false });
    await doOrApologize(
      logger,
      `record feedback from ${body.user.id}`,
      async () => {
        const feedback = decodeFeedbackValue(action.value);
        if (!feedback) throw new Error(`Feedback button with an unreadable value: ${action.value}`);
        await privately({ text: vote === 'up' ? 'Thanks for the 👍, noted.' : 'Thanks for the 👎, noted; it helps tune the answers.' });
        await bot.feedbackLog.append({
          ts: new Date(bot.now()).toISOString(),
          user: body.user.id,
          channel: body.channel?.id ?? body.container?.channel_id ?? '',
          question: feedback.question,
          claimIds: feedback.claimIds,
          vote,
        });
      },
      (text) => privately({ text }),
      inDirectMessage(client, body.user.id),
    );
  };
}
