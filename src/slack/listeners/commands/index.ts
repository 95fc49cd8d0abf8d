import type { App } from '@slack/bolt';
import type { BotContext } from '../../botContext.js';
import { reportsCommand } from './reportsCommand.js';

export function register(app: App, bot: BotContext): void {
  app.command('/reports', reportsCommand(bot));
}
