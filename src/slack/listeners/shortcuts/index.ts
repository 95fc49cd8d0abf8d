import type { App, GlobalShortcut, MessageShortcut } from '@slack/bolt';
import type { BotContext } from '../../botContext.js';
import { askReports } from './askReports.js';
import { checkAgainstReports } from './checkAgainstReports.js';

/** Callback ids as declared in manifest.yml. */
export const SHORTCUT_IDS = {
  checkAgainstReports: 'check_against_reports',
  askReports: 'ask_reports',
} as const;

export function register(app: App, bot: BotContext): void {
  app.shortcut<MessageShortcut>({ callback_id: SHORTCUT_IDS.checkAgainstReports, type: 'message_action' }, checkAgainstReports(bot));
  app.shortcut<GlobalShortcut>({ callback_id: SHORTCUT_IDS.askReports, type: 'shortcut' }, askReports(bot));
}
