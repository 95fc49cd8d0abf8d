// "is searching the reports…" under the conversation while a question is answered
// (assistant.threads.setStatus, scope assistant:write). Slack clears it when the bot replies in
// that thread. Best effort: a status that cannot be shown never holds up or stops an answer.

import type { Logger, SetStatusFn } from '@slack/bolt';
import { slackErrorCode } from './deliver.js';

export const SEARCHING_STATUS = 'is searching the reports…';

// Each reason is logged once: without the scope every question would log the same warning.
const reported = new Set<string>();

export async function showSearchStatus(setStatus: SetStatusFn | undefined, logger: Logger): Promise<void> {
  await setStatusQuietly(setStatus, SEARCHING_STATUS, logger);
}

/** Removes the status; for replies that go elsewhere than the thread it was shown in. */
export async function clearSearchStatus(setStatus: SetStatusFn | undefined, logger: Logger): Promise<void> {
  await setStatusQuietly(setStatus, '', logger);
}

async function setStatusQuietly(setStatus: SetStatusFn | undefined, status: string, logger: Logger): Promise<void> {
  if (!setStatus) return;
  try {
    await setStatus(status);
  } catch (error) {
    const code = slackErrorCode(error) ?? (error instanceof Error ? error.message : String(error));
    if (reported.has(code)) return;
    reported.add(code);
    logger.warn(`Could not show the searching status (${code}); answers are sent without it. Does the app have the assistant:write scope?`);
  }
}
