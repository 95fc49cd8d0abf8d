import type { App, ViewSubmitAction } from '@slack/bolt';
import { ASK_MODAL } from '../../../render/slack/askModal.js';
import { REASON_MODAL } from '../../../render/slack/feedbackReasonModal.js';
import type { BotContext } from '../../botContext.js';
import { askSubmitted } from './askSubmitted.js';
import { feedbackReasonSubmitted } from './feedbackReasonSubmitted.js';

export function register(app: App, bot: BotContext): void {
  app.view<ViewSubmitAction>({ callback_id: ASK_MODAL.callbackId, type: 'view_submission' }, askSubmitted(bot));
  app.view<ViewSubmitAction>({ callback_id: REASON_MODAL.callbackId, type: 'view_submission' }, feedbackReasonSubmitted(bot));
}
