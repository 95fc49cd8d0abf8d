// bench/firstSeenInstructions.ts counts instructions only under Callgrind: anywhere else it stops
// before loading the library (which would take a minute and the corpus cache), with its usage.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { corpusDir } from '../../bench/generateCorpus.js';
import { ROOT } from '../support/productionBuild.js';

function run(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    // The test's own process is not under Callgrind; neither is its child.
    execFile(process.execPath, ['--import', 'tsx', 'bench/firstSeenInstructions.ts', ...args], { cwd: ROOT }, (error, _stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stderr });
    });
  });
}

/** A seed no bench run uses, so its corpus is there only if this test's run wrote it. */
const SEED = 3107;

describe('firstSeenInstructions', () => {
  it('stops with its usage before loading anything when not run under Callgrind', async () => {
    const corpus = corpusDir(3, SEED);
    await rm(corpus, { recursive: true, force: true });
    const result = await run(['--reports', '3', '--seed', String(SEED), '--questions', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not run under Callgrind');
    expect(result.stderr).toContain('valgrind --tool=callgrind --separate-threads=yes');
    expect(result.stderr).toContain('--import tsx');
    // Loading the library starts by writing its corpus (openCorpusLibrary); how long the stop
    // takes is the bench's to say (bench/README.md, thirty-first session).
    expect(existsSync(corpus)).toBe(false);
  });

  it('prints its usage for an option it does not know', async () => {
    const result = await run(['--questoins', '5']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown option '--questoins'");
    expect(result.stderr).toContain('valgrind --tool=callgrind --separate-threads=yes');
  });
});
