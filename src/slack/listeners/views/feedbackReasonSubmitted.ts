// "What was wrong?" sent: the reason joins the person's 👎 on that answer. Empty, it records
// nothing; if they took the 👎 back meanwhile, it is dropped (a reason belongs to a 👎).

import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { type FeedbackReason, REASON_KINDS, type ReasonKind } from '../../../feedback/votes.js';
import { MAX_REASON_TEXT, REASON_MODAL, reasonModalAnswer } from '../../../render/slack/feedbackReasonModal.js';
import { APOLOGY } from '../../apologize.js';
import type { BotContext } from '../../botContext.js';

export function feedbackReasonSubmitted(bot: BotContext) {
  return async ({ ack, view, body, logger }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const answer = reasonModalAnswer(view.private_metadata);
    const values = view.state.values;
    const reason = submittedReason(values[REASON_MODAL.kindBlock]?.[REASON_MODAL.kindAction]?.selected_option?.value, values[REASON_MODAL.textBlock]?.[REASON_MODAL.textAction]?.value);
    if (answer === undefined || (!reason.kind && !reason.text)) {
      await ack();
      return;
    }
    try {
      if (!(await bot.feedbackLog.explain(answer, body.user.id, reason))) {
        logger.info(`Dropped a reason from ${body.user.id}: their 👎 on that answer was taken back`);
      }
    } catch (error) {
      logger.error(`Failed to record why ${body.user.id} voted an answer down:`, error);
      await ack({ response_action: 'errors', errors: { [REASON_MODAL.textBlock]: APOLOGY } });
      return;
    }
    await ack();
  };
}

/** The kind chosen (one of ours, or none) and the text, cut to MAX_REASON_TEXT. */
function submittedReason(kind: string | undefined, text: string | null | undefined): FeedbackReason {
  const trimmed = (typeof text === 'string' ? text : '').slice(0, MAX_REASON_TEXT).trim();
  return {
    ...((REASON_KINDS as readonly string[]).includes(kind ?? '') ? { kind: kind as ReasonKind } : {}),
    ...(trimmed ? { text: trimmed } : {}),
  };
}
