// "Check against the reports" on a message (message shortcut `check_against_reports`): the claims
// that bear on what it says, privately to whoever used it (by the payload's response_url), with
// "Share in thread" to post them under the message.

import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { checkStatement } from '../../../answer/checkStatement.js';
import { checkReplyMessage, nothingToCheckMessage } from '../../../render/slack/checkBlocks.js';
import { answerPrivately } from '../../answerPrivately.js';
import { askingIn, type BotContext } from '../../botContext.js';
import { deliver } from '../../deliver.js';
import { answerAndLog } from '../../questionLog.js';
import { hasWords, plainText } from '../../slackText.js';

export function checkAgainstReports(bot: BotContext) {
  return async (args: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    const { shortcut, ack, logger } = args;
    await ack();
    await answerPrivately(bot.turns, args, shortcut.user.id, `check a message for ${shortcut.user.id}`, async (privately) => {
      const { message } = shortcut;
      const text = plainText(typeof message.text === 'string' ? message.text : '');
      if (!hasWords(text)) {
        await deliver(privately, nothingToCheckMessage(), logger);
        return;
      }
      const threadTs = typeof message.thread_ts === 'string' ? message.thread_ts : message.ts;
      const check = { channel: shortcut.channel.id, threadTs, ...(typeof message.user === 'string' ? { author: message.user } : {}) };
      const reply = await answerAndLog(logger, { surface: 'check-shortcut', user: shortcut.user.id }, () => checkStatement(askingIn(bot, shortcut.channel.id), shortcut.user.id, text));
      await deliver(privately, checkReplyMessage(reply, check), logger);
    });
  };
}
