// Where a command-line tool writes and what it reads of its environment: the process's own when it
// runs as a command, others in tests that run it in their own process.

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(text: string): unknown };
  env: NodeJS.ProcessEnv;
}
