// The longest step a live reload of the huge report (5,000 claims) holds the event loop for, in
// this one process: the bench's library opened (openCorpusLibrary), the huge report served once,
// then read and parsed, and put in turns again (Library.putInTurns, as reloadReportFiles does),
// `--rounds` times; while it is put in turns a chain of setImmediate callbacks notes each gap
// between turns. Prints per round the longest gap
// (wall and this process's CPU over it) and the reload's time; the smallest of the rounds' longest
// gaps is the least a busy machine added to it.
// `npx tsx bench/reloadSteps.ts [--rounds 5] [--reports 2000] [--seed 1]`

import { parseArgs } from 'node:util';
import { loadReportFile } from '../src/reports/loadReports.js';
import { DEFAULT_SEED, ensureHugeReport } from './generateCorpus.js';
import { openCorpusLibrary } from './openLibrary.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' }, reports: { type: 'string', default: '2000' }, seed: { type: 'string' } } });
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
const { library } = await openCorpusLibrary(Number(values.reports), seed);
const huge = await ensureHugeReport(seed);
const file = huge.files[0] as string;

async function readHuge() {
  const parsed = await loadReportFile(huge.dir, file);
  if (!('report' in parsed)) throw new Error(`${file} was not read as a report`);
  return parsed.report;
}
library.put(await readHuge());

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const longest: number[] = [];
for (let round = 1; round <= Number(values.rounds); round++) {
  let done = false;
  let last = performance.now();
  let lastCpu = cpuMs();
  let worst = { ms: 0, cpuMs: 0 };
  const tick = (): void => {
    const now = performance.now();
    const cpu = cpuMs();
    if (now - last > worst.ms) worst = { ms: now - last, cpuMs: cpu - lastCpu };
    last = now;
    lastCpu = cpu;
    if (!done) setImmediate(tick);
  };
  const readFrom = performance.now();
  const report = await readHuge();
  const readMs = performance.now() - readFrom;
  setImmediate(tick);
  const from = performance.now();
  const served = await library.putInTurns(report);
  const took = performance.now() - from;
  done = true;
  longest.push(worst.ms);
  console.log(`round ${round}: read and parsed in ${readMs.toFixed(0)} ms (not timed below); ${served} in ${took.toFixed(0)} ms; longest step ${worst.ms.toFixed(1)} ms (${worst.cpuMs.toFixed(1)} ms of CPU)`);
}
console.log(`longest step, smallest of ${longest.length} rounds: ${Math.min(...longest).toFixed(1)} ms`);
