// The bot's warm-up (src/answer/warmUp.ts) with its answers rendered as `/reports` sends them, a
// reply in a thread as a conversation's, so the Block Kit code is compiled too. It takes the
// turns of the app's queue (answerTurns.ts: the one createApp was given), and only once no person's
// answer is waiting or has just run: a burst of questions just after the start is answered as if
// there were no warm-up. The benchmark's first-seen processes call it as the bot does.

import { setTimeout as sleep } from 'node:timers/promises';
import { collectionsScope } from '../access/channelScope.js';
import { answerQuestion } from '../answer/answerQuestion.js';
import type { Reply } from '../answer/handleRequest.js';
import { type WarmUpOptions, warmUpAnswers } from '../answer/warmUp.js';
import { askedText } from '../answer/warmUpQuestions.js';
import type { Library } from '../library/library.js';
import { libraryCollections } from '../library/libraryCollections.js';
import type { LibraryView } from '../library/libraryView.js';
import { answerMessage } from '../render/slack/answerBlocks.js';
import { conversationMessage } from '../render/slack/replyMessage.js';
import { answerMetadata } from './answerMetadata.js';
import type { AnswerTurns } from './answerTurns.js';

/** How long the bot must have had no answer to give before a warm-up question takes a turn. */
export const IDLE_MS = 250;

/**
 * The whole library (not a view: the warm-up asks some questions through a channel's view of it),
 * in idle turns of `turns`, the queue the app's answers wait in.
 */
export function warmUpSlackAnswers(library: Library, turns: AnswerTurns, stopped?: () => boolean): Promise<number> {
  return warmUpAnswers(library, slackWarmUpOptions(library, turns, stopped));
}

/** How the bot's warm-up asks, renders and takes turns of `turns`; exported for its test. */
export function slackWarmUpOptions(library: Library, turns: AnswerTurns, stopped?: () => boolean): WarmUpOptions {
  return {
    turn: idleTurns(turns),
    render: (answer) => answerMessage(answer, { offset: 0, shareable: true }),
    ...(stopped ? { stopped } : {}),
    scoped: channelView(library),
    // A reply in a thread as answerInConversation answers one: asked with the thread's first
    // question (followUpQuestion), its metadata made, posted as a conversation's message. Not
    // through handleRequest, which embeds the question for semantic search (a failed embedding
    // turns it off for a while), nor the thread's history, read from Slack.
    threadReply: (view, question) => {
      const reply: Reply = { kind: 'answer', answer: answerQuestion(view, askedText(question)) };
      answerMetadata(reply);
      return conversationMessage(reply);
    },
  };
}

/**
 * The library as a channel limited to collections sees it (channelScope.ts): its first
 * collection and the top-level reports, or the top-level reports alone when it has no
 * collections. Any such view takes the scoped path: what V8 learns there serves every channel's.
 */
function channelView(library: Library): LibraryView {
  return library.view(collectionsScope(libraryCollections(library).slice(0, 1)));
}

/**
 * After a live reload: the index changed, so what search builds on its first use since (the
 * postings' lookup, the typo neighbours' deletion index and fuzzy trie) is built in an idle turn, not in
 * the next person's question. Not the whole warm-up: reports may be saved every few seconds.
 */
export async function warmUpAfterReload(library: Library, turns: AnswerTurns, stopped?: () => boolean): Promise<void> {
  await idleTurns(turns)();
  if (!stopped?.()) library.index.prepare();
}

/** Turns of the answers' queue taken only when idle by its clock; the first after a moment's wait. */
function idleTurns(turns: AnswerTurns): () => Promise<void> {
  /** When the warm-up's own last turn was given (its own turns do not make the bot busy); none before its first. */
  let ownTurnAt: number | undefined;
  return async () => {
    // The first question waits a moment too: it pays for what nothing has used yet (WordNet's
    // files, if not read already), which must not hold up requests that come at once.
    if (ownTurnAt === undefined) await sleep(IDLE_MS);
    for (;;) {
      const idle = turns.sinceLastTurn();
      if (turns.size === 0 && (turns.lastTurnAt === ownTurnAt || idle >= IDLE_MS)) break;
      await sleep(Math.max(10, IDLE_MS - idle));
    }
    await turns.next();
    ownTurnAt = turns.lastTurnAt;
  };
}
