// Opens a reports folder as a ready Library the way the bot does at start, warm-up included
// (src/answer/warmUp.ts: every answer path run once after loading); the benchmark times it.

import { libraryConfigFromEnv } from '../src/config.js';
import { Library } from '../src/library/library.js';
import { loadLibrary } from '../src/library/loadLibrary.js';
import { warmUpSlackAnswers } from '../src/slack/warmUpSlackAnswers.js';

export async function openLibrary(dir: string): Promise<Library> {
  const library = new Library();
  await loadLibrary(library, dir, { cacheDir: libraryConfigFromEnv(process.env).reportCacheDir }).done;
  await warmUpSlackAnswers(library);
  return library;
}
