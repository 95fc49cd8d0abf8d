// The collections a library has: the folders of its report files, served or not (a collection
// whose only report is broken still exists, and a channel may name it).

import { collectionsOf } from '../reports/collections.js';
import type { Library } from './library.js';

export function libraryCollections(library: Library): string[] {
  return collectionsOf([...library.reports.map((report) => report.file), ...library.errors.map((error) => error.file)]);
}
