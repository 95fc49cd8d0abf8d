// A click on a button the bot no longer knows (from a message an older version sent): acknowledged,
// so Slack shows no error, logged, and the person told privately to ask again.

import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { PRIVATE_REPLY_BESIDE } from '../../answerPrivately.js';
import { respondRoute } from '../../deliver.js';

export const OLD_BUTTON = 'That button is from an older version of this bot and no longer works. Please ask your question again.';

export function unknownAction() {
  return async ({ ack, action, body, respond, logger }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    logger.warn(`A click on an unknown action (${action.action_id}) from ${body.user.id}; told them to ask again`);
    const privately = respondRoute(respond, PRIVATE_REPLY_BESIDE);
    try {
      await privately({ text: OLD_BUTTON });
    } catch (error) {
      logger.error(`Could not tell ${body.user.id} that the ${action.action_id} button is no longer known:`, error);
    }
  };
}

/** Matches every action id but these: for a listener of last resort beside those that handle them. */
export function anyActionIdBut(ids: readonly string[]): RegExp {
  const escaped = ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^(?!(?:${escaped.join('|')})$)`);
}
