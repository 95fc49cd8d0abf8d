// Child process of the aliases' figure (measureAliasMining.ts): opens the library as the bot does
// (openLibrary.ts: the cache the parent names, the warm-up), mines every report for its aliases
// once untimed, then `rounds` times timed, a full GC before each, and prints one JSON line: each
// round's CPU time, the main thread's (what mining itself costs) and the process's (with the GC's
// helper threads and the compiler's). `tsx --expose-gc bench/aliasMiningChild.ts <reports dir> <rounds>`.

import { readFileSync } from 'node:fs';
import { aliasesOf } from '../src/search/aliases.js';
import { openLibrary } from './openLibrary.js';

export interface AliasMiningRounds {
  /** The untimed first mining's main-thread CPU (ms): its code not yet compiled, its WordNet reads not yet remembered. */
  firstMainCpuMs: number;
  mainCpuMs: number[];
  processCpuMs: number[];
  pairs: number;
}

const [dir, roundsArg = '3'] = process.argv.slice(2);
if (!dir) throw new Error('usage: aliasMiningChild.ts <reports dir> [rounds]');
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

/**
 * This thread's CPU time in ms, from Linux's scheduler (its runtime in ns, brought up to date at
 * the scheduler's ticks: a few ms late at most, against a mining of some 400 ms at the bench's
 * 2,000 reports); the process's where /proc cannot say.
 */
function threadCpuMs(): number {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  }
}

const library = await openLibrary(dir);
const mine = (): number => {
  let pairs = 0;
  for (const report of library.reports) pairs += aliasesOf(report, library.wordnet).length;
  return pairs;
};

gc();
const firstAt = threadCpuMs();
const pairs = mine();
const result: AliasMiningRounds = { firstMainCpuMs: threadCpuMs() - firstAt, mainCpuMs: [], processCpuMs: [], pairs };
for (let round = 0; round < Number(roundsArg); round++) {
  gc();
  const processAt = process.cpuUsage();
  const mainAt = threadCpuMs();
  if (mine() !== pairs) throw new Error('aliases mined twice differ');
  result.mainCpuMs.push(threadCpuMs() - mainAt);
  const { user, system } = process.cpuUsage(processAt);
  result.processCpuMs.push((user + system) / 1000);
}
process.stdout.write(`${JSON.stringify(result)}\n`);
