// The Levenshtein distance of two strings: the fewest letters inserted, deleted or replaced to
// make one the other. Read by the swapped-letter reading (swappedLetters.ts: whether the typo
// matching already reaches the word meant) and by `npm run ask` (askArguments.ts: the option a
// mistyped one was near).

/** The Levenshtein distance of `a` and `b`, in code units, one row of the table kept. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}
