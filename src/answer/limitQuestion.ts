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
  const cut = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(trimmed)];
  let text = '';
  for (const { segment } of cut) {
    if (text.length + segment.length > max) break;
    text += segment;
  }
  return { question: text, note: `Your question was cut to its first ${max} characters.` };
}
