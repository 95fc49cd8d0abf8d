import type { App, BlockAction, ButtonAction, FeedbackButtonsAction } from '@slack/bolt';
import { ACTION_IDS } from '../../../render/slack/actionValues.js';
import type { BotContext } from '../../botContext.js';
import { recordFeedback } from './recordFeedback.js';
import { shareInChannel } from './shareInChannel.js';
import { shareInThread } from './shareInThread.js';
import { showMore } from './showMore.js';
import { showReport } from './showReport.js';
import { anyActionIdBut, unknownAction } from './unknownAction.js';

export function register(app: App, bot: BotContext): void {
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.showMore, showMore(bot));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.checkShowMore, showMore(bot));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.share, shareInChannel(bot));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.shareInThread, shareInThread(bot));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.showReport, showReport(bot));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.voteUp, recordFeedback(bot));
  app.action<BlockAction<ButtonAction>>(ACTION_IDS.voteDown, recordFeedback(bot));
  app.action<BlockAction<FeedbackButtonsAction>>(ACTION_IDS.feedback, recordFeedback(bot));
  // Each id above is one of ACTION_IDS; any other is a button this version does not know.
  app.action<BlockAction>({ type: 'block_actions', action_id: anyActionIdBut(Object.values(ACTION_IDS)) }, unknownAction());
}
