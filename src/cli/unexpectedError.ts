// What a command-line tool says when something it did not expect stopped it (a bug, a write that
// threw): one line in its own words first, then the stack for a bug report, and exit 1.
// Left to Node, an unhandled rejection prints the stack alone, which reads as a crash in the
// question or the reports.

import type { CliIo } from './cliIo.js';

/** Writes what stopped `tool` to stderr; the exit code to return: 1. */
export function unexpectedError(tool: string, error: unknown, io: CliIo): number {
  const message = error instanceof Error ? error.message : String(error);
  const stack = error instanceof Error && error.stack ? `\n${error.stack}` : '';
  io.stderr.write(`${tool}: stopped by an unexpected error: ${message}\n(a bug in report-bot, not in your question or the reports: please report it with what follows)${stack}\n`);
  return 1;
}
