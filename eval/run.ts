// `npm run eval [-- --misses]`: ranking quality of the bot on eval/questions.json, next to
// MiniSearch with default options on the same reports and questions.

import { readFileSync } from 'node:fs';
import { loadReports } from '../src/reports/loadReports.js';
import { Library } from '../src/search/library.js';
import { botRanker, evaluate, misses, untunedRanker, type EvalQuestion, type Metrics } from './evaluate.js';

const questions = JSON.parse(readFileSync(new URL('./questions.json', import.meta.url), 'utf8')) as EvalQuestion[];
const library = Library.from(await loadReports(process.env.REPORTS_DIR ?? 'reports'));

const tuned = evaluate(library, questions, botRanker(library));
const untuned = evaluate(library, questions, untunedRanker(library));

const f = (x: number): string => x.toFixed(3);
const kinds = ['all', ...[...new Set(questions.map((q) => q.kind))].sort()];
const rows = kinds.map((kind) => {
  const t = tuned.get(kind) as Metrics;
  const u = untuned.get(kind) as Metrics;
  return `| ${kind} | ${t.n} | ${f(t.recall1)} | ${f(t.recall3)} | ${f(t.mrr)} | ${f(u.recall1)} | ${f(u.recall3)} | ${f(u.mrr)} |`;
});
console.log(`${questions.length} questions over ${library.reports.length} reports, ${library.claimCount} claims\n`);
console.log('| kind | n | R@1 | R@3 | MRR | untuned R@1 | untuned R@3 | untuned MRR |');
console.log('|---|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));
if (process.argv.includes('--misses')) {
  console.log('\nNot in the top 3:');
  for (const line of misses(library, questions, botRanker(library))) console.log(`  ${line}`);
}
