// Cold and warm start, each in a child process so every start has a fresh heap and nothing
// warmed up: the child loads the library and reports its figures (see startLibrary.mjs). The child
// runs the compiled bot (dist/, built first when missing or older than src/) with no loader, so its
// memory is the bot's.

import { fileURLToPath } from 'node:url';
import { childJsonLine } from './childJsonLine.js';
import { ensureBuild } from './ensureBuild.js';

const CHILD = fileURLToPath(new URL('./startLibrary.mjs', import.meta.url));

export interface StartFigures {
  ms: number;
  reports: number;
  claims: number;
  rssMB: number;
  heapMB: number;
  /** The longest time the event loop could not run anything else while loading. */
  maxBlockMs: number;
}

/** `env` is added to this process's environment (e.g. the cache folder). */
export async function measureStart(reportsDir: string, env: Record<string, string>): Promise<StartFigures> {
  await ensureBuild();
  return (await childJsonLine(['--expose-gc', CHILD, reportsDir], { env }, 'start measurement')) as StartFigures;
}
