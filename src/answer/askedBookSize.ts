// A book's size asked ("how thick is the book?", "how long is the novel?", "how big was the
// dictionary?") and given (its pages, words or volumes: "runs to roughly 900 pages", "a 352-page
// fascicle", "20 volumes"), for the kinds of answer (askedAnswerKind.ts). A claim gives a book's
// thickness or length by its pages, never in a unit of length or of time, so the figure, the
// length or the duration "how thick / how long" asks elsewhere is not what is asked of a book.

import { BE_FORMS, oneOf } from '../search/auxiliaryVerbs.js';
import { DETERMINERS } from '../search/determiners.js';
import { CARDINAL_WORDS, MAGNITUDE_WORDS } from './quantityWords.js';

/** Written works whose size is their pages: a book and its kinds, not a report or a document, whose length is as often a time (a hearing's report, a meeting's minutes). */
const BOOK_NOUNS: readonly string[] = ['book', 'volume', 'novel', 'manuscript', 'tome', 'folio', 'bible', 'dictionary', 'encyclop(?:a|ae)dia', 'codex', 'diary', 'memoir', 'biography', 'autobiography', 'textbook', 'cookbook', 'anthology'];

/**
 * "How thick / long / big / large (is / was…) the (first printed) book": the size words, a form of
 * be, a determiner and up to two words before the book's noun (BOOK_NOUNS), singular or plural, at
 * its clause's end or before "in pages / words" ("how long is the book's preface?" asks of the
 * preface). Not where the clause goes on: the noun before another ("how long is the novel
 * coronavirus incubation period?", "how big is the volume of water…?") or a time asked of the book
 * ("how long was the diary kept?", "…the book banned / in print?").
 */
export const BOOK_SIZE_ASKED = new RegExp(
  String.raw`\bhow\s+(?:thick|long|big|large|hefty)\s+${oneOf(BE_FORMS)}\s+(?:${oneOf(DETERMINERS)}\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}?${oneOf(BOOK_NOUNS)}s?\b(?!['’-])(?=\s*(?:[?.!,;:)]|$)|\s+in\s+(?:pages|words)\b)`,
  'iu',
);
/** Every book's size asked, to take its words out of the question for the other kinds (askedAnswerKind.ts). */
const EVERY_BOOK_SIZE_ASKED = new RegExp(BOOK_SIZE_ASKED.source, 'giu');

/** A number of pages, words or volumes: "900 pages", "roughly 900 pages", "a 352-page", "2 million words", "twenty volumes". */
const BOOK_SIZE_GIVEN = new RegExp(
  String.raw`(?:\b\d[\d,.]*|\b${CARDINAL_WORDS})(?:\s+${MAGNITUDE_WORDS})?(?:\s+|-)(?:pages?|words|volumes)\b`,
  'iu',
);

/** The question with each book's size asked (BOOK_SIZE_ASKED) blanked: what the other kinds are read in. */
export function withoutBookSizeAsked(question: string): string {
  return question.replace(EVERY_BOOK_SIZE_ASKED, (asked) => ' '.repeat(asked.length));
}

/** Whether the text gives a book's size: its pages, words or volumes (BOOK_SIZE_GIVEN). */
export function givesBookSize(text: string): boolean {
  return BOOK_SIZE_GIVEN.test(text);
}
