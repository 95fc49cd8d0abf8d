// What the work on the first claims after the search costs, first seen: the reranker's features
// (rerankFeatures.ts) and the no-answer decision's (answerability.ts), which read each of the
// first three claims' keys and cover the question with them. Asks the bench's questions'
// search (no filters) the bench's way first (warm-up, then each question's search once: the
// expansions are remembered, as the answer's own search leaves them), then, for each question
// with two claims or more, writes over `--flush-mb` of memory and times those two calls alone
// (wall and the answers' sum). Run in two trees (before / after a change), alternating.
// `npx tsx --expose-gc bench/claimCoverageCost.ts [--reports 2000] [--questions 3000] [--flush-mb 64] [--dump] [--callgrind]`

import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { answerFeatures } from '../src/answer/answerability.js';
import { rerankFeatures, type FoundClaim } from '../src/answer/rerankFeatures.js';
import { searchTextOf } from '../src/answer/answerQuestion.js';
import { answerAsSlack } from './answerPath.js';
import { DEFAULT_SEED } from './generateCorpus.js';
import { distinctQuestions, warmupQuestions } from './generateQuestions.js';
import { openCorpusLibrary } from './openLibrary.js';
import { percentile } from './percentile.js';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '2000' },
    questions: { type: 'string', default: '3000' },
    'flush-mb': { type: 'string', default: '64' },
    callgrind: { type: 'boolean', default: false },
    // Each question's features, one JSON line each: two trees' lines are the same when a change keeps the features.
    dump: { type: 'boolean', default: false },
  },
});
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const { library, reportIds } = await openCorpusLibrary(Number(values.reports), DEFAULT_SEED);
const questions = distinctQuestions(DEFAULT_SEED, Number(values.questions), reportIds);
for (const q of warmupQuestions(DEFAULT_SEED, 200, reportIds, questions)) answerAsSlack(library, q.text);

const asked: { text: string; first: FoundClaim[] }[] = [];
for (const q of questions) {
  const text = searchTextOf(q.text, library);
  const first: FoundClaim[] = [];
  for (const hit of library.index.search(text, undefined, { limit: 50, aliases: library.aliases })) {
    const served = library.served(hit.id);
    if (served) first.push({ claim: served.claim, report: served.report, score: hit.score });
    if (first.length === 3) break;
  }
  if (first.length >= 2) asked.push({ text, first });
}
gc();
const flush = new Uint8Array(Number(values['flush-mb']) * 2 ** 20);
const loadBefore = loadavg()[0] as number;
// Under `valgrind --tool=callgrind --instr-atstart=no`, `--callgrind` counts the instructions of the
// timed calls alone (and the writing over), after the first half of the questions (what V8 compiles
// and optimises on meeting them is then mostly done).
const callgrind = (on: boolean): void => {
  if (values.callgrind) execFileSync('callgrind_control', ['--instr=' + (on ? 'on' : 'off'), String(process.pid)], { stdio: 'ignore' });
};
const ms: number[] = [];
const cpuMs: number[] = [];
let checksum = 0;
for (const [i, { text, first }] of asked.entries()) {
  if (i === Math.floor(asked.length / 2)) callgrind(true);
  flush.fill(i & 0xff);
  const cpu = process.cpuUsage();
  const from = process.hrtime.bigint();
  // The searched text stands for the question as typed: the bench times the features, not how a question asks.
  const features = rerankFeatures(library, text, first, text);
  const decision = answerFeatures(library, text, first, text);
  ms.push(Number(process.hrtime.bigint() - from) / 1e6);
  const { user, system } = process.cpuUsage(cpu);
  cpuMs.push((user + system) / 1000);
  if (values.dump) console.log(JSON.stringify({ text, features, decision }));
  checksum += (features?.reduce((sum, f) => sum + f.textTyped + f.evidenceOnly + f.metadataOnly + f.distinctive, 0) ?? 0) + (decision?.typed ?? 0) + (decision?.otherWords ?? 0);
}
callgrind(false);
const summary = (samples: number[]): string => {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = samples.reduce((a, b) => a + b, 0);
  return `p50 ${percentile(sorted, 50).toFixed(3)} / p90 ${percentile(sorted, 90).toFixed(3)} / p99 ${percentile(sorted, 99).toFixed(3)} ms, sum ${sum.toFixed(1)} ms`;
};
console.log(`${asked.length} questions with 2+ claims, ${values['flush-mb']} MB written over before each; load ${loadBefore.toFixed(1)}-${(loadavg()[0] as number).toFixed(1)}`);
console.log(`rerankFeatures + answerFeatures: wall ${summary(ms)}; CPU ${summary(cpuMs)} (features' checksum ${checksum.toFixed(6)})`);
