// Where the tests find reports: the bundled ones (loaded through the real loader and index) and
// the parser fixtures.

import { fileURLToPath } from 'node:url';
import { loadReports } from '../../src/reports/loadReports.js';
import { Library } from '../../src/library/library.js';

export const BUNDLED_REPORTS = fileURLToPath(new URL('../../reports/', import.meta.url));
export const FIXTURE_REPORTS = fileURLToPath(new URL('../fixtures/reports/', import.meta.url));
/** One report with a claim for each kind of evidence support (see its README). */
export const EVIDENCE_FIXTURES = fileURLToPath(new URL('../fixtures/evidence/', import.meta.url));
/** Reports in collections (subfolders), each claim about a budget (see its README). */
export const COLLECTION_FIXTURES = fileURLToPath(new URL('../fixtures/collections/', import.meta.url));

export async function bundledLibrary(): Promise<Library> {
  return Library.from(await loadReports(BUNDLED_REPORTS));
}
