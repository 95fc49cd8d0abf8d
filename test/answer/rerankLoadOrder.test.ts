// The reranker's module loaded by Node before anything else of the answer path, as
// eval/fitReranker.ts loads it. Its features once loaded the "no answer" decision, which loads the
// reranker's module back (a cycle), so nothing might read the reranker's constants while they
// loaded (the decision read RERANK_TOP as it loaded when this test was written, and fitReranker
// stopped at its start). They load only the claims' coverage now (claimCoverage.ts): no cycle is
// left, and this checks that the module loads first without error and sets RERANK_TOP, a guard
// should such a cycle come back, not a test of rerankTop.ts alone.
// In a child process: vitest's own module loader settles a cycle differently from Node's.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOAD_FIRST = "const m = await import('./src/answer/rerankClaims.ts'); console.log(m.RERANK_TOP);";

describe('the reranker loaded first', () => {
  it('loads in Node with RERANK_TOP set', async () => {
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', LOAD_FIRST], { cwd: ROOT }, (error, out, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(out);
      });
    });
    expect(stdout.trim()).toBe('5');
  });
});
