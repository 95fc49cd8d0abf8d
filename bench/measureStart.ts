// Cold and warm start, each in a child process so every start has a fresh heap and nothing
// warmed up: the child loads the library and reports its figures (see startLibrary.ts).

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { StartFigures } from './startLibrary.js';

const CHILD = fileURLToPath(new URL('./startLibrary.ts', import.meta.url));

/** `env` is added to this process's environment (e.g. the cache folder). */
export function measureStart(reportsDir: string, env: Record<string, string>): Promise<StartFigures> {
  return new Promise((resolve, reject) => {
    // process.execArgv carries tsx's loader flags, so the child runs TypeScript as this process does.
    const child = spawn(process.execPath, [...process.execArgv, '--expose-gc', CHILD, reportsDir], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || line === '') reject(new Error(`start measurement failed (exit ${code}): ${out}`));
      else resolve(JSON.parse(line) as StartFigures);
    });
  });
}
