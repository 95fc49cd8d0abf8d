// What the listeners share: the reports being served, the feedback log, the clock and the
// per-person question limit.

import type { RequestContext } from '../answer/handleRequest.js';
import type { FeedbackStore } from '../feedback/votes.js';

export interface BotContext extends RequestContext {
  feedbackLog: FeedbackStore;
}
