// What the bench's back-to-back answers cost in instructions, a count a busy machine does not move:
// measureLatency's answer path (the bench's 1,000 questions, one untimed round, then asked again
// without a pause) in this one process under Callgrind, its counters zeroed and its
// instrumentation switched on around the counted rounds only (`callgrind_control` on this
// process), as firstSeenInstructions.ts does for the first-seen answers. Started with Node's
// `--perf-basic-prof`, the JIT's code can be named afterwards (bench/jitCallgrind.py reads the
// perf map beside Callgrind's counts). Not under Callgrind it stops before loading anything, with
// its usage (exit 2). Run the bench once first: it writes the cache this reads.

import { parseArgs } from 'node:util';
import { answerAsSlack } from './answerPath.js';
import { callgrind } from './callgrindControl.js';
import { DEFAULT_SEED } from './generateCorpus.js';
import { generateQuestions } from './generateQuestions.js';
import { openCorpusLibrary } from './openLibrary.js';

const USAGE = `usage (needs --import tsx: the bench's modules are TypeScript imported as .js):
  valgrind --tool=callgrind --separate-threads=yes --instr-atstart=no --dump-instr=yes --callgrind-out-file=/tmp/cg.%p \\
    node --perf-basic-prof --import tsx --expose-gc bench/backToBackInstructions.ts [--reports 2000] [--seed 1] [--questions 1000] [--warm 2] [--rounds 1]
then: python3 bench/jitCallgrind.py /tmp/cg.<pid>-01 /tmp/perf-<pid>.map (the main thread, the JIT's code named)`;

function stop(why: string): never {
  console.error(`backToBackInstructions: ${why}\n${USAGE}`);
  process.exit(2);
}

let values: { reports: string; seed?: string; questions: string; warm: string; rounds: string };
try {
  ({ values } = parseArgs({
    options: {
      reports: { type: 'string', default: '2000' },
      seed: { type: 'string' },
      questions: { type: 'string', default: '1000' },
      // Untimed rounds before the counted ones: measureLatency asks one; a second lets V8 settle what it optimizes.
      warm: { type: 'string', default: '2' },
      rounds: { type: 'string', default: '1' },
    },
  }));
} catch (error) {
  stop((error as Error).message);
}
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);

try {
  await callgrind('-i', 'off');
} catch (error) {
  stop(`not run under Callgrind with callgrind_control on PATH (${(error as Error).message})`);
}

const { library, reportIds } = await openCorpusLibrary(Number(values.reports), seed);
const questions = generateQuestions(seed, 1000, reportIds).slice(0, Number(values.questions));
for (let round = 0; round < Number(values.warm); round++) for (const q of questions) answerAsSlack(library, q.text);
(globalThis as { gc?: () => void }).gc?.();

await callgrind('--zero');
await callgrind('-i', 'on');
const before = process.cpuUsage();
for (let round = 0; round < Number(values.rounds); round++) for (const q of questions) answerAsSlack(library, q.text);
const { user, system } = process.cpuUsage(before);
await callgrind('-i', 'off');
console.log(`${questions.length} questions x ${values.rounds} rounds back to back, ${values.reports} reports (under valgrind): CPU ${((user + system) / 1000).toFixed(0)} ms`);
