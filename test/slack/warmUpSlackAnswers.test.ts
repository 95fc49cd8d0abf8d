import { describe, expect, it } from 'vitest';
import { collectionsScope } from '../../src/access/channelScope.js';
import { SCOPED_EVERY, WARM_UP_ROUNDS } from '../../src/answer/warmUp.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { askedText, type ThreadReply, warmUpQuestions } from '../../src/answer/warmUpQuestions.js';
import { Library } from '../../src/library/library.js';
import { libraryCollections } from '../../src/library/libraryCollections.js';
import { conversationMessage } from '../../src/render/slack/replyMessage.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { AnswerTurns } from '../../src/slack/answerTurns.js';
import { slackWarmUpOptions, warmUpSlackAnswers } from '../../src/slack/warmUpSlackAnswers.js';
import { COLLECTION_FIXTURES } from '../support/reportsFolders.js';

describe("the bot's warm-up", () => {
  it("asks some questions through a channel's view (its first collection and the top-level reports), not the whole library", async () => {
    const library = Library.from(await loadReports(COLLECTION_FIXTURES, { workers: 0 }));
    const own = warmUpQuestions(library).length;
    const channel = warmUpQuestions(library.view(collectionsScope(libraryCollections(library).slice(0, 1)))).length;
    // The view has fewer questions than the library, so asking the library again would ask more.
    expect(Math.ceil(channel / SCOPED_EVERY)).toBeLessThan(Math.ceil(own / SCOPED_EVERY));
    expect(await warmUpSlackAnswers(library, new AnswerTurns())).toBe(WARM_UP_ROUNDS * (own + Math.ceil(channel / SCOPED_EVERY)));
  });

  it("answers a reply in a thread through the conversation's path: with its first question, posted for all to see", async () => {
    const library = Library.from(await loadReports(COLLECTION_FIXTURES, { workers: 0 }));
    const replies = warmUpQuestions(library).filter((question): question is ThreadReply => typeof question !== 'string');
    expect(replies.length).toBeGreaterThan(0);
    const { threadReply, render } = slackWarmUpOptions(library, new AnswerTurns());
    for (const reply of replies) {
      const answer = answerQuestion(library, askedText(reply));
      const posted = threadReply?.(library, reply);
      expect(posted).toEqual(conversationMessage({ kind: 'answer', answer }));
      // Not the `/reports` rendering, which offers to share the answer.
      expect(posted).not.toEqual(render?.(answer));
    }
  });
});
