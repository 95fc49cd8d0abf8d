// `report:` or `perspective:` with nothing after it (a value forgotten, or a space after the colon)
// is no word to search for: written as an empty filter (`report:""`), parseQuery says what it needs.

const EMPTY_FILTER = /(^|\s)(report|perspective):(?=\s|$)/gi;

export function markEmptyFilters(question: string): string {
  return question.replace(EMPTY_FILTER, '$1$2:""');
}
