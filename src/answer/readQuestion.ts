// How a question is read before anything is searched: cut to the length limit, its chat wrapping
// dropped for the search, and kept as typed for what reads how it asks. One place, so that the
// bot and the eval tools that rank, fit and explain its answers read every question the same way.

import { chatQuestion, plainQuestion } from '../search/chatQuestion.js';
import { sharedWordNet } from '../search/expandQuestion.js';
import { parseQuery, type ParsedQuery } from '../search/parseQuery.js';
import { withSwapsUndone, type IndexedWords } from '../search/swappedLetters.js';
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

/**
 * `index`, the library's: a word typed with two letters swapped that its claims lack is searched
 * as the word meant that they have (swappedLetters.ts), as if typed so; without it, as typed.
 */
export function readQuestion(asked: string, index?: IndexedWords): ReadQuestion {
  const limited = limitQuestion(asked);
  const query = parseQuery(chatQuestion(limited.question));
  return { ...limited, query: index ? { ...query, text: meantText(query.text, index) } : query, typed: plainQuestion(limited.question) };
}

/** The searched text with its swapped letters undone; as it is without WordNet or when WordNet fails. */
function meantText(text: string, index: IndexedWords): string {
  const reader = sharedWordNet();
  if (reader === null) return text;
  try {
    return withSwapsUndone(text, reader, index);
  } catch {
    return text;
  }
}
