// One log line per question the bot answers, at info: where it was asked, who asked, a hash of
// the question, how many claims answered it and how long that took, so a team can see use and
// misses without keeping what people asked. The question's text is logged only at debug.

import { createHash } from 'node:crypto';
import type { Logger } from '@slack/bolt';
import type { Reply } from '../answer/handleRequest.js';

/** Where a question came from: /reports, a mention, a DM, a thread reply, or one of the two shortcuts. */
export type QuestionSurface = 'slash' | 'mention' | 'dm' | 'thread' | 'check-shortcut' | 'ask-shortcut';

/** The fields of the info line (README, Operations: Logs). */
export interface QuestionLogFields {
  surface: QuestionSurface;
  user: string;
  /** questionHash of the question as searched. */
  question: string;
  /** Claims that answer it (`total` in `--json`); 0 when the reports do not answer it. */
  results: number;
  answered: boolean;
  /** From the request reaching the bot to the answer being ready (not counting sending it). */
  ms: number;
}

/**
 * The first 12 hex digits (48 bits) of the SHA-256 of the question, lowercased with its spaces
 * collapsed: the same question asked again gets the same hash, so repeats and misses can be
 * counted, and 48 bits keep distinct questions apart (a clash is likely only after some 16 million
 * of them) in a field short enough to read and grep. It hides the text from whoever reads the log;
 * it does not stop someone from confirming a guess (hashing "heat pumps in winter" and looking).
 */
export function questionHash(question: string): string {
  const normalized = question.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  return createHash('sha256').update(normalized, 'utf8').digest('hex').slice(0, 12);
}

/**
 * Runs `ask` and, when its reply is an answer, logs the question (info: the fields; debug: the
 * text with the same hash). Help, the list, a report shown and a person over their limit are not
 * questions answered, and are not logged.
 */
export async function answerAndLog(
  logger: Logger,
  asked: { surface: QuestionSurface; user: string },
  ask: () => Promise<Reply>,
  clock: () => number = () => performance.now(),
): Promise<Reply> {
  const started = clock();
  const reply = await ask();
  if (reply.kind === 'answer') {
    const { answer } = reply;
    const question = questionHash(answer.question);
    const fields: QuestionLogFields = {
      surface: asked.surface,
      user: asked.user,
      question,
      results: answer.answered ? answer.total : 0,
      answered: answer.answered,
      ms: Math.round(clock() - started),
    };
    logger.info('question answered', fields);
    logger.debug('question text', { question, text: answer.question });
  }
  return reply;
}
