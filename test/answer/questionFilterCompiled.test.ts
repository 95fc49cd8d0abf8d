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
      ['--trace-opt', '--trace-deopt', '--trace-file-names', '--no-concurrent-recompilation', '--import', 'tsx', 'test/fixtures/runtime/phraselessFilter.ts'],
      { cwd: ROOT, env: { ...process.env, REPORTS_DIR: '' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(stdout.split('\n'));
      },
    );
  });
}

/** A trace line about questionFilter.ts's questionFilter. */
const QUESTION_FILTER = /<JSFunction questionFilter <[^>]*\/src\/answer\/questionFilter\.ts>/;

describe('questionFilter compiled', () => {
  // An answer passes the phrases parseQuery read; "why nothing" tries a filter alone and passes
  // none. An empty list of parseQuery's (its literal's kind moved on by the strings pushed into
  // others) and questionFilter's own empty default were two maps to V8, and the code compiled on
  // answers alone was thrown away at the first filter tried alone.
  it('keeps the code V8 compiled for questionFilter when a filter is tried without phrases', async () => {
    const lines = await trace();
    const mark = lines.indexOf('[a filter tried alone]');
    expect(mark).toBeGreaterThan(0);
    const optimized = lines.slice(0, mark).some((line) => line.startsWith('[completed compiling') && QUESTION_FILTER.test(line));
    expect(optimized).toBe(true);
    const thrownAway = lines.slice(mark).filter((line) => line.startsWith('[bailout') && QUESTION_FILTER.test(line));
    expect(thrownAway).toEqual([]);
  }, 60_000);
});
