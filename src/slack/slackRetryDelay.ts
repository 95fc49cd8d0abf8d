// The longest pause between tries to reach Slack's Web API at start. A module of its own, without
// Slack's client, so the config can bound SLACK_RETRY_FIRST_SECONDS by it without loading Bolt into
// the terminal, eval and bench tools that read the config too.

/** waitForSlack's pause doubles up to this; SLACK_RETRY_FIRST_SECONDS may set no longer first pause. */
export const MAX_SLACK_RETRY_DELAY_MS = 30_000;
