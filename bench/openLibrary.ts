// Opens a reports folder as a ready Library the way the bot does at start, warm-up included
// (src/answer/warmUp.ts: every answer path run once after loading); the benchmark times it.

import { join } from 'node:path';
import { libraryConfigFromEnv } from '../src/config.js';
import { Library } from '../src/library/library.js';
import { loadLibrary } from '../src/library/loadLibrary.js';
import { useRelationTable } from '../src/search/expandQuestion.js';
import { AnswerTurns } from '../src/slack/answerTurns.js';
import { warmUpSlackAnswers } from '../src/slack/warmUpSlackAnswers.js';
import { CORPUS_ROOT, DEFAULT_SEED, ensureCorpus, type Corpus, reportIdsOf } from './generateCorpus.js';

export async function openLibrary(dir: string): Promise<Library> {
  const library = new Library();
  const { reportCacheDir } = libraryConfigFromEnv(process.env);
  // As a running bot has it (runBot.ts): WordNet's relation table, read from the cache (built
  // there if missing), before the warm-up, as a bot that finds it at start.
  if (reportCacheDir !== null && process.env.BENCH_WORDNET_TABLE !== 'off') await useRelationTable({ cacheDir: reportCacheDir, build: true });
  await loadLibrary(library, dir, { cacheDir: reportCacheDir }).done;
  // No app here: the warm-up's turns are its own queue's.
  await warmUpSlackAnswers(library, new AnswerTurns());
  return library;
}

/**
 * The generated corpus of `reports` reports, opened as `openLibrary` does with its own parsed-report
 * cache, and its report ids sorted (what the question generator draws `report:` filters from).
 */
export async function openCorpusLibrary(reports: number, seed = DEFAULT_SEED): Promise<{ corpus: Corpus; library: Library; reportIds: string[] }> {
  const corpus = await ensureCorpus(reports, seed);
  process.env.REPORT_CACHE_DIR ??= join(CORPUS_ROOT, 'cache', `reports-${reports}-seed${seed}`);
  const library = await openLibrary(corpus.dir);
  const reportIds = reportIdsOf(corpus);
  return { corpus, library, reportIds };
}
