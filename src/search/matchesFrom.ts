// Every place a global pattern matches in a text, and the first of them at or after a place. A
// reading asking "the next match after here" from many places (each auxiliary of a message) reads
// the text once here, where a look ahead from each place reads it again each time: over a long run
// of such places, in time growing with their square.

/**
 * Each match of `pattern` in `text`, in order of index, from every index it matches at: a match
 * starting inside the one before it is kept (matchesOf steps past each match). `pattern` must be
 * global and match no empty string.
 */
export function overlappingMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`overlappingMatches needs a global pattern: ${String(pattern)}`);
  const matches: RegExpExecArray[] = [];
  try {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      matches.push(match);
      pattern.lastIndex = match.index + 1;
    }
  } finally {
    pattern.lastIndex = 0;
  }
  return matches;
}

/** How many of `ascending` are below `bound`, by halving. */
export function countBelow(ascending: readonly number[], bound: number): number {
  let [low, high] = [0, ascending.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ascending[middle] as number) < bound) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The first of `matches` (in order of index, as overlappingMatches gives them) starting at or after `from`. */
export function firstMatchFrom(matches: readonly RegExpExecArray[], from: number): RegExpExecArray | undefined {
  let [low, high] = [0, matches.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((matches[middle] as RegExpExecArray).index < from) low = middle + 1;
    else high = middle;
  }
  return matches[low];
}
