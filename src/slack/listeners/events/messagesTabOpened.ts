// The Messages tab opened (app_home_opened, tab "messages"): the suggested prompts are set above the
// composer each time (assistant.threads.setSuggestedPrompts without a thread, as the agent
// messaging experience asks), so they follow the library; the greeting is posted once, the first
// time, judged from the conversation itself (empty: never greeted), so it holds across restarts.

import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { greetingMessage, suggestedPrompts } from '../../../render/slack/messagesTab.js';
import type { BotContext } from '../../botContext.js';
import { deliver, postRoute } from '../../deliver.js';

export function messagesTabOpened(bot: BotContext) {
  return async ({ event, client, logger }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs): Promise<void> => {
    if (event.tab !== 'messages' || !event.channel) return;
    // The bot's DM with this person: the channels file's default, unless it lists that DM.
    const library = bot.libraryIn(event.channel);
    const prompts = suggestedPrompts(library.reports);
    if (prompts.prompts.length > 0) {
      try {
        await client.assistant.threads.setSuggestedPrompts({ channel_id: event.channel, ...prompts });
      } catch (error) {
        logger.warn(`Could not set the suggested prompts for ${event.user}; the Messages tab shows none:`, error);
      }
    }
    try {
      const history = await client.conversations.history({ channel: event.channel, limit: 1 });
      if ((history.messages ?? []).length > 0) return;
      await deliver(postRoute(client, event.channel), greetingMessage(library.reports.length, library.claimCount), logger);
    } catch (error) {
      // Not knowing whether they were greeted, the bot stays quiet rather than greet twice.
      logger.warn(`Could not greet ${event.user} in the Messages tab:`, error);
    }
  };
}
