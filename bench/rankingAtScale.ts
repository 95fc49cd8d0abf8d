// Ranking quality at scale: the eval questions over their real reports alone, and the same
// questions with those reports mixed into a generated library of N reports, answered as the bot
// answers (answerQuestion at production defaults: chat cleaning, related words, pruned search
// from 2,000 claims, knowing when there is no answer), with answer latency; and among the
// distractors scored exhaustively (MiniSearch's public API), which pruning must not rank worse
// than (test/search/rankingAtScale.test.ts). The generated reports share the bundled reports'
// domains, so some of their claims answer the questions too: recall among them is lower.
// Latency is fair between the libraries only after a set's questions were answered once: their
// first answers read their words from WordNet (a process-wide memory) and have V8 compile the
// answer path, so whichever library came first looked slower. Each set's first row is those first
// answers, over its reports alone; the rows after it answer the same questions again
// (bench/README.md, thirty-second session).
// `npx tsx bench/rankingAtScale.ts [--reports 2000] [--set 'held-out 9' ...]` (--set: only those sets)

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { declining, evaluate, type EvalQuestion, type Metrics } from '../eval/evaluate.js';
import { EVAL_SETS } from '../eval/evalSets.js';
import { answerQuestion } from '../src/answer/answerQuestion.js';
import { Library } from '../src/library/library.js';
import { ClaimIndex } from '../src/search/claimIndex.js';
import { loadReports } from '../src/reports/loadReports.js';
import type { Report } from '../src/reports/model.js';
import { ensureCorpus } from './generateCorpus.js';
import { percentile } from './percentile.js';

export interface RankingFigures {
  claims: number;
  all: Metrics;
  declined: number;
  answered: number;
  p50: number;
  p99: number;
}

/**
 * The eval figures of `questions` answered from `reports`, as the bot answers them; with
 * `exhaustive`, on MiniSearch's public API, which scores every match (no pruning at any size).
 */
export function rankingOf(reports: Report[], questions: EvalQuestion[], { exhaustive = false } = {}): RankingFigures {
  const library = rankingLibrary(reports, { exhaustive });
  const times: number[] = [];
  const rank = (question: string): string[] => {
    const start = performance.now();
    const ids = answerQuestion(library, question).items.map((item) => item.claim.id);
    times.push(performance.now() - start);
    return ids;
  };
  const all = evaluate(library, questions, rank).get('all') as Metrics;
  const { declined, answered } = declining(questions, rank);
  return { claims: library.claimCount, all, declined, answered, p50: percentile(times, 50), p99: percentile(times, 99) };
}


/**
 * The library `reports` are ranked in, built in one go; with `exhaustive`, on MiniSearch's public
 * API (no pruning at any size). Also test/search/rankingAtScale.test.ts's, so the test and the
 * bench rank in the same library.
 */
export function rankingLibrary(reports: Report[], { exhaustive = false } = {}): Library {
  const library = new Library(new ClaimIndex({ publicApiOnly: exhaustive }));
  library.add({ reports, errors: [], warnings: [] });
  // What the bot's warm-up builds before anyone asks (the typo neighbours' deletion index, the
  // claims' field lengths): otherwise the first question searched pays for it, a p99 of its own
  // among thousands of claims. The warm-up's questions are not asked: they grow with the library,
  // and over the exhaustive index they take minutes.
  library.index.prepare();
  return library;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { reports: { type: 'string', default: '2000' }, set: { type: 'string', multiple: true } } });
  const unknown = (values.set ?? []).filter((name) => !EVAL_SETS.some((set) => set.name === name));
  if (unknown.length > 0) throw new Error(`no eval set named ${unknown.join(', ')}: ${EVAL_SETS.map((set) => set.name).join(', ')}`);
  const generated = (await loadReports((await ensureCorpus(Number(values.reports))).dir)).reports;
  const f = (x: number): string => x.toFixed(3);
  const pct = (x: number): string => (Number.isNaN(x) ? '-' : `${Math.round(x * 100)} %`);
  console.log('| set | library | claims | R@1 | R@3 | MRR | answered | declined | answer p50 ms | p99 ms |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const set of EVAL_SETS.filter((set) => !values.set || values.set.includes(set.name))) {
    const real = (await loadReports(set.reports, { cacheDir: null })).reports;
    const questions = JSON.parse(readFileSync(set.questions, 'utf8')) as EvalQuestion[];
    // With several sets, the words earlier sets asked are read already in the first row.
    const variants = [
      ['its reports alone, first answers', real, false],
      ['its reports alone', real, false],
      [`among ${values.reports} generated, pruned (production)`, [...generated, ...real], false],
      [`among ${values.reports} generated, exhaustive`, [...generated, ...real], true],
    ] as const;
    for (const [library, reports, exhaustive] of variants) {
      const r = rankingOf([...reports], questions, { exhaustive });
      console.log(`| ${set.name} | ${library} | ${r.claims} | ${f(r.all.recall1)} | ${f(r.all.recall3)} | ${f(r.all.mrr)} | ${pct(r.answered)} | ${pct(r.declined)} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} |`);
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
