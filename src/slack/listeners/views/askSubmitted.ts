// The "Ask the reports" modal submitted: the answer is shown in the modal itself
// (response_action: update), under the question, which stays editable for another try. The answer
// is found within Slack's 3 seconds (it takes milliseconds), so it goes in the acknowledgement.

import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { handleRequest, LOAD_WAIT } from '../../../answer/handleRequest.js';
import { ASK_MODAL, type AskForm, askModalView } from '../../../render/slack/askModal.js';
import { APOLOGY } from '../../apologize.js';
import { askingIn, type BotContext } from '../../botContext.js';
import { answerAndLog } from '../../questionLog.js';

/** The answer goes in the acknowledgement, due within 3 s: a loading library is waited for 1 s at most. */
const MODAL_LOAD_WAIT = { ...LOAD_WAIT, maxMs: 1000 };

export function askSubmitted(bot: BotContext) {
  return async ({ ack, view, body, logger }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const form = submittedForm(view.state.values);
    if (!form.question) {
      await ack({ response_action: 'errors', errors: { [ASK_MODAL.questionBlock]: 'Type a question.' } });
      return;
    }
    let updated;
    try {
      // Opened by a global shortcut, from no conversation: the channels file's default applies.
      const asking = askingIn(bot, undefined);
      const asked = { surface: 'ask-shortcut', user: body.user.id } as const;
      const reply = await answerAndLog(logger, asked, () => handleRequest({ ...asking, loadWait: MODAL_LOAD_WAIT }, body.user.id, questionText(form)));
      updated = askModalView(asking.library.reports, form, { reply, offset: 0 });
    } catch (error) {
      logger.error(`Failed to answer the Ask the reports modal for ${body.user.id}:`, error);
      await ack({ response_action: 'errors', errors: { [ASK_MODAL.questionBlock]: APOLOGY } });
      return;
    }
    await ack({ response_action: 'update', view: updated });
  };
}

/** The question as the core reads it: the chosen report becomes a `report:` filter. */
export function questionText(form: AskForm): string {
  const question = form.question ?? '';
  if (!form.report) return question;
  const report = /\s/.test(form.report) ? `"${form.report.replace(/"/g, '')}"` : form.report;
  return `report:${report} ${question}`;
}

type StateValues = ViewSubmitAction['view']['state']['values'];

function submittedForm(values: StateValues): AskForm {
  const question = values[ASK_MODAL.questionBlock]?.[ASK_MODAL.questionAction]?.value?.trim();
  const reportInput = values[ASK_MODAL.reportBlock]?.[ASK_MODAL.reportAction];
  const report = (reportInput?.selected_option?.value ?? reportInput?.value ?? '').trim();
  return { ...(question ? { question } : {}), ...(report ? { report } : {}) };
}
