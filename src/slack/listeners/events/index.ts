import type { App } from '@slack/bolt';
import type { BotContext } from '../../botContext.js';
import { appHomeOpened } from './appHomeOpened.js';
import { appMention } from './appMention.js';
import { messagesTabOpened } from './messagesTabOpened.js';

export function register(app: App, bot: BotContext): void {
  app.event('app_mention', appMention(bot));
  app.event('app_home_opened', appHomeOpened(bot));
  app.event('app_home_opened', messagesTabOpened(bot));
}
