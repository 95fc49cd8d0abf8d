// Runs a command-line tool as its process: with the process's streams and environment, the exit
// code it returns set as the process's. A stdout or stderr that fails says so as an 'error' event
// after the write returned, which no catch around the tool's code sees (each tool's:
// unexpectedError.ts) and which Node, unhandled, ends with a stack trace. A
// reader that went away (`npm run ask -- … | head -1`) is no failure: the rest of the output is
// dropped and the tool ends with its own exit code.

import type { CliIo } from './cliIo.js';

/** How a write fails when nobody reads any more: a closed pipe, a reset socket. */
const READER_GONE = new Set(['EPIPE', 'ECONNRESET']);

export async function runAsProcess(tool: string, main: (io: CliIo) => Promise<number>): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (READER_GONE.has(error.code ?? '')) return;
    process.stderr.write(`${tool}: could not write its output: ${error.message}\n`);
    process.exitCode ||= 1;
  });
  // Nowhere left to say anything.
  process.stderr.on('error', (error: NodeJS.ErrnoException) => {
    if (!READER_GONE.has(error.code ?? '')) process.exitCode ||= 1;
  });
  // exitCode, not exit(): stderr written just before is flushed first (a pipe need not be synchronous).
  const code = await main({ stdout: process.stdout, stderr: process.stderr, env: process.env });
  process.exitCode = code || process.exitCode;
}
