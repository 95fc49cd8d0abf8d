// A parse worker thread: receives batches of report files as bytes and answers with their
// ParseResults, in order. See parseWorkerPool.ts.

import { parentPort } from 'node:worker_threads';
import type { ParseResult } from './model.js';
import { parseReportBytes } from './parseReportBytes.js';

export interface ParseRequest {
  id: number;
  files: { name: string; bytes: Uint8Array }[];
}

export interface ParseResponse {
  id: number;
  results: ParseResult[];
}

if (!parentPort) throw new Error('parseWorker.ts runs as a worker thread (see parseWorkerPool.ts)');
const port = parentPort;

port.on('message', (request: ParseRequest) => {
  const response: ParseResponse = {
    id: request.id,
    results: request.files.map((file) => parseReportBytes(file.bytes, file.name)),
  };
  port.postMessage(response);
});
