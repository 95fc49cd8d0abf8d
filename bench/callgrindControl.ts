// Switching Callgrind's counting on and off from inside the process it counts, for the bench's
// instruction counts (firstSeenInstructions.ts, backToBackInstructions.ts).

import { spawn } from 'node:child_process';

/**
 * One `callgrind_control` request on this process. Rejects unless Callgrind answered for this pid:
 * callgrind_control exits 0 even when no Callgrind run has it (another valgrind tool, no valgrind),
 * saying so on stdout.
 */
export function callgrind(...request: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('callgrind_control', [...request, String(process.pid)], { stdio: ['ignore', 'pipe', 'ignore'] });
    let said = '';
    child.stdout.on('data', (chunk: Buffer) => (said += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && said.includes(`PID ${process.pid}:`)) resolve();
      else reject(new Error(said.trim().split('\n')[0] || `callgrind_control exited ${code}`));
    });
  });
}
