// A run of characters, each read only where whitespace and a given word do not follow it (the rest
// of a clause, up to "and" or a question word). Looked ahead from each character, a run of n spaces
// was read to its end n times over: "thanks for", 1,000 spaces and a word took a millisecond at the
// question's cut, four times as long with each doubling. Here the look ahead is made at the run's
// first character only.

/**
 * RegExp source for `(?:(?!\s+(?:${word})\b)${char})*` (lazy with `lazy`): the same strings, tried in
 * the same order. `char` matches one character. After the first character read, one after
 * whitespace the run read stands in the same whitespace run as it (the same end, the same word
 * after it), or after that run's end, where no whitespace starts: its look ahead reads as the last
 * one did, which let it in, so it is not made again.
 */
export function charsNotBefore(word: string, char: string, lazy = false): string {
  const lookedAhead = String.raw`(?:(?!\s+(?:${word})\b)${char})`;
  // One way through each character (after whitespace, or else looked ahead from), so that a match
  // failing after a run is not tried again by the other way through each of its characters.
  const inRun = String.raw`(?:(?:(?<=\s)|(?<!\s)(?!\s+(?:${word})\b))${char})`;
  return lazy ? `(?:${lookedAhead}${inRun}*?)??` : `(?:${lookedAhead}${inRun}*)?`;
}
