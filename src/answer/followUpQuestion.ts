// A reply in a conversation is often a follow-up that only makes sense with the question before
// it ("and in winter?", "what about costs?"). Such a short reply is asked together with the
// conversation's first question; a reply that says enough on its own is asked as it is.

import { leavesNoWords } from '../search/chatQuestion.js';
import { parseQuery } from '../search/parseQuery.js';
import { termsOf } from '../search/termsOf.js';
import { parseRequest } from './parseRequest.js';

/** A reply with at most this many searchable words is a follow-up, not a question of its own. */
export const MAX_FOLLOW_UP_WORDS = 3;
/**
 * Longer replies, as typed (markup included), are questions of their own whatever their words, and
 * are not tokenized here: a follow-up is a few words ("and in winter?").
 */
const MAX_FOLLOW_UP_LENGTH = 200;

/**
 * The text to answer for `reply`, given the first question of its conversation (if any). `help`,
 * `list` and the like are never combined; filters and phrases in either part are kept.
 */
export function followUpQuestion(firstQuestion: string | undefined, reply: string): string {
  const text = reply.trim();
  const first = firstQuestion?.trim();
  if (!first || parseRequest(text).kind !== 'ask' || parseRequest(first).kind !== 'ask') return text;
  if (text.length > MAX_FOLLOW_UP_LENGTH || searchableWords(text) > MAX_FOLLOW_UP_WORDS) return text;
  // A reply that asks nothing ("ok cool", "thanks!", "sounds good 👍") is no follow-up: joined to the
  // first question, it would ask that again and be answered twice.
  if (leavesNoWords(text)) return text;
  return `${first} ${text}`;
}

function searchableWords(text: string): number {
  return termsOf(parseQuery(text).text).length;
}
