// How the readings of a question (askedAnswerKind.ts and the modules it reads) find a clause: a word
// opening the question or one of its clauses, and a reading tried one clause at a time.

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
 * Whether any clause of the question (split at "?", "." and "!") asks so. Read one clause at a time,
 * a reading of two parts costs the text's length: one pattern scanning to the clause's end from
 * every position cost its square (a 40,000-character message with no stop took a second).
 */
export function anyClause(asks: (clause: string) => boolean): { test(question: string): boolean } {
  return { test: (question) => question.split(CLAUSE_STOP).some(asks) };
}
const CLAUSE_STOP = /[?.!]/;
