// `npm run bench -- [--reports N] [--json] [--seed S] [--http-rate R[,R...]] [--http-seconds S] [--http-connections C] [--start-runs N] [--only latency|starts|vectors|busy|http] [--busy-rate R] [--busy-events N]`:
// generates (or reuses) a corpus of N reports and measures parsing, the bot's start (compiled and
// through tsx), memory, answer latency first seen (beside a peer) and back to back, and the bot
// over HTTP. A table for people; with --json one object on stdout and nothing else (progress goes
// to stderr). `--only latency` skips parsing, the starts and HTTP (their figures are null);
// `--only starts` measures the starts alone; both for iterating.
// `--only vectors` measures semantic search's vector scan alone (no corpus needed); a full run
// measures it last, as `vectorScan` in the JSON. `--only busy` measures what others meet while the
// bot reloads a huge report or takes a 40,000-character question (measureBusy.ts); not in a full run.
// `--only http` measures the bot over HTTP alone, at the rates asked (the bot loads from the
// bench's cache, written first if missing), to iterate on or bisect those figures.

import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ANSWER_RENDERER } from './answerPath.js';
import { benchTable, httpTable, roundHttpRate, roundResult, roundStarts, startsTable, type BenchResult } from './benchResult.js';
import { ensureBuild } from './ensureBuild.js';
import { CORPUS_ROOT, DEFAULT_SEED, ensureCorpus, ensureHugeReport, HUGE_REPORT_CLAIMS, reportIdsOf } from './generateCorpus.js';
import { distinctQuestions, generateQuestions, warmupQuestions } from './generateQuestions.js';
import { IDLE_GAP_MS, measureFirstSeen, OTHER_QUESTIONS } from './measureFirstSeen.js';
import { measureAliasMining } from './measureAliasMining.js';
import { busyTable, measureBusy } from './measureBusy.js';
import { measureHttp } from './measureHttp.js';
import { measureLatency } from './measureLatency.js';
import { measureHugeReport, measureParseThroughput } from './measureParse.js';
import { measureStart } from './measureStart.js';
import { measureVectorScan, roundVectorScan, vectorScanTable } from './measureVectorScan.js';
import { measureStarts, type StartsResult } from './measureStarts.js';
import { openLibrary } from './openLibrary.js';
import { PEER_NAME } from './peerIndex.js';

const QUESTIONS = 1000;

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    json: { type: 'boolean', default: false },
    // Each rate in turn; the table and `http` give 200 (or the first), `httpRates` all of them.
    'http-rate': { type: 'string', default: '50,200,500' },
    'http-seconds': { type: 'string', default: '10' },
    // Most connections open at once; requests are sent open loop (see openLoop.ts).
    'http-connections': { type: 'string', default: '100' },
    // Starts of each kind over the bundled reports (medians are reported).
    'start-runs': { type: 'string', default: '5' },
    only: { type: 'string' },
    // --only busy: others' /reports a second, and how many times each heavy thing happens.
    'busy-rate': { type: 'string', default: '20' },
    'busy-events': { type: 'string', default: '5' },
  },
});
const reports = Number(values.reports);
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
if (!Number.isInteger(reports) || reports < 1) throw new Error(`--reports takes a whole number from 1, not ${values.reports}`);
if (values.only !== undefined && !['latency', 'starts', 'vectors', 'busy', 'http'].includes(values.only)) throw new Error(`--only takes "latency", "starts", "vectors", "busy" or "http", not ${values.only}`);
const full = values.only === undefined;
const startRuns = Number(values['start-runs']);
if (!Number.isInteger(startRuns) || startRuns < 1) throw new Error(`--start-runs takes a whole number from 1, not ${values['start-runs']}`);

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
// The load's child and the compiled starts run dist/: built first when missing or older than src/,
// once (measureStart and measureStarts ask again and get this answer).
if (full || values.only === 'starts') {
  log('building dist/ if it is missing or older than src/');
  await ensureBuild();
}
if (full) {
  await rm(cacheDir, { recursive: true, force: true });
  log('cold start (child process, no cache)');
  cold = await measureStart(corpus.dir, cacheEnv);
  log('warm start (child process, cache from the cold start)');
  warm = await measureStart(corpus.dir, cacheEnv);
}

// The bot as it starts in production (compiled) and in development (tsx), in child processes.
let starts: StartsResult | null = null;
if (full || values.only === 'starts') {
  const question = generateQuestions(seed, 1, reportIdsOf(corpus))[0]?.text ?? 'heat pumps';
  starts = await measureStarts(corpus.dir, cacheDir, question, startRuns, log);
}
if (values.only === 'starts') {
  if (starts === null) throw new Error('unreachable');
  if (values.json) process.stdout.write(`${JSON.stringify(roundStarts(starts))}\n`);
  else process.stdout.write(startsTable(starts, corpus.files.length));
  process.exit(0);
}

if (values.only === 'busy') {
  const rate = Number(values['busy-rate']);
  const events = Number(values['busy-events']);
  if (!(rate > 0) || !Number.isInteger(events) || events < 1) throw new Error(`--busy-rate takes a rate a second and --busy-events a whole number from 1, not ${values['busy-rate']} and ${values['busy-events']}`);
  const huge = await ensureHugeReport(seed);
  const ids = reportIdsOf(corpus);
  const busy = await measureBusy(corpus.dir, join(huge.dir, huge.files[0] as string), cacheEnv, generateQuestions(seed, QUESTIONS, ids).map((q) => q.text), {
    rate,
    events,
    hugeReportClaims: HUGE_REPORT_CLAIMS,
    log,
  });
  process.stdout.write(values.json ? `${JSON.stringify({ busy })}\n` : busyTable(busy, corpus.files.length));
  process.exit(0);
}

const httpRates = values['http-rate'].split(',').map(Number);
if (httpRates.some((rate) => !(rate > 0))) throw new Error(`--http-rate takes rates a second, e.g. 50,200,500, not ${values['http-rate']}`);
const httpLoad = { seconds: Number(values['http-seconds']), connections: Number(values['http-connections']) };
/** The bot in a child process at each rate in turn. */
async function measureHttpRates(questions: readonly string[]): Promise<Awaited<ReturnType<typeof measureHttp>>[]> {
  const runs: Awaited<ReturnType<typeof measureHttp>>[] = [];
  for (const rate of httpRates) {
    log(`HTTP: ${rate} signed /reports requests a second for ${httpLoad.seconds} s over ${httpLoad.connections} connections (bot in a child process)`);
    runs.push(await measureHttp(corpus.dir, cacheEnv, questions, { ...httpLoad, rate }));
  }
  return runs;
}

if (values.only === 'http') {
  const runs = await measureHttpRates(generateQuestions(seed, QUESTIONS, reportIdsOf(corpus)).map((q) => q.text));
  const rates = runs.map(({ rate, requests, errors, busy, ackP50Ms, ackP99Ms, p50Ms, p99Ms, botMainCpuMsPerRequest, load }) =>
    roundHttpRate({ rate, requests, errors, busy, ack: { p50Ms: ackP50Ms, p99Ms: ackP99Ms }, answer: { p50Ms, p99Ms }, botMainCpuMsPerRequest, load }),
  );
  process.stdout.write(values.json ? `${JSON.stringify({ httpRates: rates })}\n` : httpTable(rates, httpLoad.connections));
  process.exit(0);
}

// First, while this process holds no library: its children then share the machine with nothing of ours.
// As the library lists them (by id), so questions name the reports they named before.
const reportIds = reportIdsOf(corpus);
const firstSeenQuestions = distinctQuestions(seed, QUESTIONS, reportIds);
const warmup = warmupQuestions(seed, OTHER_QUESTIONS, reportIds, firstSeenQuestions);
log(`first seen: ${firstSeenQuestions.length} questions, each once, ${IDLE_GAP_MS} ms apart, in one process per system`);
const firstSeen = await measureFirstSeen(corpus.dir, cacheEnv, firstSeenQuestions, warmup, log);
// What issue 9 adds to loading: every report mined for the names it defines (a cold start does it).
log('aliases: every report mined, in a process of its own');
const aliasMining = await measureAliasMining(corpus.dir, cacheEnv);

log(`latency back to back over ${QUESTIONS} questions`);
const library = await openLibrary(corpus.dir);
const questions = generateQuestions(seed, QUESTIONS, reportIds);
const latency = measureLatency(library, questions);

const httpRuns = full ? await measureHttpRates(questions.map((q) => q.text)) : [];
const http = httpRuns.find((run) => run.rate === 200) ?? httpRuns[0] ?? null;

let vectorScan: ReturnType<typeof measureVectorScan> | null = null;
if (full) {
  log('semantic vector scan at growing sizes (seeded random vectors)');
  vectorScan = measureVectorScan(undefined, undefined, seed, log);
}

const result: BenchResult = {
  corpus: { reports: library.reports.length, claims: library.claimCount, bytes: corpus.bytes },
  parse: parse && { MBps: parse.MBps },
  coldStartMs: starts && starts.corpus.compiledCold.answeredMs,
  warmStartMs: warm && warm.ms,
  libraryLoadMs: cold && warm && { cold: cold.ms, warm: warm.ms },
  starts,
  rssMB: cold && warm && Math.max(cold.rssMB, warm.rssMB),
  heapMB: cold && warm && Math.max(cold.heapMB, warm.heapMB),
  rawSearch: latency.rawSearch,
  answer: latency.answer,
  answerFirstSeen: firstSeen.answer,
  peer: { name: PEER_NAME, ...firstSeen.peer },
  http: http && { rate: http.rate, requests: http.requests, p50Ms: http.p50Ms, p99Ms: http.p99Ms, errors: http.errors },
  cpu: { answer: latency.answerCpu, answerFirstSeen: firstSeen.cpu.answer, peer: firstSeen.cpu.peer },
  load: firstSeen.load,
  httpRates: full
    ? httpRuns.map((run) => ({
        rate: run.rate,
        requests: run.requests,
        errors: run.errors,
        busy: run.busy,
        ack: { p50Ms: run.ackP50Ms, p99Ms: run.ackP99Ms },
        answer: { p50Ms: run.p50Ms, p99Ms: run.p99Ms },
        botMainCpuMsPerRequest: run.botMainCpuMsPerRequest,
        load: run.load,
      }))
    : null,
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
      aliasMining,
      ...(http ? { httpAckP99Ms: http.ackP99Ms } : { httpNote: 'skipped (--only latency)' }),
      httpConnections: httpLoad.connections,
    }),
  );
  if (vectorScan) process.stdout.write(vectorScanTable(vectorScan));
}
