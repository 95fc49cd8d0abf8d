// Runs one of our CLIs as a child process, the way people and scripts run it; and `ask` in this
// process, for what is not about the process itself (its exit code, what reaches its stdout).

import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runAsk } from '../../src/cli/askCommand.js';
import { runCheck } from '../../src/cli/checkCommand.js';
import { runFeedback } from '../../src/cli/feedbackCommand.js';
import type { CliIo } from '../../src/cli/cliIo.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every variable the bot and its CLIs read: .env.example names them all (test/operations/envExample checks it). */
const APP_VARIABLES = [...readFileSync(join(ROOT, '.env.example'), 'utf8').matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map(([, name]) => name as string);

/**
 * The environment a CLI run gets: the shell's (this process's), with every variable the bot reads
 * set empty (config.ts reads empty as unset), then `env`. A variable set, even empty, is not taken
 * from a `.env` (dotenv never overrides one): so neither a developer's shell nor a `.env` in the
 * folder a CLI runs in changes what a test sees.
 */
export function cliEnvironment(env: NodeJS.ProcessEnv = {}, shell: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...shell, ...Object.fromEntries(APP_VARIABLES.map((name) => [name, ''])), ...env };
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * A test's time limit for `runs` CLI runs: each is a node process that compiles the source with
 * tsx and reads the reports, and under a full `npm test` on a busy 2-core machine it gets a
 * small share of a core, so one limit for every test fits none of them.
 */
export function cliTimeout(runs: number): number {
  return Math.max(20_000, runs * 15_000);
}

/**
 * How many CLI processes one test file runs at once (the rest wait their turn): each compiles the
 * source with tsx, and a burst of them on a 2-core runner starves the other test files' workers,
 * whose timing-sensitive tests then fail. The count is per test file, not per machine: vitest gives
 * each file its own copy of this module, so files that run side by side each run this many.
 */
const AT_ONCE = 2;
let running = 0;
const waiting: (() => void)[] = [];

/** Runs `work` in its turn; a finished run hands its turn straight to the next one waiting. */
async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running < AT_ONCE) running++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

type Script = 'ask' | 'check' | 'feedback';

/**
 * Runs a CLI in `cwd` (default: the project folder, as `npm run` does) with cliEnvironment(env,
 * shell), `shell` standing for the environment of the shell it is run from (default: this process's).
 */
export function runCli(script: Script, args: string[], env: NodeJS.ProcessEnv = {}, { cwd = ROOT, shell = process.env }: { cwd?: string; shell?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return inTurn(
    () =>
      new Promise((resolve) => {
        execFile(process.execPath, nodeArguments(script, args), { cwd, env: cliEnvironment(env, shell) }, (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
          resolve({ code, stdout, stderr });
        });
      }),
  );
}

/**
 * A CLI run as runCli runs it, its stdout a pipe nobody reads ('unread': closed before the CLI
 * writes, as `npm run ask -- … | head -1` closes it once the first line is read) or the file open
 * at descriptor `stdout` (/dev/full: a disk that is full). Its stdout is ''.
 */
export function runCliWithStdout(script: Script, args: string[], stdout: 'unread' | number, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return inTurn(
    () =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, nodeArguments(script, args), { cwd: ROOT, env: cliEnvironment(env), stdio: ['ignore', stdout === 'unread' ? 'pipe' : stdout, 'pipe'] });
        child.stdout?.destroy();
        let stderr = '';
        child.stderr?.setEncoding('utf8').on('data', (text: string) => (stderr += text));
        child.on('error', reject);
        // Killed by a signal: 128 + its number, as a shell shows it, so a failing expectation tells SIGPIPE (141) from SIGKILL (137).
        child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 + (constants.signals[signal] ?? 0) : 1), stdout: '', stderr }));
      }),
  );
}

/** tsx's loader, by path: from another folder `--import tsx` would not be found. */
const TSX = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

/** What node runs a CLI's source with. */
function nodeArguments(script: Script, args: string[]): string[] {
  return ['--import', TSX, join(ROOT, 'src', 'cli', `${script}.ts`), ...args];
}

/**
 * `ask` run here, as its process runs it (ask.ts), with the environment runCli gives the process,
 * its output collected: stdout not a terminal, as runCli's pipe. No tsx start per run.
 */
export function askInProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return inProcess(runAsk, args, env);
}

/** `check` run here, as askInProcess runs `ask`. */
export function checkInProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return inProcess(runCheck, args, env);
}

/** `feedback` run here, as askInProcess runs `ask`. */
export function feedbackInProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return inProcess(runFeedback, args, env);
}

const IN_PROCESS = { ask: runAsk, check: runCheck, feedback: runFeedback };

/** A CLI run here as askInProcess runs `ask`, but every write to its stdout throws `failure`: a write that fails. */
export function withFailingStdout(command: keyof typeof IN_PROCESS, args: string[], failure: Error, env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return inProcess(IN_PROCESS[command], args, env, failure);
}

async function inProcess(command: (args: string[], io: CliIo) => Promise<number>, args: string[], env: NodeJS.ProcessEnv, failure?: Error): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await command(args, {
    stdout: {
      write: (text: string) => {
        if (failure) throw failure;
        return (stdout += text);
      },
    },
    stderr: { write: (text: string) => (stderr += text) },
    env: cliEnvironment(env),
  });
  return { code, stdout, stderr };
}
