// A pattern read over every question (chat's wrapping, a ranking asked) tried only where the text
// holds its cue: words one of which every match of the pattern holds, or its look-arounds need. Most
// questions hold none of its words; the cue (literal words, no word boundary to check at each
// position) costs a fraction of the pattern's scan. Where the cue is not found the pattern matches
// nothing, so the reading is the same either way; a word a pattern gains must join its cue (the
// pattern's tests then fail until it does: test/search/cuedPattern.test.ts).

export interface CuedPattern {
  /** The pattern, global, as String.replace and String.search read it. */
  readonly pattern: RegExp;
  /** Found wherever `pattern` matches, read with its flags (its case folding); null: always tried. */
  readonly cue: RegExp | null;
}

/** `pattern`, tried only where the text holds `cueWords` (an alternation, spelt as the pattern spells them). */
export function cued(pattern: RegExp, cueWords: string): CuedPattern {
  return { pattern, cue: new RegExp(cueWords, pattern.flags.replace('g', '')) };
}

/** `pattern`, always tried (a pattern anchored at the message's start, or one no cue makes cheaper). */
export function uncued(pattern: RegExp): CuedPattern {
  return { pattern, cue: null };
}

/** Whether the pattern matches the text (its cue read first). */
export function foundIn(text: string, { pattern, cue }: CuedPattern): boolean {
  return (cue === null || cue.test(text)) && text.search(pattern) !== -1;
}

/** The text with the pattern's matches replaced (its cue read first). */
export function replacedIn(text: string, { pattern, cue }: CuedPattern, replacement: string): string {
  return cue === null || cue.test(text) ? text.replace(pattern, replacement) : text;
}
