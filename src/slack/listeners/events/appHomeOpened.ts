// The App Home tab: published each time it is opened, so it shows the reports as loaded now. It is
// no conversation, so it shows what the channels file's default lets through.

import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { appHomeView } from '../../../render/slack/appHomeView.js';
import type { BotContext } from '../../botContext.js';

export function appHomeOpened(bot: BotContext) {
  return async ({ event, client, logger }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== 'home') return;
    const library = bot.libraryIn(undefined);
    try {
      await client.views.publish({ user_id: event.user, view: appHomeView(library.reports, library.errors, library.claimCount) });
    } catch (error) {
      // Nobody to apologise to here: the tab keeps its last view.
      logger.error(`Failed to publish the App Home for ${event.user}:`, error);
    }
  };
}
