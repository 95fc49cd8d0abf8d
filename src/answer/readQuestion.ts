// How a question is read before anything is searched: cut to the length limit, its chat wrapping
// dropped for the search, and kept as typed for what reads how it asks. One place, so that the
// bot and the eval tools that rank, fit and explain its answers read every question the same way.

import { chatQuestion, plainQuestion } from '../search/chatQuestion.js';
import { parseQuery, type ParsedQuery } from '../search/parseQuery.js';
import { limitQuestion } from './limitQuestion.js';

export interface ReadQuestion {
  /** The question as asked, trimmed and cut to MAX_QUESTION_LENGTH: what the answer repeats. */
  question: string;
  /** Set when the question was cut: a note for the person who asked. */
  note?: string;
  /** What is searched: the question without its chat wrapping (chatQuestion), as words, phrases and filters. */
  query: ParsedQuery;
  /**
   * The question as typed, without Slack's markup (plainQuestion): what the reranker and the
   * "no answer" decision read for how it asks (a number, a price, a date, advice), which is often
   * in the filler the search leaves out ("the stat on…").
   */
  typed: string;
}

export function readQuestion(asked: string): ReadQuestion {
  const limited = limitQuestion(asked);
  return { ...limited, query: parseQuery(chatQuestion(limited.question)), typed: plainQuestion(limited.question) };
}
