// @ts-check
// Child process of the benchmark: loads a reports folder into a ready Library the way the bot
// does, in a fresh process (fresh heap, nothing warmed up), and prints its figures as one JSON line
// (StartFigures, measureStart.ts). Plain JavaScript over the compiled bot (dist/, `npm run build`),
// so its memory is the bot's as it runs: through tsx, its loader held some 37 MB more (bench/README.md,
// fifty-first session). `node --expose-gc bench/startLibrary.mjs <reports dir>`; the cache folder
// comes from the environment. Type-checked by `tsc --noEmit`: each module of dist/ is typed by its
// source in src/, which it is compiled from (imported by path, so tsc needs no dist/ to check it).

import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * A module of the compiled bot.
 * @param {string} path under dist/
 * @returns {Promise<unknown>}
 */
const compiled = (path) => import(new URL(`../dist/${path}`, import.meta.url).href);

const { libraryConfigFromEnv } = /** @type {typeof import('../src/config.js')} */ (await compiled('config.js'));
const { Library } = /** @type {typeof import('../src/library/library.js')} */ (await compiled('library/library.js'));
const { loadLibrary } = /** @type {typeof import('../src/library/loadLibrary.js')} */ (await compiled('library/loadLibrary.js'));

const dir = process.argv[2];
if (!dir) throw new Error('usage: startLibrary.mjs <reports dir>');

const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();
const start = performance.now();
const library = new Library();
const loading = loadLibrary(library, dir, { cacheDir: libraryConfigFromEnv(process.env).reportCacheDir });
// Ready is every report served; the cache and index snapshot are written after, for the next start.
await loading.ready;
const ms = performance.now() - start;
await loading.done;
// The delay monitor sees a block only when its timer next runs: give it that turn.
await new Promise((resolve) => setTimeout(resolve, 20));
loopDelay.disable();

// Collected first so the heap figure is what the loaded library holds, not garbage. Twice: V8
// frees a dead ArrayBuffer's memory when it sweeps after a collection, on another thread, and
// the next collection waits for that sweep; read after one, the RSS still held the buffers the
// load's last steps let go (bench/README.md, forty-seventh session).
globalThis.gc?.();
globalThis.gc?.();
const memory = process.memoryUsage();
/** @type {import('./measureStart.js').StartFigures} */
const figures = {
  ms,
  reports: library.reports.length,
  claims: library.claimCount,
  rssMB: memory.rss / 2 ** 20,
  heapMB: memory.heapUsed / 2 ** 20,
  maxBlockMs: loopDelay.max / 1e6,
};
process.stdout.write(`${JSON.stringify(figures)}\n`);
