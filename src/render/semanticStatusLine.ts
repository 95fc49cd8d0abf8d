// Whether semantic search is on, for `status` in the terminal and in Slack (escaped there).

import type { SemanticStatus } from '../search/semantic/semanticSearch.js';

export function semanticStatusLine({ status, model, reason, embedded, total }: SemanticStatus): string {
  if (status === 'off') return `Semantic search (${model}) is off, answers are lexical: ${reason ?? 'unknown reason'}. It is retried in the background.`;
  if (status === 'embedding') return `Semantic search (${model}): embedding claims, ${embedded} of ${total} done.`;
  return `Semantic search (${model}) is on: ${embedded} claims embedded.`;
}
