// A failure inside a handler is logged and the person gets a short apology, never silence: where
// the answer was to go, or, if that way is closed too (a response_url that timed out, a channel the
// bot cannot post in), in a direct message from the bot.

import type { AllMiddlewareArgs, Logger } from '@slack/bolt';
import { type AnswerTurns, Busy, DECLINE_LOG_EVERY_MS } from './answerTurns.js';

export const APOLOGY = 'Sorry, something went wrong while answering. It has been logged; please try again in a moment.';

export const BUSY = 'Sorry, I am answering a great many questions right now. Please ask again in a minute.';

export const UNDELIVERED = 'Sorry, I could not deliver my last answer to you: Slack did not take it in time. It has been logged; please try again in a moment.';

type Tell = (text: string) => Promise<void>;

/**
 * Runs the work of a handler, in its turn in `turns` (answerTurns.ts: acks of other requests are
 * not held up by it). If it throws, logs the error and sends the apology by `apologize`; if that
 * fails too, says so by `elsewhere` (a direct message). Each failure is logged: the handler never
 * throws to Bolt. When the answers waiting have waited too long already (or too many wait), the
 * person is told the bot is busy.
 */
export async function doOrApologize(
  turns: AnswerTurns,
  logger: Logger,
  what: string,
  work: () => Promise<void>,
  apologize: Tell,
  elsewhere?: Tell,
): Promise<void> {
  try {
    await turns.next();
    await work();
  } catch (error) {
    const busy = error instanceof Busy;
    if (busy) logBusy(logger, what, error, turns);
    else logger.error(`Failed to ${what}:`, error);
    try {
      await apologize(busy ? BUSY : APOLOGY);
      return;
    } catch (apologyError) {
      logger.error(`Could not send the apology after failing to ${what}:`, apologyError);
    }
    if (!elsewhere) return;
    try {
      await elsewhere(UNDELIVERED);
      logger.warn(`Told the person in a direct message that the bot failed to ${what}`);
    } catch (dmError) {
      logger.error(`Could not tell the person in a direct message either, after failing to ${what}:`, dmError);
    }
  }
}

function logBusy(logger: Logger, what: string, error: Busy, turns: AnswerTurns): void {
  logger.debug(`Too busy to ${what}: ${error.message}; told them to ask again`);
  const declined = turns.noteDeclined();
  if (declined === 1) logger.warn(`Too busy: ${error.message}; told a question to ask again (at most one such line every ${DECLINE_LOG_EVERY_MS / 1000} s)`);
  else if (declined > 1) logger.warn(`Too busy: ${error.message}; told ${declined} questions to ask again since the last such line`);
}

/** A message in the person's direct messages with the bot (its Messages tab). */
export function inDirectMessage(client: AllMiddlewareArgs['client'], user: string): Tell {
  return async (text) => {
    await client.chat.postMessage({ channel: user, text });
  };
}
