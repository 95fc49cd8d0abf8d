import type { App } from '@slack/bolt';
import type { BotContext } from '../../botContext.js';
import { directMessage } from './directMessage.js';

export function register(app: App, bot: BotContext): void {
  app.message(directMessage(bot));
}
