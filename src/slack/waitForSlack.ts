// Before the bot checks its token, it makes sure Slack's Web API answers at all. Slack's client
// would retry a refused connection for half an hour, logging only "ECONNREFUSED"; this says which
// URL cannot be reached and that the bot keeps trying, then lets the start go on once it answers.

import { type Logger, LogLevel, webApi } from '@slack/bolt';
import { MAX_SLACK_RETRY_DELAY_MS } from './slackRetryDelay.js';

/** Slack's own Web API; SLACK_API_URL replaces it (GovSlack, a local test server). */
export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';

export interface WaitForSlackOptions {
  /** The first pause between tries; it doubles up to maxDelayMs. */
  firstDelayMs?: number;
  /** The longest pause between tries (default MAX_SLACK_RETRY_DELAY_MS). */
  maxDelayMs?: number;
  /** One try gives up after this long without an answer. */
  timeoutMs?: number;
}

/** Resolves once Slack's Web API at `apiUrl` answers (anything at all); tries until then. */
export async function waitForSlack(apiUrl: string, logger: Logger, options: WaitForSlackOptions = {}): Promise<void> {
  const { firstDelayMs = 1000, maxDelayMs = MAX_SLACK_RETRY_DELAY_MS, timeoutMs = 10_000 } = options;
  // Its own client, so a try fails at once instead of being retried; api.test needs no token.
  const probe = new webApi.WebClient(undefined, { slackApiUrl: apiUrl, retryConfig: { retries: 0 }, timeout: timeoutMs, logger: silent, logLevel: LogLevel.ERROR });
  let delay = firstDelayMs;
  for (let tries = 1; ; tries++) {
    const problem = await unreachable(probe);
    if (problem === undefined) {
      if (tries > 1) logger.info(`Slack's Web API at ${apiUrl} answers now (after ${tries} tries); starting`);
      return;
    }
    logger.warn(
      `Cannot reach Slack's Web API at ${apiUrl}: ${problem}. Still trying (try ${tries}; the next in ${Math.round(delay / 1000)} s) ` +
        'until it answers. Check the network and any proxy, or SLACK_API_URL.',
    );
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, maxDelayMs);
  }
}

/** Why the API could not be reached, or undefined when it answered (even with an error). */
async function unreachable(probe: webApi.WebClient): Promise<string | undefined> {
  try {
    await probe.api.test();
    return undefined;
  } catch (error) {
    const coded = error as { code?: string; original?: Error; message?: string };
    if (coded.code !== webApi.ErrorCode.RequestError) return undefined; // an HTTP or Slack error: it is there
    return coded.original?.message || coded.message || String(error);
  }
}

const silent: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  setLevel: () => undefined,
  getLevel: () => LogLevel.ERROR,
  setName: () => undefined,
};
