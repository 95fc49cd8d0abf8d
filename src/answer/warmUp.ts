// Answers warmUpQuestions once the reports are loaded, so the first person to take a path (a
// filter, a typo, words every claim has, a declined question) does not wait while V8 compiles it.
// One question per turn (the surface says when: the Slack bot's turns let people's answers go
// first), so a request that arrives meanwhile waits for one warm-up answer at most. Answers are
// thrown away; nothing is logged or counted. What search remembers per word (expansions, typo
// neighbours) is what a bot asked about these words remembers anyway. Some are asked through the
// library as a channel limited to some collections sees it too: there every search is filtered by
// the scope (libraryView.ts), a path no question to the whole library takes.

import type { LibraryView } from '../library/libraryView.js';
import { compilingCuedPatterns } from '../search/cuedPattern.js';
import type { Answer } from './answer.js';
import { answerQuestion } from './answerQuestion.js';
import { askedText, type ThreadReply, type WarmUpQuestion, warmUpQuestions } from './warmUpQuestions.js';

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** One in this many of the scoped view's own warm-up questions is asked through it, spread among the others. */
export const SCOPED_EVERY = 8;

/**
 * How many times the warm-up asks its questions, in the same order each time. V8 optimizes a
 * function once it has run enough of it, and the answer path's larger functions, run once per
 * answer (the pruned search, reading the question, the answer's own steps), need many answers:
 * after one round they were still being compiled while people's first questions ran, which those
 * answers paid for. A second round finds every per-word memory filled by the first, so it costs
 * less than the first (figures: bench/README.md, nineteenth session).
 */
export const WARM_UP_ROUNDS = 2;

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
  /**
   * The library as a scope sees it (Library.view): some of its own warm-up questions are asked
   * through it.
   */
  scoped?: LibraryView;
  /**
   * How the surface answers a short reply in a thread, so its path is compiled too; its result is
   * dropped. Without it, a reply's text (askedText) is answered and rendered as any question's.
   */
  threadReply?: (view: LibraryView, question: ThreadReply) => unknown;
}

/** Answers (and renders) each warm-up question WARM_UP_ROUNDS times; resolves with how many were asked. */
export async function warmUpAnswers(
  library: LibraryView,
  { turn = nextTurn, render, stopped, scoped, threadReply }: WarmUpOptions = {},
): Promise<number> {
  // The patterns a question's words cue, compiled first: the questions below need not hold every cue.
  for (const compile of compilingCuedPatterns()) {
    await turn();
    if (stopped?.()) return 0;
    compile();
  }
  let asked = 0;
  const asks = warmUpAsks(library, scoped);
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const { view, question } of asks) {
      await turn();
      if (stopped?.()) return asked;
      if (typeof question !== 'string' && threadReply) threadReply(view, question);
      else render?.(answerQuestion(view, askedText(question)));
      asked++;
    }
  }
  return asked;
}

/**
 * The library's warm-up questions, with every SCOPED_EVERY-th of the scoped view's own after every
 * SCOPED_EVERY-th of them.
 */
function warmUpAsks(library: LibraryView, scoped: LibraryView | undefined): { view: LibraryView; question: WarmUpQuestion }[] {
  const throughScope = scoped ? warmUpQuestions(scoped).filter((_, i) => i % SCOPED_EVERY === 0) : [];
  const asks: { view: LibraryView; question: WarmUpQuestion }[] = [];
  for (const [i, question] of warmUpQuestions(library).entries()) {
    asks.push({ view: library, question });
    const scopedQuestion = i % SCOPED_EVERY === 0 ? throughScope[i / SCOPED_EVERY] : undefined;
    if (scoped && scopedQuestion !== undefined) asks.push({ view: scoped, question: scopedQuestion });
  }
  return asks;
}
