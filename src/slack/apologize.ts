// A failure inside a handler is logged and the person gets a short apology, never silence.

import type { Logger } from '@slack/bolt';

export const APOLOGY = 'Sorry, something went wrong while answering. It has been logged; please try again in a moment.';

/**
 * Runs the work of a handler. If it throws, logs the error and sends the apology by `apologize`
 * (itself logged if it fails too: the handler never throws to Bolt).
 */
export async function doOrApologize(
  logger: Logger,
  what: string,
  work: () => Promise<void>,
  apologize: (text: string) => Promise<void>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    logger.error(`Failed to ${what}:`, error);
    try {
      await apologize(APOLOGY);
    } catch (apologyError) {
      logger.error(`Could not send the apology after failing to ${what}:`, apologyError);
    }
  }
}
