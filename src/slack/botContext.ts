// What the listeners share: the reports being served, the feedback log, the clock and the
// per-person question limit.

import type { RateLimiter } from '../limits/rateLimiter.js';
import type { Library } from '../library/library.js';
import type { FeedbackLog } from './feedbackLog.js';

export interface BotContext {
  library: Library;
  feedbackLog: FeedbackLog;
  now: () => number;
  /** Absent when questions are not limited. */
  rateLimiter?: RateLimiter;
}
