// Wires every listener, grouped by kind as in Slack's Bolt samples: open the folder of a kind to
// see what the bot does with it.

import type { App } from '@slack/bolt';
import type { BotContext } from '../botContext.js';
import * as actions from './actions/index.js';
import * as commands from './commands/index.js';
import * as events from './events/index.js';
import * as messages from './messages/index.js';
import * as shortcuts from './shortcuts/index.js';
import * as views from './views/index.js';

export function registerListeners(app: App, bot: BotContext): void {
  commands.register(app, bot);
  events.register(app, bot);
  messages.register(app, bot);
  actions.register(app, bot);
  shortcuts.register(app, bot);
  views.register(app, bot);
}
