// What a word the process has not met costs in question expansion (src/search/expandQuestion.ts:
// its WordNet relations, its compound split, the stems of what they give): every distinct word of
// the bench's first-seen questions, each expanded once as a one-word question, 2 ms idle before
// each, in a process that loaded no library. WordNet read from its relation table (from the
// bench's cache, built there if missing) or, `--table off`, from its files.
// `npx tsx bench/newWordCost.ts [--questions 3000] [--table on|off] [--rounds 1]`

import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { expandQuestion, useRelationTable } from '../src/search/expandQuestion.js';
import { tokenize } from '../src/search/tokenize.js';
import { CORPUS_ROOT, DEFAULT_SEED } from './generateCorpus.js';
import { distinctQuestions } from './generateQuestions.js';
import { percentile } from './percentile.js';

const { values } = parseArgs({ options: { questions: { type: 'string', default: '3000' }, table: { type: 'string', default: 'on' } } });
const cacheDir = join(CORPUS_ROOT, 'cache', `reports-2000-seed${DEFAULT_SEED}`);
if (values.table !== 'off' && !(await useRelationTable({ cacheDir, build: true }))) throw new Error('no relation table');
// The generator's report ids only name `report:` filters, whose words are not expanded.
const questions = distinctQuestions(DEFAULT_SEED, Number(values.questions), ['r-0001']);
const words = [...new Set(questions.flatMap((q) => tokenize(q.text)))];
// Compiled first on words no question has.
for (const word of ['warmup', 'compiling', 'teenagers', 'heatwaves', 'quitting']) expandQuestion(word);

const cpu: number[] = [];
const wall: number[] = [];
for (const word of words) {
  await sleep(2);
  const before = process.cpuUsage();
  const from = performance.now();
  expandQuestion(word);
  wall.push(performance.now() - from);
  const { user, system } = process.cpuUsage(before);
  cpu.push((user + system) / 1000);
}
const f = (xs: number[], p: number): string => percentile(xs, p).toFixed(3);
const memory = process.memoryUsage();
console.log(`${words.length} words never expanded before, WordNet from its ${values.table === 'off' ? 'files' : 'relation table'}`);
console.log(`wall p50 ${f(wall, 50)} p90 ${f(wall, 90)} p99 ${f(wall, 99)} ms, sum ${wall.reduce((a, b) => a + b, 0).toFixed(0)} ms; CPU p50 ${f(cpu, 50)} p99 ${f(cpu, 99)} ms, sum ${cpu.reduce((a, b) => a + b, 0).toFixed(0)} ms`);
console.log(`memory after: RSS ${(memory.rss / 1e6).toFixed(0)} MB, heap used ${(memory.heapUsed / 1e6).toFixed(0)} MB, off the heap ${(memory.external / 1e6).toFixed(0)} MB`);
