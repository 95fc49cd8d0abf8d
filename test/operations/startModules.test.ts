// What the bot's main thread loads before it listens: every package it imports is read, compiled
// and run at every start. The report parser's (remark, gray-matter), Redis's (ioredis) and the
// development logger's (pino-pretty) are loaded only when used: parsing runs on worker threads or
// not at all (the cache), most bots run without Redis, and a production bot logs JSON.

import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A package's files Node's require cache holds: remark is ESM, so its own files are not there;
 * unified, which it runs on, requires `extend`, which is.
 */
const MARKERS = { remark: 'extend', 'gray-matter': 'gray-matter', ioredis: 'ioredis', 'pino-pretty': 'pino-pretty' } as const;

/** Which of MARKERS' packages a fresh process has loaded after importing `modules` (src paths), then running `then` (`imported` holds them). */
async function packagesLoadedBy(modules: string[], then = ''): Promise<string[]> {
  const script = `
    import { createRequire } from 'node:module';
    const imported = [];
    for (const module of ${JSON.stringify(modules)}) imported.push(await import(new URL(module, ${JSON.stringify(`file://${ROOT}`)}).href));
    ${then}
    const files = Object.keys(createRequire(import.meta.url).cache);
    const markers = ${JSON.stringify(MARKERS)};
    console.log(JSON.stringify(Object.keys(markers).filter((name) => files.some((file) => file.includes('/node_modules/' + markers[name] + '/')))));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, env: { ...process.env, NODE_ENV: 'production' } });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '[]') as string[];
}

/** Each check starts a process through tsx: seconds on a busy machine. */
const CHECK_TIMEOUT_MS = 60_000;

describe("the bot's modules at start", () => {
  it('leave out the parser, Redis and the development logger', async () => {
    // A production logger as runBot makes one (createBotLogger): JSON lines.
    expect(await packagesLoadedBy(['src/runBot.ts', 'src/logging/createLogger.ts'], "imported[1].createLogger({ secrets: [] }).info('started');")).toEqual([]);
  }, CHECK_TIMEOUT_MS);

  // So the first check could fail: each package is seen once a module that uses it is imported.
  it('see each of them once a module that uses it is imported', async () => {
    const loaded = await packagesLoadedBy(['src/reports/parseReportBytes.ts', 'src/redis/redisConnection.ts', 'src/logging/createLogger.ts'], "imported[2].createLogger({ secrets: [], pretty: true });");
    expect(loaded.sort()).toEqual(['gray-matter', 'ioredis', 'pino-pretty', 'remark']);
  }, CHECK_TIMEOUT_MS);
});
