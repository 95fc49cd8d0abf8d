// Answers what someone said to the bot in a conversation (a mention, a DM, a reply in a thread the
// bot is part of): a status while it searches, a short follow-up asked with the first question the
// bot answered in the thread, the reply posted where they asked (with the question as metadata, for
// later follow-ups), and an apology rather than silence if anything fails.

import type { AllMiddlewareArgs, SetStatusFn } from '@slack/bolt';
import { followUpQuestion } from '../answer/followUpQuestion.js';
import { handleRequest } from '../answer/handleRequest.js';
import { conversationMessage } from '../render/slack/replyMessage.js';
import { answerMetadata } from './answerMetadata.js';
import { doOrApologize, inDirectMessage } from './apologize.js';
import { askingIn, type BotContext } from './botContext.js';
import { deliver, postRoute } from './deliver.js';
import { answerAndLog, type QuestionSurface } from './questionLog.js';
import { clearSearchStatus, showSearchStatus } from './searchStatus.js';
import { type BotIdentity, readThreadHistory } from './threadHistory.js';

export interface ConversationQuestion {
  /** What was said, for the log: "a mention", "a direct message"… */
  what: string;
  /** Where it was asked, for the question's log line. */
  surface: QuestionSurface;
  channel: string;
  /** The thread the reply goes in; none for a reply in the conversation itself (a DM). */
  replyThreadTs?: string;
  /**
   * Set when the question was asked inside a thread: in one the bot answered, a short one is read
   * with the first question it answered there.
   */
  askedInThread?: string;
  user: string;
  /** What the person wrote, the bot's mention removed. */
  text: string;
  /** The first question the bot answered in the thread, when the caller already read it. */
  firstQuestion?: string;
  /**
   * The text only points at the thread ("cc @bot", "@bot ^"): in a thread the bot answered, its first
   * question is asked; in one it never answered there is none, and the text is asked as it is.
   */
  callsToThread?: boolean;
}

export interface ConversationTools {
  client: AllMiddlewareArgs['client'];
  logger: AllMiddlewareArgs['logger'];
  /** Bolt's status setter for the event's thread, when the event has one. */
  setStatus?: SetStatusFn;
  bot: BotIdentity;
}

export async function answerInConversation(bot: BotContext, tools: ConversationTools, asked: ConversationQuestion): Promise<void> {
  const { client, logger, setStatus } = tools;
  await doOrApologize(
    bot.turns,
    logger,
    `answer ${asked.what} in ${asked.channel}`,
    async () => {
      await showSearchStatus(setStatus, logger);
      const firstQuestion = asked.firstQuestion ?? (await firstQuestionOf(tools, asked));
      const question = asked.callsToThread && firstQuestion !== undefined ? firstQuestion : followUpQuestion(firstQuestion, asked.text);
      const reply = await answerAndLog(logger, { surface: asked.surface, user: asked.user }, () => handleRequest(askingIn(bot, asked.channel), asked.user, question));
      const route = postRoute(client, asked.channel, asked.replyThreadTs, answerMetadata(reply));
      await deliver(route, conversationMessage(reply), logger);
      // Slack clears a status when the bot replies in its thread; a reply outside it does not.
      if (asked.replyThreadTs === undefined) await clearSearchStatus(setStatus, logger);
    },
    (text) => postRoute(client, asked.channel, asked.replyThreadTs)({ text }),
    inDirectMessage(client, asked.user),
  );
}

/**
 * The first question the bot answered in the thread, or none when the question was not asked in a
 * thread, the bot never answered there, or the thread cannot be read.
 */
async function firstQuestionOf({ client, logger, bot }: ConversationTools, asked: ConversationQuestion): Promise<string | undefined> {
  if (asked.askedInThread === undefined) return undefined;
  try {
    return (await readThreadHistory(client, asked.channel, asked.askedInThread, bot)).firstQuestion;
  } catch (error) {
    // The question is still answered, on its own.
    logger.warn(`Could not read thread ${asked.askedInThread} in ${asked.channel} for its first question:`, error);
    return undefined;
  }
}
