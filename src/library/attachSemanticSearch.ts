// Gives a Library semantic search over its claims when an embeddings API is configured: the bot
// (runBot.ts), the terminal (cli/ask.ts) and the eval open it this way. The vectors are cached
// beside the report cache, in a file per model.

import type { EmbeddingsConfig } from '../config.js';
import { cacheFolderOf } from '../reports/reportCache.js';
import { EmbeddingsClient } from '../search/semantic/embeddingsClient.js';
import { type SemanticOptions, SemanticSearch } from '../search/semantic/semanticSearch.js';
import { vectorCacheFileOf } from '../search/semantic/vectorCache.js';
import type { Library } from './library.js';

export interface AttachOptions extends Omit<SemanticOptions, 'cacheFile'> {
  reportsDir: string;
  /** The report cache folder (REPORT_CACHE_DIR); null for no cache, so every start embeds every claim. */
  cacheDir: string | null;
  /** Longest wait for one batch of claims (default 10 s). */
  timeoutMs?: number;
}

export function attachSemanticSearch(library: Library, config: EmbeddingsConfig, options: AttachOptions): SemanticSearch {
  const { reportsDir, cacheDir, timeoutMs, ...rest } = options;
  const client = new EmbeddingsClient(config, timeoutMs !== undefined ? { timeoutMs } : {});
  const cacheFile = cacheDir === null ? null : vectorCacheFileOf(cacheFolderOf(cacheDir, reportsDir), config.model);
  const semantic = new SemanticSearch(client, { ...rest, cacheFile });
  semantic.follow(() => library.reports.flatMap((report) => report.claims));
  library.semantic = semantic;
  return semantic;
}
