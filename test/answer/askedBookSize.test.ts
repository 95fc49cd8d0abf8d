import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { searchedClaims } from '../../eval/evaluate.js';
import { askedAnswerKinds, givesAnswerKind } from '../../src/answer/askedAnswerKind.js';
import { answerFeatures } from '../../src/answer/answerability.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';

describe("a book's size, asked and given", () => {
  // Held-out 62's "How many plays are in it, and how thick is the book?" was declined: a figure was
  // read for "how thick", and "The volume runs to roughly 900 pages" gives none.
  it("reads a book's thickness, length or size asked as its size in pages, no figure, length or duration", () => {
    expect(askedAnswerKinds('How many plays are in it, and how thick is the book?')).toEqual(['count', 'bookSize']);
    for (const question of ['how thick is the book?', 'How long is the novel?', 'how big was the first printed dictionary?', 'How long are the Harry Potter books?'])
      expect(askedAnswerKinds(question), question).toEqual(['bookSize']);
  });

  it("reads no book's size where the size is asked of another thing or a time", () => {
    for (const [question, kinds] of [
      ["How long is the book's preface?", ['lengthOrDuration']],
      ['how long did the book take to write?', ['duration']],
      ['How thick is the ice sheet?', ['figure']],
      ['How long is the bridge?', ['lengthOrDuration']],
    ] as const)
      expect(askedAnswerKinds(question), question).toEqual(kinds);
  });

  // review64 (SHOULD 9): a book's noun with the clause going on after it read a book's size and took
  // the question's words from the other kinds: "how long was the diary kept?" lost its duration.
  it("reads no book's size where the clause goes on past the book's noun: another noun, or a time asked of the book", () => {
    for (const [question, kinds] of [
      ['How long is the novel coronavirus incubation period?', ['lengthOrDuration']],
      ['how long was the diary kept?', ['duration']],
      ['how long was the book banned in Ireland?', ['lengthOrDuration']],
      ['how long was the book in print?', ['lengthOrDuration']],
      ['How big is the volume of water in the reservoir?', []],
      ['how long is the book in pages?', ['bookSize']],
      ['how big were the volumes, roughly?', ['bookSize']],
    ] as const)
      expect(askedAnswerKinds(question), question).toEqual(kinds);
  });

  it("reads a book's size given by its pages, words or volumes, not by another number", () => {
    for (const text of ['The volume runs to roughly 900 pages and contains 36 plays.', 'The first fascicle ran to 352 pages.', 'a 352-page fascicle', 'roughly 2 million words of Latin', 'The second edition filled 20 volumes.', 'It ran to nine hundred pages.'])
      expect(givesAnswerKind(text, 'bookSize'), text).toBe(true);
    for (const text of ['The Folio contains 36 of the plays.', 'It was printed in 1623.', 'The sheets measured 13 inches tall.'])
      expect(givesAnswerKind(text, 'bookSize'), text).toBe(false);
  });

  it("reads the book's size given for the Folio question on held-out 62's reports", async () => {
    const library = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout62/reports/', import.meta.url))));
    const { text, typed, found } = searchedClaims(library, 'How many plays are in it, and how thick is the book?');
    expect(answerFeatures(library, text, found, typed)?.answerKindMissing).toBe(0);
  });
});
