// What issue 9 adds to a cold start's load: every report mined for the names it defines
// (aliases.ts), timed in a process of its own (aliasMiningChild.ts): in the bench's own process,
// after its back-to-back rounds, it met that process's much larger heap and read otherwise from
// run to run (bench/README.md, fifty-sixth session).

import { fileURLToPath } from 'node:url';
import type { AliasMiningRounds } from './aliasMiningChild.js';
import { childJsonLine } from './childJsonLine.js';
import { percentile } from './percentile.js';

const CHILD = fileURLToPath(new URL('./aliasMiningChild.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ROUNDS = 3;

export interface AliasMiningFigures {
  /** The main thread's CPU ms, the median of the timed rounds (the code compiled): the figure. */
  mainCpuMs: number;
  /** The process's CPU ms over the same rounds, median (with the GC's helper threads and the compiler). */
  processCpuMs: number;
  /** The first mining in the process (untimed by the rounds): its code not yet compiled, WordNet's reads not yet remembered. */
  firstMainCpuMs: number;
  rounds: number;
  /** The alias pairs mined, every round the same. */
  pairs: number;
}

/** `env` is added to this process's environment (the cache folder the first-seen children read). */
export async function measureAliasMining(reportsDir: string, env: Record<string, string>): Promise<AliasMiningFigures> {
  // Through tsx whatever runs this (the bench, or a test's runner), from the repository, where tsx is installed.
  const rounds = (await childJsonLine(['--import', 'tsx', '--expose-gc', CHILD, reportsDir, String(ROUNDS)], { cwd: ROOT, env }, 'alias mining measurement')) as AliasMiningRounds;
  return {
    mainCpuMs: percentile(rounds.mainCpuMs, 50),
    processCpuMs: percentile(rounds.processCpuMs, 50),
    firstMainCpuMs: rounds.firstMainCpuMs,
    rounds: rounds.mainCpuMs.length,
    pairs: rounds.pairs,
  };
}
