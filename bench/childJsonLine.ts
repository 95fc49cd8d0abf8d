// A measurement run in a child process of its own (a fresh heap, nothing warmed up by the bench):
// the child prints its figures as JSON on its last line of output.

import { spawn } from 'node:child_process';

/**
 * Runs this Node with `args` and resolves the JSON the child printed last; rejects, naming `what`,
 * when it exits otherwise than 0 or its last line is not a JSON object.
 */
export function childJsonLine(args: readonly string[], options: { cwd?: string; env: Record<string, string> }, what: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line.startsWith('{')) reject(new Error(`${what} failed (exit ${code}): ${out}`));
      else resolve(JSON.parse(line));
    });
  });
}
