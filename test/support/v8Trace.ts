import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** V8's trace of what it optimized and deoptimized while a fixture (a path from the repository) ran, the fixture's marks among it. */
export function v8TraceOf(fixture: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      // Compiled on the main thread, so the code is in place before the fixture's mark whatever the machine's load.
      ['--trace-opt', '--trace-deopt', '--trace-file-names', '--no-concurrent-recompilation', '--import', 'tsx', fixture],
      { cwd: ROOT, env: { ...process.env, REPORTS_DIR: '' }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${error.message}\n${stderr}`));
        else resolve(stdout.split('\n'));
      },
    );
  });
}

/** Whether V8 finished compiling a function the pattern names between two lines of a trace. */
export function compiledBetween(lines: readonly string[], fn: RegExp, from: number, to: number): boolean {
  return lines.slice(from, to).some((line) => line.startsWith('[completed compiling') && fn.test(line));
}

/** The trace's lines where V8 threw away code compiled for a function the pattern names, from a line on. */
export function bailoutsFrom(lines: readonly string[], fn: RegExp, from: number): string[] {
  return lines.slice(from).filter((line) => line.startsWith('[bailout') && fn.test(line));
}
