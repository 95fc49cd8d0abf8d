// Collections: the subfolders of the reports folder. A report's collection is the folder path its
// file sits in (`marketing/q3-survey.md` is in `marketing`, `marketing/emea/x.md` in
// `marketing/emea`); a file at the top level is in none (""). Its id is its path without `.md`, so
// ids are unique across collections by construction.

/** The collection of a report file or report id, `/`-separated; "" at the top level. */
export function collectionOf(fileOrId: string): string {
  const path = fileOrId.replace(/\\/g, '/');
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** Whether `collection` is `outer` or inside it (`marketing/emea` is inside `marketing`). */
export function isWithin(collection: string, outer: string): boolean {
  return collection === outer || collection.startsWith(`${outer}/`);
}

/** The collection names of a set of report files (or ids), each with those that contain it, sorted. */
export function collectionsOf(filesOrIds: Iterable<string>): string[] {
  const names = new Set<string>();
  for (const file of filesOrIds) {
    // `a/b/c.md` makes both `a/b` and `a` collections: a channel may name either.
    for (let collection = collectionOf(file); collection !== ''; collection = collectionOf(collection)) names.add(collection);
  }
  return [...names].sort();
}
