// How a question is read before anything is searched: cut to the length limit, its chat wrapping
// dropped for the search, and kept as typed for what reads how it asks. One place, so that the
// bot and the eval tools that rank, fit and explain its answers read every question the same way.

import type { LibraryView } from '../library/libraryView.js';
import { chatQuestion, plainQuestion } from '../search/chatQuestion.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import { normalizeTerm } from '../search/normalizeTerm.js';
import { parseQuery, type ParsedQuery } from '../search/parseQuery.js';
import { withSwapsUndone } from '../search/swappedLetters.js';
import { withInitialsSpelledOut, type NamesWritten } from '../search/initialsOfNames.js';
import { besideTopic, withClippingsCompleted, type WordsByStart } from '../search/clippedWords.js';
import { tokenize } from '../search/tokenize.js';
import { evidenceText } from '../search/claimDocument.js';
import { askedMention } from './askedMention.js';
import { EVERYDAY_WEIGHT, isEveryday } from './everydayWords.js';
import { limitQuestion } from './limitQuestion.js';
import { withSuperlativeNamesWritten } from './superlativeNames.js';

export interface ReadQuestion {
  /** The question as asked, trimmed and cut to MAX_QUESTION_LENGTH: what the answer repeats. */
  question: string;
  /** Set when the question was cut: a note for the person who asked. */
  note?: string;
  /**
   * What is searched: the question without its chat wrapping (chatQuestion), as words, phrases and
   * filters; a name typed as its initials written as the name (initialsOfNames.ts); a word typed
   * with two letters swapped written as the word meant (swappedLetters.ts); a word clipped as chat
   * clips it as the reports' word it starts (clippedWords.ts).
   */
  query: ParsedQuery;
  /**
   * query.text as the person typed it, swapped letters and all: what a hint quotes back to them and
   * the words it counts as typed (suggestNext.ts).
   */
  queryAsTyped: string;
  /**
   * The question as typed, without Slack's markup (plainQuestion), a name opening with a
   * superlative written as the claims write it (superlativeNames.ts): what the reranker and the
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
  // A name opening with a superlative typed in lower case is written as the claims write it: it
  // ranks nothing.
  const plain = plainQuestion(limited.question);
  const typed = library ? withSuperlativeNamesWritten(plain, library) : plain;
  // A question browsing the reports for a thing ("do any of the reports mention Utah?") is searched
  // for the thing alone: the claims naming it, not those sharing "reports" or "mention". After
  // "about" (a stop word, not searched), as it stood inside the question: a capitalised first
  // word of it is still read as a name ("Mars" is no typo of "markets"; answerability.ts).
  const mention = askedMention(typed);
  const query = parseQuery(chatQuestion(mention === null ? limited.question : `about ${mention.thing}`));
  const searched = library ? { ...query, text: meantText(query.text, wordsSeenIn(library)) } : query;
  return { ...limited, query: searched, queryAsTyped: query.text, typed };
}

/** The searched text with its names' initials spelled out, its swapped letters undone and its clippings completed; as it is without WordNet or when WordNet fails. */
function meantText(text: string, index: WordsByStart & NamesWritten): string {
  const reader = sharedWordNet();
  if (reader === null) return text;
  try {
    // A clipping is read by the question's topic words as the coverage weighs them (everydayWords.ts).
    const topicWeight = (word: string): number => (isEveryday(reader, word) ? EVERYDAY_WEIGHT : 1);
    return withClippingsCompleted(withSwapsUndone(withInitialsSpelledOut(text, reader, index), reader, index), reader, index, topicWeight);
  } catch {
    return text;
  }
}

/**
 * The words of the claims the view serves. In a scope (a channel's collections) the index counts
 * every collection's claims, so a word or a key is the scope's only when a claim it sees has the
 * key: no question is read by what a report the channel cannot see says. That is a search, so
 * swappedLetters.ts asks it only of words WordNet lacks, and clippedWords.ts only of a word WordNet
 * and the claims lack. On the public API (no claim's keys) a scope has none of them, and its
 * questions are read as typed.
 */
function wordsSeenIn(library: LibraryView): WordsByStart & NamesWritten {
  const { index } = library;
  const inIndex = (word: string): string | null => {
    const term = normalizeTerm(word);
    return term !== null && index.claimsWith(term) > 0 ? term : null;
  };
  // Whether a claim the scope sees has the key: a search for the word, kept to claims with the key.
  // No word counted as common, so no claim with the word is skipped unscored (prunedSearch.ts);
  // not `exhaustive`, which is MiniSearch's own, slower search.
  const seen = (word: string, key: string): boolean => index.search(word, (id) => index.keysOfClaim(id)?.has(key) === true, { limit: 1, commonShare: 1 }).length > 0;
  const everyKeyStartingWith = (start: string): string[] => [...(index.termsNear(start, false, true) ?? [])].filter((key) => key !== start);
  const writtenAs = (key: string, context: ReadonlyMap<string, number>): string | null => wordWritten(library, key, context);
  const writes = (name: readonly string[]): boolean => nameWritten(library, name);
  if (library.scope === 'all') return { has: (word) => inIndex(word) !== null, keysStartingWith: everyKeyStartingWith, writtenAs, writes };
  return {
    has: (word) => {
      const term = inIndex(word);
      return term !== null && seen(word, term);
    },
    // A key only reports the channel cannot see have neither completes a clipping nor keeps one as
    // typed. Two are as many as clippedWords.ts tells apart (it leaves a word starting two as typed).
    keysStartingWith: (start) => {
      const keys: string[] = [];
      for (const key of everyKeyStartingWith(start)) {
        if (seen(key, key)) keys.push(key);
        if (keys.length === 2) break;
      }
      return keys;
    },
    writtenAs,
    writes,
  };
}

/**
 * Whether a claim the view serves writes the name (its words, lower case) in a row, in its text or
 * evidence: asked only of a name a question's initials stand for (initialsOfNames.ts).
 */
function nameWritten(library: LibraryView, name: readonly string[]): boolean {
  const { index } = library;
  const keys = name.flatMap((word) => normalizeTerm(word) ?? []);
  const hasEveryKey = (id: string): boolean => {
    const claimKeys = index.keysOfClaim(id);
    return claimKeys !== undefined && keys.every((key) => claimKeys.has(key));
  };
  for (const { id } of index.search(name.join(' '), hasEveryKey, { limit: CLAIMS_READ, commonShare: 1 })) {
    const claim = library.claim(id);
    if (claim === undefined) continue;
    for (const text of [claim.text, evidenceText(claim)]) {
      const words = tokenize(text).map((word) => word.toLowerCase());
      for (let start = 0; start + name.length <= words.length; start++) {
        if (name.every((word, i) => words[start + i] === word)) return true;
      }
    }
  }
  return false;
}

/**
 * How a claim the view serves writes the index key `key` (folded), among the claims with the key
 * beside the question's topic (besideTopic, by `context`); null when none is.
 */
function wordWritten(library: LibraryView, key: string, context: ReadonlyMap<string, number>): string | null {
  const { index } = library;
  for (const { id } of index.search(key, undefined, { limit: CLAIMS_READ, commonShare: 1 })) {
    const keys = index.keysOfClaim(id);
    const claim = library.claim(id);
    if (claim === undefined || keys === undefined || !keys.has(key) || !besideTopic(keys, context)) continue;
    for (const word of [...tokenize(claim.text), ...tokenize(evidenceText(claim))]) {
      if (normalizeTerm(word) === key) return word.toLowerCase();
    }
  }
  return null;
}

/** Claims with a key read for another word of the question (and how they write the key). */
const CLAIMS_READ = 50;
