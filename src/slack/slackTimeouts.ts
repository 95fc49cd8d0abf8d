// How long the bot waits for Slack on the way out. Bolt's defaults wait forever: its Web API client
// has no timeout and retries ten times over about half an hour, and its response_url posts have
// no timeout at all. A slow or hanging Slack would hold each handler (and its socket) for that
// long; bounded, the handler gives up, tells the person where it can, and logs it.

import type { App, AppOptions } from '@slack/bolt';

/** Longest wait for one Slack request (Web API call or response_url post). */
export const SLACK_TIMEOUT_MS = 5000;

/** Web API calls: two retries, about 0.5 s and 1 s apart (p-retry options, as the client takes them). */
export const WEB_API_RETRIES = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 2000, randomize: true } as const;

/** The Web API client's options; `clientOptions` given to createApp are merged over these. */
export function webApiTimeouts(timeoutMs = SLACK_TIMEOUT_MS): NonNullable<AppOptions['clientOptions']> {
  return { timeout: timeoutMs, retryConfig: { ...WEB_API_RETRIES } };
}

/**
 * Bolt posts to response_urls (the `respond` of every listener) with an axios instance of its own,
 * built without a timeout and with no option to give it one; its defaults take one here. Checked at
 * start, so an upgrade of Bolt that changes this fails loudly instead of silently unbounding.
 */
export function boundResponseUrlPosts(app: App, timeoutMs = SLACK_TIMEOUT_MS): void {
  const axios = (app as unknown as { axios?: { defaults?: { timeout?: number } } }).axios;
  if (axios?.defaults === undefined) {
    throw new Error('Bolt no longer posts to response_urls through app.axios: set a timeout for them again (src/slack/slackTimeouts.ts)');
  }
  axios.defaults.timeout = timeoutMs;
}
