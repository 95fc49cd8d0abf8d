// How the readings of a question (askedAnswerKind.ts and the modules it reads, the wh-phrases of
// askedThing.ts and askedSpeaker.ts) find a clause: a word opening the question or one of its
// clauses, and a reading tried one clause at a time.

import { matchesOf } from '../search/matchesOf.js';

/**
 * A lookbehind that the word opens the question or a clause of it: the text's start or a stop, a
 * colon, a semicolon or a comma (`orAfter` adds other openers), then anything not a word ("ok,
 * who…", "Thanks! — who…", ":) who…"). It is read back from each `word` found, so a run of stops
 * is read once.
 */
export function clauseOpening(word: string, orAfter = ''): string {
  return String.raw`(?<=(?:^|[.!?:;,]${orAfter})\W*${word})`;
}

/**
 * What a wh-word opening a clause comes after, read forwards, as a pattern's alternatives: the
 * text's start, a stop, a colon, a semicolon, a comma, a bracket or a dash (and the spaces after
 * it), or "and / but / so" ("…, and what did the minister say?"); not a wh-word inside a clause
 * ("…changed what people bought"). The wh-phrases askedThing.ts and askedSpeaker.ts read open so.
 */
export const BEFORE_OPENING_WH = String.raw`^|[.?!,;:()\u2014\u2013]\s*|\b(?:and|but|so)\s+`;

/**
 * "who" asking, not describing someone: opening the question or a clause of it (BEFORE_OPENING_WH:
 * "…, and who bought them?", "so who actually owns…") or asked of another ("anyone know who owns…",
 * "tell me who bought…"); not "the businessman who bought into…", "the guy who steered the sled".
 */
export const WHO_ASKING = String.raw`(?:${BEFORE_OPENING_WH}|\b(?:know|tell\s+(?:me|us)|wonder(?:ing)?|remind\s+me)\s+)who`;

/**
 * Whether any clause of the question (split at "?", "." and "!") asks so. Read one clause at a time,
 * a reading of two parts costs the text's length: one pattern scanning to the clause's end from
 * every position cost its square (bench/README.md, bench/longReadings.ts). Only the
 * clauses with words are read: a run of stops is no run of empty clauses (an empty clause asks
 * nothing), which a split made one string each.
 */
export function anyClause(asks: (clause: string) => boolean): { test(question: string): boolean } {
  return {
    test: (question) => {
      for (const [clause] of matchesOf(question, CLAUSE)) if (asks(clause)) return true;
      return false;
    },
  };
}
const CLAUSE = /[^?.!]+/g;

/**
 * A clause reading of two parts in order: `first`, then `after` anywhere after it in the clause.
 * Read from `first`'s first match, whose rest holds every later one's. `after` must not look
 * behind its match (the clause is cut there), nor may `first` end inside a word.
 */
export function firstThen(first: RegExp, after: RegExp): (clause: string) => boolean {
  const firstOnly = withoutState(first);
  const afterOnly = withoutState(after);
  return (clause) => {
    const found = firstOnly.exec(clause);
    return found !== null && afterOnly.test(clause.slice(found.index + found[0].length));
  };
}

/**
 * A clause reading of a word not followed, anywhere after it in the clause, by another
 * (`notAfter`): read from the word's last match, whose rest is a part of every earlier one's.
 * `notAfter` must not look behind its match (the clause is cut there).
 */
export function lastNotFollowedBy(word: RegExp, notAfter: RegExp): (clause: string) => boolean {
  const everyWord = new RegExp(word.source, `${withoutState(word).flags}g`);
  const notAfterOnly = withoutState(notAfter);
  return (clause) => {
    let end = -1;
    for (const found of matchesOf(clause, everyWord)) end = found.index + found[0].length;
    return end >= 0 && !notAfterOnly.test(clause.slice(end));
  };
}

/**
 * The pattern without the `g` and `y` flags, which the readings above drop: `exec` and `test` on a
 * pattern that has them start at its `lastIndex`, left by the call before, and each part is looked
 * for anywhere in its text.
 */
function withoutState(pattern: RegExp): RegExp {
  return pattern.global || pattern.sticky ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')) : pattern;
}
