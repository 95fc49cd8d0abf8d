// The answer path the benchmark times, as the bot answers /reports: question -> Answer -> the
// first page of Block Kit blocks. One definition, for the in-process rounds and the first-seen
// child processes.

import { answerQuestion } from '../src/answer/answerQuestion.js';
import { answerMessage } from '../src/render/slack/answerBlocks.js';
import type { SlackMessage } from '../src/render/slack/blocks.js';
import type { Library } from '../src/library/library.js';

export const ANSWER_RENDERER = 'Block Kit (src/render/slack/answerBlocks.ts)';

/** The message /reports would send, and how many claims the answer found. */
export function answerAsSlack(library: Library, question: string): { message: SlackMessage; found: number } {
  const answer = answerQuestion(library, question);
  return { message: answerMessage(answer, { offset: 0, shareable: true }), found: answer.items.length };
}
