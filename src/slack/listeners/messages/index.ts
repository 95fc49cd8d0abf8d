import type { App } from '@slack/bolt';
import type { BotContext } from '../../botContext.js';
import { directMessage } from './directMessage.js';
import { threadReply } from './threadReply.js';

export function register(app: App, bot: BotContext): void {
  app.message(directMessage(bot));
  app.message(threadReply(bot));
}
