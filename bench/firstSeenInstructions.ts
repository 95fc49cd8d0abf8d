// What the bench's first-seen answers cost in instructions, a count a busy machine does not move:
// asks the bench's first-seen questions the bench's way (the start-up warm-up, 200 other
// questions, then each once with 25 ms idle before it) in this one process, with Callgrind's
// instrumentation switched on around the timed answers only (`callgrind_control -i on|off` on this
// process), so the run's "Collected" total is theirs. Without valgrind it prints the answers' CPU
// time only. `--questions N` answers the first N of the bench's questions; `--each FILE` writes
// each answer's CPU ms and its question, a line each.
// valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/cg.%p \
//   node --import tsx --expose-gc bench/firstSeenInstructions.ts [--reports 2000] [--seed 1] [--questions 1000] [--each FILE]
// then `callgrind_annotate /tmp/cg.<pid>` (the JIT's code has no names; the runtime's and the
// engine's C++ do: regular expressions, the parser, GC). Run the bench once first: it writes the
// cache this reads.

import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { answerAsSlack } from './answerPath.js';
import { DEFAULT_SEED } from './generateCorpus.js';
import { distinctQuestions, warmupQuestions } from './generateQuestions.js';
import { answerOthersFirst, IDLE_GAP_MS, OTHER_QUESTIONS } from './measureFirstSeen.js';
import { openCorpusLibrary } from './openLibrary.js';
import { percentile } from './percentile.js';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    questions: { type: 'string', default: '1000' },
    // A file for each answer's CPU ms and question, a line each (to compare two checkouts question by question).
    each: { type: 'string' },
  },
});
const reports = Number(values.reports);
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
const underValgrind = (process.env.LD_PRELOAD ?? '').includes('vgpreload');

/** `callgrind_control -i on|off` on this process: resolves when the tool has switched. */
function instrument(on: boolean): Promise<void> {
  if (!underValgrind) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const child = spawn('callgrind_control', ['-i', on ? 'on' : 'off', String(process.pid)], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`callgrind_control exited ${code}`))));
  });
}

const { library, reportIds } = await openCorpusLibrary(reports, seed);
const questions = distinctQuestions(seed, Number(values.questions), reportIds);
const warmup = warmupQuestions(seed, OTHER_QUESTIONS, reportIds, distinctQuestions(seed, 1000, reportIds));
answerOthersFirst((question) => answerAsSlack(library, question), warmup.map((q) => q.text));

await instrument(true);
const cpu: number[] = [];
for (const q of questions) {
  await sleep(IDLE_GAP_MS);
  const before = process.cpuUsage();
  answerAsSlack(library, q.text);
  const { user, system } = process.cpuUsage(before);
  cpu.push((user + system) / 1000);
}
await instrument(false);

if (values.each !== undefined) await writeFile(values.each, questions.map((q, i) => `${(cpu[i] as number).toFixed(3)}\t${q.text}\n`).join(''));
const f = (x: number): string => x.toFixed(2);
console.log(
  `${questions.length} first-seen answers, ${reports} reports${underValgrind ? ' (under valgrind: CPU times are valgrind\'s)' : ''}: CPU p50 ${f(percentile(cpu, 50))} p99 ${f(percentile(cpu, 99))} ms, sum ${cpu.reduce((a, b) => a + b, 0).toFixed(0)} ms`,
);
