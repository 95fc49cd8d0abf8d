// What the listeners share: the reports being served, the feedback log and the clock.

import type { Library } from '../search/library.js';
import type { FeedbackLog } from './feedbackLog.js';

export interface BotContext {
  library: Library;
  feedbackLog: FeedbackLog;
  now: () => number;
}
