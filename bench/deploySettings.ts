// What deploy settings (environment variables the Dockerfile could set) do to the bot's memory and
// start: the compiled bot (measureBotStart.ts) started cold (no cache: it builds WordNet's relation
// table in a child process after its warm-up) and warm, its memory sampled every second after the
// first answer; and the bench's in-process "RSS after load" (startLibrary.mjs, compiled). Each setting takes
// its turn with the bot as it is, run after run, so a loaded machine moves them alike.
// `npx tsx bench/deploySettings.ts [--runs 2] [--seconds 60] [--setting "MALLOC_ARENA_MAX=2"] [--setting "NODE_OPTIONS=--max-semi-space-size=8"] ...`
// (each --setting one variant: space-separated NAME=value pairs; the bot as it is always runs too).

import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_ROOT, DEFAULT_SEED, ensureCorpus, reportIdsOf } from './generateCorpus.js';
import { generateQuestions } from './generateQuestions.js';
import { ensureBuild } from './ensureBuild.js';
import { measureBotStart } from './measureBotStart.js';
import { measureStart } from './measureStart.js';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '2' },
    seconds: { type: 'string', default: '60' },
    setting: { type: 'string', multiple: true, default: ['MALLOC_ARENA_MAX=2', 'NODE_OPTIONS=--max-semi-space-size=8'] },
  },
});

/** A variant's environment from "A=1 B=2". */
function settingsOf(text: string): Record<string, string> {
  return Object.fromEntries(
    text
      .split(' ')
      .filter(Boolean)
      .map((pair) => {
        const at = pair.indexOf('=');
        if (at <= 0) throw new Error(`--setting takes NAME=value pairs, not ${pair}`);
        return [pair.slice(0, at), pair.slice(at + 1)];
      }),
  );
}

const variants: { name: string; env: Record<string, string> }[] = [{ name: 'as is', env: {} }, ...values.setting.map((text) => ({ name: text, env: settingsOf(text) }))];
const reports = Number(values.reports);
const corpus = await ensureCorpus(reports, DEFAULT_SEED);
const question = generateQuestions(DEFAULT_SEED, 1, reportIdsOf(corpus))[0]?.text ?? 'heat pumps';
await ensureBuild();
const mb = (n: number): string => n.toFixed(0);

for (let run = 1; run <= Number(values.runs); run++) {
  for (const [v, { name, env }] of variants.entries()) {
    // A folder of its own per variant: a cold start empties it, the warm start after reads what it wrote.
    const cacheDir = join(CORPUS_ROOT, 'cache', `deploy-settings-${v}`);
    await rm(cacheDir, { recursive: true, force: true });
    for (const start of ['cold', 'warm'] as const) {
      const bot = await measureBotStart('compiled', corpus.dir, cacheDir, question, { env, sampleMs: Number(values.seconds) * 1000 });
      const m = bot.memory;
      if (!m) throw new Error('no memory sampled');
      console.log(
        `run ${run}, ${name}, bot ${start}: answered ${(bot.answeredMs / 1000).toFixed(2)} s (CPU ${((bot.cpuMs ?? Number.NaN) / 1000).toFixed(2)} s, main ${((bot.mainCpuMs ?? Number.NaN) / 1000).toFixed(2)} s), load ${bot.load.toFixed(1)}; RSS MB at the answer ${mb(m.atAnswerMB)}, tree peak ${mb(m.treePeakMB)} (bot ${mb(m.botAtPeakMB)}), after ${values.seconds} s bot ${mb(m.botEndMB)} (anonymous ${mb(m.botEndAnonMB)}), tree ${mb(m.treeEndMB)}`,
      );
    }
    // The bench's own figure: the library loaded in process, cold (parse cache emptied) and warm.
    const libraryCache = join(CORPUS_ROOT, 'cache', `deploy-settings-library-${v}`);
    await rm(libraryCache, { recursive: true, force: true });
    for (const start of ['cold', 'warm'] as const) {
      const loaded = await measureStart(corpus.dir, { REPORT_CACHE_DIR: libraryCache, ...env });
      console.log(`run ${run}, ${name}, in-process load ${start}: RSS ${mb(loaded.rssMB)} MB, heap ${mb(loaded.heapMB)} MB, ${(loaded.ms / 1000).toFixed(2)} s`);
    }
  }
}
