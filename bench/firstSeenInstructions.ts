// What the bench's first-seen answers cost in instructions, a count a busy machine does not move:
// asks the bench's first-seen questions the bench's way (the start-up warm-up, 200 other
// questions, then each once with 25 ms idle before it) in this one process under Callgrind, its
// counters zeroed and its instrumentation switched on around the timed answers only
// (`callgrind_control` on this process), so the run's "Collected" total is theirs whatever
// `--instr-atstart` says. Not under Callgrind it stops before loading anything, with its usage
// (exit 2). `--questions N` answers the first N of the bench's questions; `--each FILE` writes
// each answer's CPU ms (valgrind's) and its question, a line each. Run the bench once first: it
// writes the cache this reads.

import { writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { answerAsSlack } from './answerPath.js';
import { callgrind } from './callgrindControl.js';
import { DEFAULT_SEED } from './generateCorpus.js';
import { distinctQuestions, warmupQuestions } from './generateQuestions.js';
import { answerOthersFirst, IDLE_GAP_MS, OTHER_QUESTIONS } from './measureFirstSeen.js';
import { openCorpusLibrary } from './openLibrary.js';
import { percentile } from './percentile.js';

// --separate-threads=yes keeps the main thread's count apart from V8's helper threads', whose share
// moves with the machine's timing (bench/README.md, twenty-ninth session).
const USAGE = `usage (needs --import tsx: the bench's modules are TypeScript imported as .js):
  valgrind --tool=callgrind --separate-threads=yes --instr-atstart=no --callgrind-out-file=/tmp/cg.%p \\
    node --import tsx --expose-gc bench/firstSeenInstructions.ts [--reports 2000] [--seed 1] [--questions 1000] [--each FILE]
then: callgrind_annotate /tmp/cg.<pid>-01 (the main thread; the JIT's code has no names, the runtime's
and the engine's C++ do: regular expressions, the parser, GC)`;

function stop(why: string): never {
  console.error(`firstSeenInstructions: ${why}\n${USAGE}`);
  process.exit(2);
}

let values: { reports: string; seed?: string; questions: string; each?: string };
try {
  ({ values } = parseArgs({
    options: {
      reports: { type: 'string', default: '2000' },
      seed: { type: 'string' },
      questions: { type: 'string', default: '1000' },
      // A file for each answer's CPU ms and question, a line each (to compare two checkouts question by question).
      each: { type: 'string' },
    },
  }));
} catch (error) {
  stop((error as Error).message);
}
const reports = Number(values.reports);
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);

// Before the library load: a run that cannot be counted stops in seconds, not after the load and warm-up.
try {
  await callgrind('-i', 'off');
} catch (error) {
  stop(`not run under Callgrind with callgrind_control on PATH (${(error as Error).message})`);
}

const { library, reportIds } = await openCorpusLibrary(reports, seed);
const questions = distinctQuestions(seed, Number(values.questions), reportIds);
const warmup = warmupQuestions(seed, OTHER_QUESTIONS, reportIds, distinctQuestions(seed, 1000, reportIds));
answerOthersFirst((question) => answerAsSlack(library, question), warmup.map((q) => q.text));

// Zeroed, so what was counted before the first switch (Node's start, the modules' load) is not in the total.
await callgrind('--zero');
await callgrind('-i', 'on');
const cpu: number[] = [];
for (const q of questions) {
  await sleep(IDLE_GAP_MS);
  const before = process.cpuUsage();
  answerAsSlack(library, q.text);
  const { user, system } = process.cpuUsage(before);
  cpu.push((user + system) / 1000);
}
await callgrind('-i', 'off');

if (values.each !== undefined) await writeFile(values.each, questions.map((q, i) => `${(cpu[i] as number).toFixed(3)}\t${q.text}\n`).join(''));
const f = (x: number): string => x.toFixed(2);
console.log(
  `${questions.length} first-seen answers, ${reports} reports (under valgrind: CPU times are valgrind's): CPU p50 ${f(percentile(cpu, 50))} p99 ${f(percentile(cpu, 99))} ms, sum ${cpu.reduce((a, b) => a + b, 0).toFixed(0)} ms`,
);
