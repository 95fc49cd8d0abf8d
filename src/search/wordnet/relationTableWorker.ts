// A worker thread that builds the relation table of the WordNet files in `workerData.dir` and
// posts its bytes (an ArrayBuffer, transferred). See relationTableFile.ts.

import { parentPort, workerData } from 'node:worker_threads';
import { buildRelationTable } from './buildRelationTable.js';

if (!parentPort) throw new Error('relationTableWorker.ts runs as a worker thread (see relationTableFile.ts)');
const bytes = buildRelationTable((workerData as { dir: string }).dir);
const buffer = new Uint8Array(bytes).buffer;
parentPort.postMessage(buffer, [buffer]);
