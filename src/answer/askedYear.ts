// The years a question names ("How many members did Chess.com have in 2019?", "What caused the
// 2008 cable cuts…?"). A question about one year is about what a claim on the same thing says of
// that year: a claim stating another year, or none, shares the topic and the words, not the
// answer (eval/README.md, seventeenth session).

/** A year as questions and claims write one: four digits from 1800 to 2099, not part of a longer number or word ("2020s" is no year here). */
const YEAR = /\b(?:1[89]\d\d|20\d\d)\b/g;

/** The distinct years `text` names, in the order it names them. */
export function namedYears(text: string): string[] {
  return [...new Set(text.match(YEAR) ?? [])];
}

/** Whether `text` (a claim's text and evidence) states every year of `years`. */
export function statesYears(text: string, years: readonly string[]): boolean {
  if (years.length === 0) return true;
  const stated = new Set(namedYears(text));
  return years.every((year) => stated.has(year));
}
