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

/**
 * Every pattern `cued` has made. V8 compiles a pattern on its first run (over a text of one encoding,
 * Latin-1 or two-byte) and again to machine code on the next; a cued pattern may never run in
 * the start-up warm-up (its cue in none of its questions), and the first person whose question holds
 * the cue paid for the compile ("weathering" holds "weather", EVERYDAY_ASK's cue: that one compile
 * cost several answers' work; bench/README.md, forty-sixth session).
 */
const CUED_PATTERNS: RegExp[] = [];

/**
 * `pattern`, tried only where the text holds `cueWords` (an alternation, spelt as the pattern spells
 * them). Made once, at module level: every call joins CUED_PATTERNS for good.
 */
export function cued(pattern: RegExp, cueWords: string): CuedPattern {
  CUED_PATTERNS.push(pattern);
  return { pattern, cue: new RegExp(cueWords, pattern.flags.replace('g', '')) };
}

/**
 * One step per cued pattern, each running it twice over a short text, so V8 has compiled it to
 * machine code before people's questions (CUED_PATTERNS): the start-up warm-up takes a step a turn,
 * as compiling the larger ones holds the event loop. A Latin-1 text: a two-byte one (a question
 * typed with "’") is compiled for apart, by every pattern alike, and is left to the first such question.
 */
export function compilingCuedPatterns(): (() => void)[] {
  return CUED_PATTERNS.map((pattern) => () => {
    for (let run = 0; run < 2; run++) 'a'.replace(pattern, '');
  });
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
