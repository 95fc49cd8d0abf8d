// `npm run bench -- [--reports N] [--json] [--seed S] [--http-rate R] [--http-seconds S] [--http-connections C]`:
// generates (or reuses) a corpus of N reports and measures parsing, cold and warm start, memory,
// search and answer latency, and the bot over HTTP. A table for people; with --json one object on
// stdout and nothing else (progress goes to stderr).

import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { answerMessage } from '../src/render/slack/answerBlocks.js';
import { benchTable, roundResult, type BenchResult } from './benchResult.js';
import { CORPUS_ROOT, DEFAULT_SEED, ensureCorpus, ensureHugeReport } from './generateCorpus.js';
import { generateQuestions } from './generateQuestions.js';
import { measureHttp } from './measureHttp.js';
import { measureLatency } from './measureLatency.js';
import { measureHugeReport, measureParseThroughput } from './measureParse.js';
import { measureStart } from './measureStart.js';
import { openLibrary } from './openLibrary.js';

const QUESTIONS = 1000;

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    json: { type: 'boolean', default: false },
    'http-rate': { type: 'string', default: '200' },
    'http-seconds': { type: 'string', default: '10' },
    // autocannon sends each connection's share of a second at once (see measureHttp.ts).
    'http-connections': { type: 'string', default: '2' },
  },
});
const reports = Number(values.reports);
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
if (!Number.isInteger(reports) || reports < 1) throw new Error(`--reports takes a whole number from 1, not ${values.reports}`);

const log = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`);
};

log(`corpus of ${reports} reports (seed ${seed})`);
const corpus = await ensureCorpus(reports, seed);
const huge = await ensureHugeReport(seed);

log('parse throughput');
const parse = await measureParseThroughput(corpus.dir, corpus.files, corpus.bytes);
const hugeReport = await measureHugeReport(huge.dir, huge.files[0] as string);

// The bot's cache for this corpus, emptied first so the cold start has none.
const cacheDir = join(CORPUS_ROOT, 'cache', `reports-${reports}-seed${seed}`);
await rm(cacheDir, { recursive: true, force: true });
const cacheEnv = { REPORT_CACHE_DIR: cacheDir };
log('cold start (child process, no cache)');
const cold = await measureStart(corpus.dir, cacheEnv);
log('warm start (child process, cache from the cold start)');
const warm = await measureStart(corpus.dir, cacheEnv);

log(`latency over ${QUESTIONS} questions`);
const library = await openLibrary(corpus.dir);
const questions = generateQuestions(seed, QUESTIONS, library.reports.map((r) => r.id));
// As the bot answers /reports: the first page of Block Kit blocks.
const latency = measureLatency(library, questions, (answer) => answerMessage(answer, { offset: 0, echoQuestion: true, shareable: true }));

const httpLoad = { rate: Number(values['http-rate']), seconds: Number(values['http-seconds']), connections: Number(values['http-connections']) };
log(`HTTP: ${httpLoad.rate} signed /reports requests a second for ${httpLoad.seconds} s over ${httpLoad.connections} connections (bot in a child process)`);
const http = await measureHttp(corpus.dir, cacheEnv, questions.map((q) => q.text), httpLoad);

const result: BenchResult = {
  corpus: { reports: library.reports.length, claims: library.claimCount, bytes: corpus.bytes },
  parse: { MBps: parse.MBps },
  coldStartMs: cold.ms,
  warmStartMs: warm.ms,
  rssMB: Math.max(cold.rssMB, warm.rssMB),
  heapMB: Math.max(cold.heapMB, warm.heapMB),
  rawSearch: latency.rawSearch,
  answer: latency.answer,
  http: { rate: http.rate, requests: http.requests, p50Ms: http.p50Ms, p99Ms: http.p99Ms, errors: http.errors },
};

if (values.json) {
  process.stdout.write(`${JSON.stringify(roundResult(result))}\n`);
} else {
  process.stdout.write(
    benchTable(result, {
      search: latency.search,
      answerNatural: latency.answerNatural,
      hugeReport,
      coldMaxBlockMs: cold.maxBlockMs,
      warmMaxBlockMs: warm.maxBlockMs,
      parseSampleBytes: parse.bytes,
      answerRenderer: 'Block Kit (src/render/slack/answerBlocks.ts)',
      httpAckP99Ms: http.ackP99Ms,
      httpConnections: httpLoad.connections,
    }),
  );
}
