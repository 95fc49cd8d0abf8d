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

/** How many of the first `length` places are below what is sought, by halving: `isBelow` is true of a prefix of them. */
function placesBelow(length: number, isBelow: (place: number) => boolean): number {
  let [low, high] = [0, length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (isBelow(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** How many of `ascending` are below `bound`. */
export function countBelow(ascending: readonly number[], bound: number): number {
  return placesBelow(ascending.length, (place) => (ascending[place] as number) < bound);
}

/** The first of `matches` (in order of index, as overlappingMatches gives them) starting at or after `from`. */
export function firstMatchFrom(matches: readonly RegExpExecArray[], from: number): RegExpExecArray | undefined {
  return matches[placesBelow(matches.length, (place) => (matches[place] as RegExpExecArray).index < from)];
}
