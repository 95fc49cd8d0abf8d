// Renders the reply to someone who has asked too many questions in a minute.

import { section, type SlackMessage, slackMessage } from './blocks.js';

export function rateLimitedMessage(retryAfterMs: number): SlackMessage {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const text = `You have asked a lot of questions in the last minute. Please try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
  return slackMessage(text, [section(`:hourglass_flowing_sand: ${text}`)]);
}
