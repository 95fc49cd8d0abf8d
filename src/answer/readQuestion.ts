// How a question is read before anything is searched: cut to the length limit, its chat wrapping
// dropped for the search, and kept as typed for what reads how it asks. One place, so that the
// bot and the eval tools that rank, fit and explain its answers read every question the same way.

import type { LibraryView } from '../library/libraryView.js';
import { chatQuestion, plainQuestion } from '../search/chatQuestion.js';
import { sharedWordNet } from '../search/expandQuestion.js';
import { normalizeTerm } from '../search/normalizeTerm.js';
import { parseQuery, type ParsedQuery } from '../search/parseQuery.js';
import { withSwapsUndone } from '../search/swappedLetters.js';
import { withClippingsCompleted, type WordsByStart } from '../search/clippedWords.js';
import { tokenize } from '../search/tokenize.js';
import { evidenceText } from '../search/claimDocument.js';
import { limitQuestion } from './limitQuestion.js';

export interface ReadQuestion {
  /** The question as asked, trimmed and cut to MAX_QUESTION_LENGTH: what the answer repeats. */
  question: string;
  /** Set when the question was cut: a note for the person who asked. */
  note?: string;
  /**
   * What is searched: the question without its chat wrapping (chatQuestion), as words, phrases and
   * filters; a word typed with two letters swapped written as the word meant (swappedLetters.ts),
   * a word clipped as chat clips it as the reports' word it starts (clippedWords.ts).
   */
  query: ParsedQuery;
  /**
   * query.text as the person typed it, swapped letters and all: what a hint quotes back to them and
   * the words it counts as typed (suggestNext.ts).
   */
  queryAsTyped: string;
  /**
   * The question as typed, without Slack's markup (plainQuestion): what the reranker and the
   * "no answer" decision read for how it asks (a number, a price, a date, advice), which is often
   * in the filler the search leaves out ("the stat on…").
   */
  typed: string;
}

/**
 * `library`, the view the question is asked of: a word typed with two letters swapped that the
 * claims it serves lack is searched as the word meant that they have (swappedLetters.ts), and a
 * clipped word ("bupe") as the one word of theirs it starts (clippedWords.ts), as if typed so.
 * null: every word as typed (what no caller that answers as the bot does should pass).
 */
export function readQuestion(asked: string, library: LibraryView | null): ReadQuestion {
  const limited = limitQuestion(asked);
  const query = parseQuery(chatQuestion(limited.question));
  const searched = library ? { ...query, text: meantText(query.text, wordsSeenIn(library)) } : query;
  return { ...limited, query: searched, queryAsTyped: query.text, typed: plainQuestion(limited.question) };
}

/** The searched text with its swapped letters undone and its clippings completed; as it is without WordNet or when WordNet fails. */
function meantText(text: string, index: WordsByStart): string {
  const reader = sharedWordNet();
  if (reader === null) return text;
  try {
    return withClippingsCompleted(withSwapsUndone(text, reader, index), reader, index);
  } catch {
    return text;
  }
}

/**
 * The words of the claims the view serves. In a scope (a channel's collections) the index counts
 * every collection's claims, so a word is the scope's only when a claim it sees has the word's
 * key: no question is read by what a report the channel cannot see says. That is a search, so
 * swappedLetters.ts asks it only of words WordNet lacks. The keys a clipping starts are the
 * index's, every collection's: in a scope a clipping is read as a word only when that key is the
 * index's only one starting so and a claim the scope sees writes it (clippedWords.ts asks only of
 * a word WordNet and the claims lack). On the public API (no claim's keys) a scope has none of
 * them, and its questions are read as typed.
 */
function wordsSeenIn(library: LibraryView): WordsByStart {
  const { index } = library;
  const inIndex = (word: string): string | null => {
    const term = normalizeTerm(word);
    return term !== null && index.claimsWith(term) > 0 ? term : null;
  };
  const byStart = {
    keysStartingWith: (start: string): string[] => [...(index.termsNear(start, false, true) ?? [])].filter((key) => key !== start),
    writtenAs: (key: string, context: readonly string[]): string | null => wordWritten(library, key, context),
  };
  if (library.scope === 'all') return { has: (word) => inIndex(word) !== null, ...byStart };
  return {
    ...byStart,
    has: (word) => {
      const term = inIndex(word);
      const hasTerm = (id: string): boolean => index.keysOfClaim(id)?.has(term ?? '') === true;
      // No word counted as common, so no claim with the word is skipped unscored (prunedSearch.ts);
      // not `exhaustive`, which is MiniSearch's own, slower search.
      return term !== null && index.search(word, hasTerm, { limit: 1, commonShare: 1 }).length > 0;
    },
  };
}

/**
 * How a claim the view serves writes the index key `key` (folded), among the claims with the key
 * that also have one of the `context` keys; null when none does.
 */
function wordWritten(library: LibraryView, key: string, context: readonly string[]): string | null {
  const { index } = library;
  for (const { id } of index.search(key, undefined, { limit: CLAIMS_READ, commonShare: 1 })) {
    const keys = index.keysOfClaim(id);
    const claim = library.claim(id);
    if (claim === undefined || keys === undefined || !keys.has(key) || !context.some((other) => keys.has(other))) continue;
    for (const word of [...tokenize(claim.text), ...tokenize(evidenceText(claim))]) {
      if (normalizeTerm(word) === key) return word.toLowerCase();
    }
  }
  return null;
}

/** Claims with a key read for another word of the question (and how they write the key). */
const CLAIMS_READ = 50;
