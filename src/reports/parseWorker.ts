// A parse worker thread: receives batches of report files as bytes and answers with their
// ParseResults, in order, and when asked each report prepared for serving (preparedApart.ts). See parseWorkerPool.ts.

import { parentPort } from 'node:worker_threads';
import { preparedApart } from '../library/preparedApart.js';
import type { ParseResult } from './model.js';
import { parseReportBytes } from './parseReportBytes.js';

export interface ParseRequest {
  id: number;
  files: { name: string; bytes: Uint8Array }[];
  /** Prepare each report for serving too (preparedApart), its names mined with WordNet's files in this folder (null: without WordNet); not when absent. */
  prepareWith?: string | null;
}

export interface ParseResponse {
  id: number;
  results: ParseResult[];
  /** With prepareWith: each result's report prepared for serving (a PreparedApart), null where there is no report; the pool and the loader carry it untouched. */
  prepared?: unknown[];
}

if (!parentPort) throw new Error('parseWorker.ts runs as a worker thread (see parseWorkerPool.ts)');
const port = parentPort;

port.on('message', (request: ParseRequest) => {
  const results = request.files.map((file) => parseReportBytes(file.bytes, file.name));
  const wordnet = request.prepareWith;
  const response: ParseResponse =
    wordnet === undefined ? { id: request.id, results } : { id: request.id, results, prepared: results.map((result) => (result.ok ? preparedApart(result.report, wordnet) : null)) };
  port.postMessage(response);
});
