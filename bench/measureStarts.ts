// The bot's starts, compiled (`node dist/main.js`, production) against tsx (`tsx src/main.ts`,
// development): over the generated corpus, one cold start of each (no cache; the compiled one is
// the cold-start target) and a compiled warm start (the cache and index snapshot the cold one
// wrote); over the bundled reports, `ask` and the bot, medians of a few runs, the two builds
// taking turns so both meet the same machine.

import { rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './ensureBuild.js';
import { type BotBuild, type BotStartFigures, measureAsk, measureBotStart } from './measureBotStart.js';

const BUNDLED_REPORTS = fileURLToPath(new URL('../reports', import.meta.url));
const BUNDLED_QUESTION = 'heat pumps in the cold';

export interface BuildPair {
  compiled: number;
  tsx: number;
}

export interface StartsResult {
  /** Whether this process (re)built dist/ first because it was missing or older than src/. */
  built: boolean;
  corpus: { compiledCold: BotStartFigures; compiledWarm: BotStartFigures; tsxCold: BotStartFigures };
  /** The bundled reports, no cache: medians of `runs` runs, ms from the spawn. */
  bundled: { reports: number; runs: number; ask: BuildPair; started: BuildPair; ready: BuildPair; answered: BuildPair; load: [number, number] };
}

export async function measureStarts(corpusDir: string, cacheDir: string, question: string, runs: number, log: (message: string) => void): Promise<StartsResult> {
  log('start: building dist/ if it is missing or older than src/ (once a process)');
  const built = await ensureBuild();

  log(`start: bundled reports, no cache, ${runs} runs of ask and the bot, compiled and tsx in turn`);
  const loadBefore = loadavg()[0] as number;
  const ask: Record<BotBuild, number[]> = { compiled: [], tsx: [] };
  const bots: Record<BotBuild, BotStartFigures[]> = { compiled: [], tsx: [] };
  for (let run = 0; run < runs; run++) {
    for (const build of ['compiled', 'tsx'] as const) {
      ask[build].push(await measureAsk(build, BUNDLED_REPORTS, BUNDLED_QUESTION));
      bots[build].push(await measureBotStart(build, BUNDLED_REPORTS, 'off', BUNDLED_QUESTION));
    }
  }
  const pair = (pick: (build: BotBuild) => number[]): BuildPair => ({ compiled: median(pick('compiled')), tsx: median(pick('tsx')) });
  const bundled = {
    reports: bots.compiled[0]?.reports ?? 0,
    runs,
    ask: pair((b) => ask[b]),
    started: pair((b) => bots[b].map((s) => s.startedMs)),
    ready: pair((b) => bots[b].map((s) => s.readyMs)),
    answered: pair((b) => bots[b].map((s) => s.answeredMs)),
    load: [loadBefore, loadavg()[0] as number] as [number, number],
  };

  log('start: corpus, compiled, cold (no cache)');
  await rm(cacheDir, { recursive: true, force: true });
  const compiledCold = await measureBotStart('compiled', corpusDir, cacheDir, question);
  log('start: corpus, compiled, warm (the cache and index snapshot the cold start wrote)');
  const compiledWarm = await measureBotStart('compiled', corpusDir, cacheDir, question);
  log('start: corpus, tsx, cold (no cache)');
  await rm(cacheDir, { recursive: true, force: true });
  const tsxCold = await measureBotStart('tsx', corpusDir, cacheDir, question);
  return { built, corpus: { compiledCold, compiledWarm, tsxCold }, bundled };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

