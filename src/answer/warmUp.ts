// Answers warmUpQuestions once the reports are loaded, so the first person to take a path (a
// filter, a typo, words every claim has, a declined question) does not wait while V8 compiles it.
// One question per turn (the surface says when: the Slack bot's turns let people's answers go
// first), so a request that arrives meanwhile waits for one warm-up answer at most. Answers are
// thrown away; nothing is logged or counted. What search remembers per word (expansions, typo
// neighbours) is what a bot asked about these words remembers anyway.

import type { LibraryView } from '../library/libraryView.js';
import type { Answer } from './answer.js';
import { answerQuestion } from './answerQuestion.js';
import { warmUpQuestions } from './warmUpQuestions.js';

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export interface WarmUpOptions {
  /** Resolves when the next warm-up question may run (default: the next pass of the event loop). */
  turn?: () => Promise<void>;
  /**
   * How the surface renders an answer (Block Kit for Slack), so its code is compiled too; its
   * result is dropped.
   */
  render?: (answer: Answer) => unknown;
  /** Stops between two questions when it returns true (the bot is stopping). */
  stopped?: () => boolean;
}

/** Answers (and renders) each warm-up question once; resolves with how many were asked. */
export async function warmUpAnswers(library: LibraryView, { turn = nextTurn, render, stopped }: WarmUpOptions = {}): Promise<number> {
  let asked = 0;
  for (const question of warmUpQuestions(library)) {
    await turn();
    if (stopped?.()) break;
    const answer = answerQuestion(library, question);
    render?.(answer);
    asked++;
  }
  return asked;
}
