// Questions have a length limit: longer ones are cut (on a character boundary) and the person is
// told. Nobody asks in more than 1,000 characters; a pasted document would only slow the search.

export const MAX_QUESTION_LENGTH = 1000;

export interface LimitedQuestion {
  question: string;
  /** Set when the question was cut: a note for the person who asked. */
  note?: string;
}

export function limitQuestion(question: string, max = MAX_QUESTION_LENGTH): LimitedQuestion {
  const trimmed = question.trim();
  if (trimmed.length <= max) return { question: trimmed };
  // Segmenting the whole text costs time and memory that grow faster than its length (V8 keeps
  // a copy of the input per segment). Whether a boundary falls at position p depends only on
  // the text before p and the character at p, so segmenting the first max + 2 code units (the
  // character at max included, even a surrogate pair) finds every boundary up to max.
  const head = trimmed.slice(0, max + 2);
  let end = 0;
  for (const { index, segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(head)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return { question: trimmed.slice(0, end), note: `Your question was cut to its first ${max} characters.` };
}
