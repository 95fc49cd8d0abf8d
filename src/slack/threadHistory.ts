// What a thread says about the bot's part in it, read from Slack (conversations.replies) rather than
// remembered: whether the bot has answered in it, and the first question it answered there.

import type { AllMiddlewareArgs } from '@slack/bolt';
import { answeredQuestion, isSharedCheck } from './answerMetadata.js';

export interface BotIdentity {
  /** The bot's bot id (B…), from auth.test: its messages carry it as `bot_id`. */
  botId?: string;
  /** The bot's user id (U…). */
  botUserId?: string;
}

export interface ThreadHistory {
  /** Some message in the thread (its parent included) was posted by the bot, other than a shared check. */
  botAnswered: boolean;
  /** The question of the bot's first answer in the thread, when that answer carries it. */
  firstQuestion?: string;
}

/** Messages read per page; a thread the bot answered early is settled by the first page. */
const PAGE_SIZE = 200;
/** Pages read at most: a thread of thousands of replies is not worth more calls. */
const MAX_PAGES = 5;

interface ThreadMessage {
  bot_id?: string;
  user?: string;
  metadata?: unknown;
}

/** Throws what the Web API throws (thread gone, no access): callers decide what that means. */
export async function readThreadHistory(
  client: AllMiddlewareArgs['client'],
  channel: string,
  threadTs: string,
  bot: BotIdentity,
): Promise<ThreadHistory> {
  const isBot = (message: ThreadMessage): boolean =>
    (bot.botId !== undefined && message.bot_id === bot.botId) || (bot.botUserId !== undefined && message.user === bot.botUserId);
  let botAnswered = false;
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const result = await client.conversations.replies({
      channel,
      ts: threadTs,
      limit: PAGE_SIZE,
      include_all_metadata: true,
      ...(cursor ? { cursor } : {}),
    });
    for (const message of (result.messages ?? []) as ThreadMessage[]) {
      if (!isBot(message) || isSharedCheck(message)) continue;
      botAnswered = true;
      const firstQuestion = answeredQuestion(message);
      if (firstQuestion !== undefined) return { botAnswered, firstQuestion };
    }
    cursor = result.response_metadata?.next_cursor || undefined;
    if (!result.has_more || !cursor) break;
  }
  return { botAnswered };
}
