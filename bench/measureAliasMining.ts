// What issue 9 adds to a cold start's load: every report mined for the names it defines
// (aliases.ts), timed in a process of its own (aliasMiningChild.ts). Timed in the bench's own
// process, after its back-to-back rounds, the same code read 390-980 ms from run to run: there it
// met that process's heap (342 MB in one run, 882 ms of CPU, 628 of it the main thread's, the
// rest V8's helper threads in its scavenges) where a process holding the library alone (150 MB)
// mined in 436 ms (bench/README.md, fifty-sixth session).

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { AliasMiningRounds } from './aliasMiningChild.js';
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
export function measureAliasMining(reportsDir: string, env: Record<string, string>): Promise<AliasMiningFigures> {
  return new Promise((resolve, reject) => {
    // Through tsx whatever runs this (the bench, or a test's runner), from the repository, where tsx is installed.
    const child = spawn(process.execPath, ['--import', 'tsx', '--expose-gc', CHILD, reportsDir, String(ROUNDS)], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) {
        reject(new Error(`alias mining measurement failed (exit ${code}): ${out}`));
        return;
      }
      const rounds = JSON.parse(line) as AliasMiningRounds;
      resolve({
        mainCpuMs: percentile(rounds.mainCpuMs, 50),
        processCpuMs: percentile(rounds.processCpuMs, 50),
        firstMainCpuMs: rounds.firstMainCpuMs,
        rounds: rounds.mainCpuMs.length,
        pairs: rounds.pairs,
      });
    });
  });
}
