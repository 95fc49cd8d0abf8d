import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** V8's trace of what it optimized and deoptimized while the fixture ran, its marks among it. */
function trace(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      // Compiled on the main thread, so the code is in place before the fixture's mark whatever the machine's load.
      ['--trace-opt', '--trace-deopt', '--trace-file-names', '--no-concurrent-recompilation', '--import', 'tsx', 'test/fixtures/runtime/trailingStopWord.ts'],
      { cwd: ROOT, env: { ...process.env, REPORTS_DIR: '' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(stdout.split('\n'));
      },
    );
  });
}

/** A trace line about expandQuestion.ts's expandNow. */
const EXPAND_NOW = /<JSFunction expandNow <[^>]*\/src\/search\/expandQuestion\.ts>/;

describe('expandQuestion compiled', () => {
  // A question ending with a stop word ("made of?") has no word after its last: reading one past
  // the words' end, where the questions V8 had compiled expandNow on never did, threw its code away.
  it('keeps the code V8 compiled for expandNow at a question ending with a stop word', async () => {
    const lines = await trace();
    const mark = lines.indexOf('[trailing stop word]');
    expect(mark).toBeGreaterThan(0);
    const optimized = lines.slice(0, mark).some((line) => line.startsWith('[completed compiling') && EXPAND_NOW.test(line));
    expect(optimized).toBe(true);
    const thrownAway = lines.slice(mark).filter((line) => line.startsWith('[bailout') && EXPAND_NOW.test(line));
    expect(thrownAway).toEqual([]);
  }, 60_000);
});
