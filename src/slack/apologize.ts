// A failure inside a handler is logged and the person gets a short apology, never silence: where
// the answer was to go, or, if that way is closed too (a response_url that timed out, a channel the
// bot cannot post in), in a direct message from the bot.

import type { AllMiddlewareArgs, Logger } from '@slack/bolt';

export const APOLOGY = 'Sorry, something went wrong while answering. It has been logged; please try again in a moment.';

export const UNDELIVERED = 'Sorry, I could not deliver my last answer to you: Slack did not take it in time. It has been logged; please try again in a moment.';

type Tell = (text: string) => Promise<void>;

/**
 * Runs the work of a handler. If it throws, logs the error and sends the apology by `apologize`;
 * if that fails too, says so by `elsewhere` (a direct message). Each failure is logged: the
 * handler never throws to Bolt.
 */
export async function doOrApologize(logger: Logger, what: string, work: () => Promise<void>, apologize: Tell, elsewhere?: Tell): Promise<void> {
  try {
    await work();
  } catch (error) {
    logger.error(`Failed to ${what}:`, error);
    try {
      await apologize(APOLOGY);
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

/** A message in the person's direct messages with the bot (its Messages tab). */
export function inDirectMessage(client: AllMiddlewareArgs['client'], user: string): Tell {
  return async (text) => {
    await client.chat.postMessage({ channel: user, text });
  };
}
