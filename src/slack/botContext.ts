// What the listeners share: the reports being served (as each conversation may see them, by the
// channels file), the feedback log, the answers' turns, the clock and the per-person question
// limit. There is no library without a conversation here on purpose: every listener says where it
// answers.

import type { RequestContext } from '../answer/handleRequest.js';
import type { FeedbackStore } from '../feedback/votes.js';
import type { LibraryView } from '../library/libraryView.js';
import type { AnswerTurns } from './answerTurns.js';

export interface BotContext extends Omit<RequestContext, 'library'> {
  /**
   * The library as `channel` may see it (its collections in the channels file, or the default);
   * undefined where there is no conversation (App Home, a global shortcut's modal).
   */
  libraryIn(channel: string | undefined): LibraryView;
  feedbackLog: FeedbackStore;
  /** The queue every answer waits its turn in (answerTurns.ts). */
  turns: AnswerTurns;
}

/** What answering a request in `channel` needs: the reports that channel may see. */
export function askingIn(bot: BotContext, channel: string | undefined): RequestContext {
  const { feedbackLog: _feedbackLog, libraryIn: _libraryIn, turns: _turns, ...request } = bot;
  return { ...request, library: bot.libraryIn(channel) };
}
