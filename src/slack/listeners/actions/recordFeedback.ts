// 👍/👎 on an answer: one vote per person per answer. A click records the vote, changes it, or
// (the recorded one again) takes it back; the same click delivered twice counts once. The person
// sees the vote now recorded: on the buttons themselves where the answer is theirs alone (a
// private answer, drawn again in place; the modal, updated), privately in words under a public
// one. A new 👎 also opens "What was wrong?". The vote is recorded before it is shown: a failure
// to record gets the apology (nothing on record, try again), a failure to show says what is on record.

import type { AllMiddlewareArgs, BlockAction, ButtonAction, FeedbackButtonsAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { answerQuestion } from '../../../answer/answerQuestion.js';
import { answerKey, type Vote } from '../../../feedback/votes.js';
import type { LibraryView } from '../../../library/libraryView.js';
import { ACTION_IDS, decodeFeedbackValue, type FeedbackValue } from '../../../render/slack/actionValues.js';
import { answerMessage, PAGE_SIZE } from '../../../render/slack/answerBlocks.js';
import { askFormOf, askModalView } from '../../../render/slack/askModal.js';
import { votedText, voteNoteMessage } from '../../../render/slack/feedbackBlocks.js';
import { feedbackReasonModal } from '../../../render/slack/feedbackReasonModal.js';
import { doOrApologize, inDirectMessage } from '../../apologize.js';
import { actionChannel } from '../../actionChannel.js';
import { PRIVATE_REPLY_BESIDE } from '../../answerPrivately.js';
import type { BotContext } from '../../botContext.js';
import { deliver, respondRoute } from '../../deliver.js';

type FeedbackArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction | FeedbackButtonsAction>> & AllMiddlewareArgs;

export function recordFeedback(bot: BotContext) {
  return async (args: FeedbackArgs): Promise<void> => {
    const { ack, action, body, client, logger } = args;
    await ack();
    const user = body.user.id;
    const dm = inDirectMessage(client, user);
    // A modal has no response_url: a failure there is said in a direct message.
    const privately = body.view ? dm : (text: string) => respondRoute(args.respond, PRIVATE_REPLY_BESIDE)({ text });
    let recorded: { feedback: FeedbackValue; answer: string; pressed: Vote; vote: Vote | null } | undefined;
    // Not recorded: the apology's "try again" is right, the next click counts as this one would have.
    await doOrApologize(
      bot.turns,
      logger,
      `record feedback from ${user}`,
      async () => {
        const feedback = decodeFeedbackValue(action.value);
        const pressed = action.type === 'feedback_buttons' ? feedback?.vote : action.action_id === ACTION_IDS.voteUp ? 'up' : 'down';
        if (!feedback || !pressed) throw new Error(`Feedback button with an unreadable value: ${action.value}`);
        const answer = answerKey(feedback.question, feedback.claimIds);
        const vote = await bot.feedbackLog.click({
          answer,
          user,
          pressed,
          clickId: action.action_ts,
          ts: new Date(bot.now()).toISOString(),
          channel: body.channel?.id ?? body.container?.channel_id ?? '',
          question: feedback.question,
          claimIds: feedback.claimIds,
        });
        recorded = { feedback, answer, pressed, vote };
      },
      privately,
      dm,
    );
    if (!recorded) return;
    // Recorded: if it cannot be shown, the person is told what is on record rather than to click
    // again (a second click would take the vote back).
    try {
      if (recorded.vote === 'down' && recorded.pressed === 'down') await askWhatWasWrong(args, recorded.answer);
      await showVote(bot, args, recorded.feedback, recorded.vote);
    } catch (error) {
      logger.error(`Recorded a vote from ${user} but could not show it:`, error);
      await tellVote(logger, votedText(recorded.vote), privately, dm);
    }
  };
}

async function tellVote(logger: FeedbackArgs['logger'], text: string, ...ways: ((text: string) => Promise<void>)[]): Promise<void> {
  for (const tell of ways) {
    try {
      await tell(text);
      return;
    } catch (error) {
      logger.error('Could not tell the person which vote is on record:', error);
    }
  }
}

/** Opens the optional "What was wrong?" modal (over the answer's modal when there is one). */
async function askWhatWasWrong({ body, client, logger }: FeedbackArgs, answer: string): Promise<void> {
  const view = feedbackReasonModal(answer);
  try {
    if (body.view) await client.views.push({ trigger_id: body.trigger_id, view });
    else await client.views.open({ trigger_id: body.trigger_id, view });
  } catch (error) {
    // The vote stands; only the chance to say why is lost.
    logger.warn(`Could not open "What was wrong?" for ${body.user.id}:`, error);
  }
}

async function showVote(bot: BotContext, args: FeedbackArgs, feedback: FeedbackValue, vote: Vote | null): Promise<void> {
  const { body, client, logger } = args;
  const library = bot.libraryIn(actionChannel(body));
  const page = samePage(library, feedback);
  if (body.view && page) {
    const reply = { kind: 'answer' as const, answer: page.answer };
    const view = askModalView(library.reports, askFormOf(body.view.private_metadata), { reply, offset: page.offset, vote });
    await client.views.update({ view_id: body.view.id, hash: body.view.hash, view });
    return;
  }
  if (body.view) return;
  const ephemeral = body.container?.is_ephemeral === true;
  if (ephemeral && page) {
    const view = { offset: page.offset, shareable: true, vote, ...(feedback.check ? { check: feedback.check } : {}) };
    await deliver(respondRoute(args.respond, { replace_original: true }), answerMessage(page.answer, view), logger);
    return;
  }
  await deliver(respondRoute(args.respond, PRIVATE_REPLY_BESIDE), voteNoteMessage(vote), logger);
}

/**
 * The page voted on, answered again, when it can be drawn as it was: its question whole, and the
 * same claims still on it (the reports may have changed since).
 */
function samePage(library: LibraryView, feedback: FeedbackValue): { answer: ReturnType<typeof answerQuestion>; offset: number } | undefined {
  if (feedback.offset === undefined || feedback.cut) return undefined;
  const answer = answerQuestion(library, feedback.question);
  const shown = answer.items.slice(feedback.offset, feedback.offset + PAGE_SIZE).map((item) => item.claim.id);
  const same = shown.length === feedback.claimIds.length && shown.every((id, i) => id === feedback.claimIds[i]);
  return same ? { answer, offset: feedback.offset } : undefined;
}
