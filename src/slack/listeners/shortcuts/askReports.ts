// "Ask the reports" (global shortcut `ask_reports`, from the composer's shortcuts or search): opens
// the question modal, which answers from what the channels file's default lets through (a global
// shortcut comes from no conversation). Its trigger_id is good for 3 seconds, so the modal opens before anything else.

import type { AllMiddlewareArgs, GlobalShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { askModalView } from '../../../render/slack/askModal.js';
import type { BotContext } from '../../botContext.js';

export function askReports(bot: BotContext) {
  return async ({ shortcut, ack, client, logger }: SlackShortcutMiddlewareArgs<GlobalShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    try {
      await client.views.open({ trigger_id: shortcut.trigger_id, view: askModalView(bot.libraryIn(undefined).reports) });
    } catch (error) {
      // A global shortcut has no conversation to apologise in; Slack shows nothing opened.
      logger.error(`Failed to open the Ask the reports modal for ${shortcut.user.id}:`, error);
    }
  };
}
