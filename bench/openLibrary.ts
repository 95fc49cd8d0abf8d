// Opens a reports folder as a ready Library the way the bot does at start; the benchmark times it.

import { loadReports } from '../src/reports/loadReports.js';
import { Library } from '../src/search/library.js';

export async function openLibrary(dir: string): Promise<Library> {
  return Library.from(await loadReports(dir));
}
