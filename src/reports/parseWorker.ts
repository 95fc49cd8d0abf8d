// A parse worker thread: receives batches of report files as bytes and answers with their
// ParseResults, in order, and when asked each report's names mined beside it. See parseWorkerPool.ts.

import { parentPort } from 'node:worker_threads';
import { type MinedNames, namesMinedApart } from '../search/namesMinedApart.js';
import type { ParseResult } from './model.js';
import { parseReportBytes } from './parseReportBytes.js';

export interface ParseRequest {
  id: number;
  files: { name: string; bytes: Uint8Array }[];
  /** Mine each report's names too, with WordNet's files in this folder (null: without WordNet); not when absent. */
  mineNamesWith?: string | null;
}

export interface ParseResponse {
  id: number;
  results: ParseResult[];
  /** With mineNamesWith: each result's names, null where there is no report or mining threw (namesMinedApart). */
  names?: (MinedNames | null)[];
}

if (!parentPort) throw new Error('parseWorker.ts runs as a worker thread (see parseWorkerPool.ts)');
const port = parentPort;

port.on('message', (request: ParseRequest) => {
  const results = request.files.map((file) => parseReportBytes(file.bytes, file.name));
  const wordnet = request.mineNamesWith;
  const response: ParseResponse =
    wordnet === undefined ? { id: request.id, results } : { id: request.id, results, names: results.map((result) => (result.ok ? namesMinedApart(result.report, wordnet) : null)) };
  port.postMessage(response);
});
