// Which collections a channel (or the terminal's --collection) sees, in words, for status replies.

/** Where a scoped status's reports are from, e.g. "from the collections marketing, shared and the top level". */
export function collectionsText(collections: readonly string[]): string {
  if (collections.length === 0) return 'from the top level only (no collection)';
  return `from ${collections.length === 1 ? 'the collection' : 'the collections'} ${collections.join(', ')} and the top level`;
}
