// `npm run bench -- [--reports N] [--json] [--seed S] [--http-rate R] [--http-seconds S] [--http-connections C] [--only latency]`:
// generates (or reuses) a corpus of N reports and measures parsing, cold and warm start, memory,
// answer latency first seen (beside a peer) and back to back, and the bot over HTTP. A table for
// people; with --json one object on stdout and nothing else (progress goes to stderr).
// `--only latency` skips parsing, the starts and HTTP (their figures are null), for iterating.
// `--only vectors` measures semantic search's vector scan alone (no corpus needed); a full run
// measures it last, as `vectorScan` in the JSON.

import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { aliasesOf } from '../src/search/aliases.js';
import { ANSWER_RENDERER } from './answerPath.js';
import { benchTable, roundResult, type BenchResult } from './benchResult.js';
import { CORPUS_ROOT, DEFAULT_SEED, ensureCorpus, ensureHugeReport } from './generateCorpus.js';
import { distinctQuestions, generateQuestions, warmupQuestions } from './generateQuestions.js';
import { IDLE_GAP_MS, measureFirstSeen } from './measureFirstSeen.js';
import { measureHttp } from './measureHttp.js';
import { measureLatency } from './measureLatency.js';
import { measureHugeReport, measureParseThroughput } from './measureParse.js';
import { measureStart } from './measureStart.js';
import { measureVectorScan, roundVectorScan, vectorScanTable } from './measureVectorScan.js';
import { openLibrary } from './openLibrary.js';
import { PEER_NAME } from './peerIndex.js';

const QUESTIONS = 1000;
/** Questions each first-seen process answers, untimed, before the timed ones. */
const WARMUP_QUESTIONS = 200;

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    json: { type: 'boolean', default: false },
    'http-rate': { type: 'string', default: '200' },
    'http-seconds': { type: 'string', default: '10' },
    // autocannon sends each connection's share of a second at once (see measureHttp.ts).
    'http-connections': { type: 'string', default: '2' },
    only: { type: 'string' },
  },
});
const reports = Number(values.reports);
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
if (!Number.isInteger(reports) || reports < 1) throw new Error(`--reports takes a whole number from 1, not ${values.reports}`);
if (values.only !== undefined && values.only !== 'latency' && values.only !== 'vectors') throw new Error(`--only takes "latency" or "vectors", not ${values.only}`);
const full = values.only === undefined;

const log = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`);
};

if (values.only === 'vectors') {
  const vectorScan = measureVectorScan(undefined, undefined, seed, log);
  process.stdout.write(values.json ? `${JSON.stringify({ vectorScan: roundVectorScan(vectorScan) })}\n` : vectorScanTable(vectorScan));
  process.exit(0);
}

log(`corpus of ${reports} reports (seed ${seed})`);
const corpus = await ensureCorpus(reports, seed);

let parse: Awaited<ReturnType<typeof measureParseThroughput>> | null = null;
let hugeReport: Awaited<ReturnType<typeof measureHugeReport>> | null = null;
if (full) {
  const huge = await ensureHugeReport(seed);
  log('parse throughput');
  parse = await measureParseThroughput(corpus.dir, corpus.files, corpus.bytes);
  hugeReport = await measureHugeReport(huge.dir, huge.files[0] as string);
}

// The bot's cache for this corpus, emptied first so the cold start has none.
const cacheDir = join(CORPUS_ROOT, 'cache', `reports-${reports}-seed${seed}`);
const cacheEnv = { REPORT_CACHE_DIR: cacheDir };
let cold: Awaited<ReturnType<typeof measureStart>> | null = null;
let warm: Awaited<ReturnType<typeof measureStart>> | null = null;
if (full) {
  await rm(cacheDir, { recursive: true, force: true });
  log('cold start (child process, no cache)');
  cold = await measureStart(corpus.dir, cacheEnv);
  log('warm start (child process, cache from the cold start)');
  warm = await measureStart(corpus.dir, cacheEnv);
}

// First, while this process holds no library: its children then share the machine with nothing of ours.
// As the library lists them (by id), so questions name the reports they named before.
const reportIds = corpus.files.map((file) => file.replace(/\.md$/, '')).sort((a, b) => a.localeCompare(b));
const firstSeenQuestions = distinctQuestions(seed, QUESTIONS, reportIds);
const warmup = warmupQuestions(seed, WARMUP_QUESTIONS, reportIds, firstSeenQuestions);
log(`first seen: ${firstSeenQuestions.length} questions, each once, ${IDLE_GAP_MS} ms apart, in one process per system`);
const firstSeen = await measureFirstSeen(corpus.dir, cacheEnv, firstSeenQuestions, warmup, log);

log(`latency back to back over ${QUESTIONS} questions`);
const library = await openLibrary(corpus.dir);
const questions = generateQuestions(seed, QUESTIONS, reportIds);
const latency = measureLatency(library, questions);
// What issue 9 adds to loading: every report mined for the names it defines (a cold start does it).
const aliasCpu = process.cpuUsage();
for (const report of library.reports) aliasesOf(report);
const aliasMiningCpu = process.cpuUsage(aliasCpu);

const httpLoad = { rate: Number(values['http-rate']), seconds: Number(values['http-seconds']), connections: Number(values['http-connections']) };
let http: Awaited<ReturnType<typeof measureHttp>> | null = null;
if (full) {
  log(`HTTP: ${httpLoad.rate} signed /reports requests a second for ${httpLoad.seconds} s over ${httpLoad.connections} connections (bot in a child process)`);
  http = await measureHttp(corpus.dir, cacheEnv, questions.map((q) => q.text), httpLoad);
}

let vectorScan: ReturnType<typeof measureVectorScan> | null = null;
if (full) {
  log('semantic vector scan at growing sizes (seeded random vectors)');
  vectorScan = measureVectorScan(undefined, undefined, seed, log);
}

const result: BenchResult = {
  corpus: { reports: library.reports.length, claims: library.claimCount, bytes: corpus.bytes },
  parse: parse && { MBps: parse.MBps },
  coldStartMs: cold && cold.ms,
  warmStartMs: warm && warm.ms,
  rssMB: cold && warm && Math.max(cold.rssMB, warm.rssMB),
  heapMB: cold && warm && Math.max(cold.heapMB, warm.heapMB),
  rawSearch: latency.rawSearch,
  answer: latency.answer,
  answerFirstSeen: firstSeen.answer,
  peer: { name: PEER_NAME, ...firstSeen.peer },
  http: http && { rate: http.rate, requests: http.requests, p50Ms: http.p50Ms, p99Ms: http.p99Ms, errors: http.errors },
  cpu: { answer: latency.answerCpu, answerFirstSeen: firstSeen.cpu.answer, peer: firstSeen.cpu.peer },
  load: firstSeen.load,
};

if (values.json) {
  process.stdout.write(`${JSON.stringify({ ...roundResult(result), vectorScan: vectorScan && roundVectorScan(vectorScan) })}\n`);
} else {
  process.stdout.write(
    benchTable(result, {
      search: latency.search,
      answerNatural: latency.answerNatural,
      firstSeen: {
        answerNatural: firstSeen.answerNatural,
        search: firstSeen.search,
        cpu: firstSeen.cpu,
        questions: firstSeen.questions,
        warmupQuestions: firstSeen.warmupQuestions,
        gapMs: IDLE_GAP_MS,
        foundNothing: { answer: firstSeen.foundNothing.answer, peer: firstSeen.foundNothing.peer },
        load: firstSeen.load,
      },
      hugeReport,
      coldMaxBlockMs: cold && cold.maxBlockMs,
      warmMaxBlockMs: warm && warm.maxBlockMs,
      parseSampleBytes: parse && parse.bytes,
      answerRenderer: ANSWER_RENDERER,
      aliasMiningCpuMs: (aliasMiningCpu.user + aliasMiningCpu.system) / 1000,
      ...(http ? { httpAckP99Ms: http.ackP99Ms } : { httpNote: 'skipped (--only latency)' }),
      httpConnections: httpLoad.connections,
    }),
  );
  if (vectorScan) process.stdout.write(vectorScanTable(vectorScan));
}
