// "Show more": the next page of claims, to whoever clicked. Stateless: the button's value holds the
// question and the offset (and, for a check, the message checked), and the question is answered
// again. Under a message the page comes privately, as a new message; in the "Ask the reports"
// modal it replaces the page shown there.

import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { askAgain } from '../../../answer/handleRequest.js';
import { decodePageValue, type PageValue } from '../../../render/slack/actionValues.js';
import { answerMessage } from '../../../render/slack/answerBlocks.js';
import { askFormOf, askModalView } from '../../../render/slack/askModal.js';
import { replyMessage } from '../../../render/slack/replyMessage.js';
import { actionChannel } from '../../actionChannel.js';
import { answerPrivately, PRIVATE_REPLY_BESIDE } from '../../answerPrivately.js';
import { askingIn, type BotContext } from '../../botContext.js';
import { deliver } from '../../deliver.js';

type ShowMoreArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

export function showMore(bot: BotContext) {
  return async (args: ShowMoreArgs): Promise<void> => {
    const { ack, action, body, logger } = args;
    await ack();
    const page = decodePageValue(action.value);
    if (body.view) {
      await showMoreInModal(bot, args, page);
      return;
    }
    await answerPrivately(bot.turns, args, body.user.id, `show more for ${body.user.id}`, async (privately) => {
      if (!page) throw new Error(`Show more button with an unreadable value: ${action.value}`);
      const reply = await askAgain(askingIn(bot, actionChannel(body)), body.user.id, page.question);
      if (reply.kind !== 'answer') {
        await deliver(privately, replyMessage(reply, { private: true }), logger);
        return;
      }
      const view = { offset: page.offset, shareable: true, ...(page.check ? { check: page.check } : {}) };
      await deliver(privately, answerMessage(reply.answer, view), logger);
    }, PRIVATE_REPLY_BESIDE);
  };
}

/** The modal is redrawn with the next page; on failure it keeps the page it shows (and it is logged). */
async function showMoreInModal(bot: BotContext, { body, client, logger, action }: ShowMoreArgs, page: PageValue | null): Promise<void> {
  const view = body.view;
  if (!view) return;
  try {
    if (!page) throw new Error(`Show more button with an unreadable value: ${action.value}`);
    const asking = askingIn(bot, undefined);
    const reply = await askAgain(asking, body.user.id, page.question);
    const next = askModalView(asking.library.reports, askFormOf(view.private_metadata), { reply, offset: page.offset });
    // The hash makes Slack refuse the update if the modal changed since this click (a second click).
    await client.views.update({ view_id: view.id, hash: view.hash, view: next });
  } catch (error) {
    logger.error(`Failed to show more in the modal for ${body.user.id}:`, error);
  }
}
