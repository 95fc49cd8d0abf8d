// bench/firstSeenInstructions.ts counts instructions only under Callgrind: anywhere else it stops
// before loading the library (which would take a minute and the corpus cache), with its usage.

import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/productionBuild.js';

function run(args: string[]): Promise<{ code: number; stderr: string; ms: number }> {
  const began = Date.now();
  return new Promise((resolve) => {
    // The test's own process is not under Callgrind; neither is its child.
    execFile(process.execPath, ['--import', 'tsx', 'bench/firstSeenInstructions.ts', ...args], { cwd: ROOT }, (error, _stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stderr, ms: Date.now() - began });
    });
  });
}

describe('firstSeenInstructions', () => {
  it('stops at once with its usage when not run under Callgrind', async () => {
    const result = await run(['--reports', '40', '--questions', '1']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not run under Callgrind');
    expect(result.stderr).toContain('valgrind --tool=callgrind --separate-threads=yes');
    expect(result.stderr).toContain('--import tsx');
    // The library load and warm-up alone take longer than this.
    expect(result.ms).toBeLessThan(15_000);
  });

  it('prints its usage for an option it does not know', async () => {
    const result = await run(['--questoins', '5']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Unknown option '--questoins'");
    expect(result.stderr).toContain('valgrind --tool=callgrind --separate-threads=yes');
  });
});
