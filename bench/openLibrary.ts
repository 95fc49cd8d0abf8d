// Opens a reports folder as a ready Library the way the bot does at start; the benchmark times it.

import { libraryConfigFromEnv } from '../src/config.js';
import { Library } from '../src/library/library.js';
import { loadLibrary } from '../src/library/loadLibrary.js';

export async function openLibrary(dir: string): Promise<Library> {
  const library = new Library();
  await loadLibrary(library, dir, { cacheDir: libraryConfigFromEnv(process.env).reportCacheDir }).done;
  return library;
}
