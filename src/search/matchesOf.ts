// Every match of a global pattern in a text, read with the pattern's own `exec`: what
// `String.prototype.matchAll` yields, without the copy of the pattern matchAll makes (the language
// asks for a copy, and V8 initializes each one, which on a short question costs more than the
// matching itself).

/**
 * Each match of `pattern` in `text`, in order, as `text.matchAll(pattern)` yields them (an empty
 * match steps on by one character, a whole code point with the `u` flag). The pattern must be
 * global, as matchAll asks. Its `lastIndex` is set before each `exec` and put back to 0 when the
 * matches end or the loop leaves early, so the loop's body may read with the same pattern again (a
 * nested or recursive reading) and a later `test` or `exec` starts from the text's beginning.
 */
export function* matchesOf(text: string, pattern: RegExp): Generator<RegExpExecArray, void, undefined> {
  if (!pattern.global) throw new TypeError(`matchesOf needs a global pattern: ${String(pattern)}`);
  let from = 0;
  try {
    for (;;) {
      pattern.lastIndex = from;
      const match = pattern.exec(text);
      if (match === null) return;
      from = pattern.lastIndex;
      if (match[0] === '') from += pattern.unicode && (text.codePointAt(from) ?? 0) > 0xffff ? 2 : 1;
      yield match;
    }
  } finally {
    pattern.lastIndex = 0;
  }
}
