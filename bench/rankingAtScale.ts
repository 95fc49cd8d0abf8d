// Ranking quality at scale: the eval questions (eval/questions.json and the held-out set) over
// their real reports mixed into a generated library of N reports, so every answer must be found
// among thousands of distractors. Compares exhaustive scoring with the pruned scoring large
// libraries use (src/search/prunedSearch.ts), with latency.
// `npx tsx bench/rankingAtScale.ts [--reports 2000] [--share 0.02,0.05] [--candidates 200,500]`

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluate, type EvalQuestion, type Metrics } from '../eval/evaluate.js';
import { loadReports } from '../src/reports/loadReports.js';
import { Library } from '../src/library/library.js';
import { parseQuery } from '../src/search/parseQuery.js';
import { ensureCorpus } from './generateCorpus.js';
import { percentile } from './percentile.js';

const { values } = parseArgs({
  options: { reports: { type: 'string', default: '2000' }, share: { type: 'string', default: '0.02' }, candidates: { type: 'string', default: '500' } },
});
const corpus = await ensureCorpus(Number(values.reports));
const sets = [
  { name: 'tuning', questions: '../eval/questions.json', reports: '../reports/' },
  { name: 'held-out', questions: '../eval/holdout/questions.json', reports: '../eval/holdout/reports/' },
];
const at = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

const generated = await loadReports(corpus.dir);
const f = (x: number): string => x.toFixed(3);
console.log(`| set | scoring | R@1 | R@3 | MRR | p50 ms | p99 ms |`);
console.log(`|---|---|---|---|---|---|---|`);
for (const set of sets) {
  const real = await loadReports(at(set.reports), { cacheDir: null });
  const library = Library.from({ reports: [...generated.reports, ...real.reports], errors: [], warnings: [] });
  const questions = JSON.parse(readFileSync(at(set.questions), 'utf8')) as EvalQuestion[];
  const variants: [string, { exhaustive?: boolean; commonShare?: number; maxCandidates?: number }][] = [['exhaustive', { exhaustive: true }]];
  for (const share of values.share.split(',')) {
    for (const candidates of values.candidates.split(',')) {
      variants.push([`pruned: share ${share}, ${candidates} candidates`, { commonShare: Number(share), maxCandidates: Number(candidates) }]);
    }
  }
  for (const [name, options] of variants) {
    const times: number[] = [];
    const metrics = evaluate(library, questions, (question) => {
      const start = performance.now();
      const ids = library.index.search(parseQuery(question).text, undefined, options).map((r) => r.id);
      times.push(performance.now() - start);
      return ids;
    });
    const all = metrics.get('all') as Metrics;
    console.log(`| ${set.name} (${questions.length}) | ${name} | ${f(all.recall1)} | ${f(all.recall3)} | ${f(all.mrr)} | ${percentile(times, 50).toFixed(2)} | ${percentile(times, 99).toFixed(2)} |`);
  }
}
