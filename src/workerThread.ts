// Starts a worker thread, or gives the arguments that start a child process, from a module next
// to the caller's, whether the bot runs compiled (JavaScript) or from source under tsx or vitest
// (TypeScript).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The worker module `name` (without extension) next to the module at `from` (its import.meta.url). */
export function workerUrl(from: string, name: string): URL {
  return new URL(`./${name}${from.endsWith('.ts') ? '.ts' : '.js'}`, from);
}

export function startWorker(url: URL, options: { workerData?: unknown } = {}): Worker {
  return url.pathname.endsWith('.ts')
    ? new Worker(typeScriptBootstrap(url), { eval: true, execArgv: [], ...options })
    : new Worker(url, { execArgv: [], ...options });
}

/** Node's arguments that run the module at `url` as a child process (`args` after it), through tsx when it is TypeScript. */
export function childProcessArgs(url: URL, args: readonly string[]): string[] {
  const script = fileURLToPath(url);
  return url.pathname.endsWith('.ts') ? ['--import', pathToFileURL(tsxLoaderPath()).href, script, ...args] : [script, ...args];
}

/**
 * Node 20 does not apply `--import tsx` to a worker's own entry module, so a TypeScript worker
 * starts as a line of JavaScript that registers tsx in the worker and then imports it.
 */
function typeScriptBootstrap(url: URL): string {
  const tsxApi = pathToFileURL(tsxEsmApiPath()).href;
  return `import(${JSON.stringify(tsxApi)}).then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); });`;
}

/** tsx's ESM API as its package exports it for `import` (require.resolve would give the CommonJS one). */
function tsxEsmApiPath(): string {
  const { folder, exports } = tsxExports();
  const entry = (exports['./esm/api'] as { import: { default: string } } | undefined)?.import.default;
  if (!entry) throw new Error('tsx has no ./esm/api export; cannot run TypeScript workers');
  return join(folder, entry);
}

/** What `node --import tsx` loads: tsx's main export. */
function tsxLoaderPath(): string {
  const { folder, exports } = tsxExports();
  const entry = exports['.'];
  if (typeof entry !== 'string') throw new Error('tsx has no main export; cannot run TypeScript child processes');
  return join(folder, entry);
}

function tsxExports(): { folder: string; exports: Record<string, unknown> } {
  const packageJson = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(packageJson, 'utf8')) as { exports: Record<string, unknown> };
  return { folder: dirname(packageJson), exports };
}
