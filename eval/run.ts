// `npm run eval [-- --misses] [-- --embeddings]`: ranking quality of the bot on eval/questions.json
// over the bundled reports, and on held-out sets 1-5 (1-4 are development sets now: eval/README.md), each
// next to MiniSearch with default options on the same reports and questions.
// --embeddings: the bot with semantic search on the configured embeddings API (EMBEDDINGS_URL,
// EMBEDDINGS_MODEL, EMBEDDINGS_API_KEY, from the environment or .env).

import { readFileSync } from 'node:fs';
import dotenv from 'dotenv';
import { searchTextOf } from '../src/answer/answerQuestion.js';
import { libraryConfigFromEnv } from '../src/config.js';
import { attachSemanticSearch } from '../src/library/attachSemanticSearch.js';
import { loadReports } from '../src/reports/loadReports.js';
import { Library } from '../src/library/library.js';
import { botRanker, declining, evaluate, isUnanswerable, misses, rankingAloneRanker, untunedRanker, type EvalQuestion, type Metrics } from './evaluate.js';
import { EVAL_SETS, type EvalSet } from './evalSets.js';


const f = (x: number): string => x.toFixed(3);
const titleOf = (set: EvalSet): string =>
  set.name === 'tuning' ? 'Tuning set' : `Held-out set ${set.name.replace('held-out ', '')} (${set.heldOut ? 'never tuned on' : 'development set'})`;

dotenv.config({ quiet: true });
const settings = libraryConfigFromEnv(process.env);
const embeddings = process.argv.includes('--embeddings') ? settings.embeddings : undefined;
if (process.argv.includes('--embeddings') && !embeddings) {
  console.error('eval: --embeddings needs EMBEDDINGS_URL and EMBEDDINGS_MODEL (see README.md, "Semantic search").');
  process.exit(2);
}
if (embeddings) console.log(`Semantic search on: ${embeddings.model} at ${embeddings.url}`);

for (const set of EVAL_SETS) {
  const questions = JSON.parse(readFileSync(set.questions, 'utf8')) as EvalQuestion[];
  const reportsDir = set.reports;
  const library = Library.from(await loadReports(reportsDir));
  if (embeddings) {
    const semantic = attachSemanticSearch(library, embeddings, { reportsDir, cacheDir: settings.reportCacheDir });
    await semantic.sync();
    semantic.close();
    const { status, reason } = semantic.status();
    if (status === 'off') {
      console.error(`eval: semantic search is off: ${reason}`);
      process.exit(1);
    }
    // The ranker is synchronous: each question's vector is fetched first (see handleRequest).
    for (const question of questions) await semantic.prepare(searchTextOf(question.q, library));
  }
  const tuned = evaluate(library, questions, botRanker(library));
  const rankingAlone = evaluate(library, questions, rankingAloneRanker(library)).get('all') as Metrics;
  const untuned = evaluate(library, questions, untunedRanker(library));
  const kinds = ['all', ...[...new Set(questions.filter((q) => !isUnanswerable(q)).map((q) => q.kind))].sort()];

  console.log(`\n## ${titleOf(set)}: ${questions.length} questions over ${library.reports.length} reports, ${library.claimCount} claims\n`);
  console.log('| kind | n | R@1 | R@3 | MRR | untuned R@1 | untuned R@3 | untuned MRR |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const kind of kinds) {
    const t = tuned.get(kind) as Metrics;
    const u = untuned.get(kind) as Metrics;
    console.log(`| ${kind} | ${t.n} | ${f(t.recall1)} | ${f(t.recall3)} | ${f(t.mrr)} | ${f(u.recall1)} | ${f(u.recall3)} | ${f(u.mrr)} |`);
  }
  const pct = (x: number): string => (Number.isNaN(x) ? '-' : `${Math.round(x * 100)} %`);
  const [bot, plain] = [declining(questions, botRanker(library)), declining(questions, untunedRanker(library))];
  console.log(`\nKnowing when there is no answer: unanswerable questions declined ${pct(bot.declined)} of ${bot.unanswerable} (untuned ${pct(plain.declined)}); answerable questions answered ${pct(bot.answered)} of ${bot.answerable} (untuned ${pct(plain.answered)}).`);
  console.log(`The ranking alone (nothing declined; a declined question's related claims count): R@3 ${f(rankingAlone.recall3)}.`);
  if (process.argv.includes('--misses') && !set.heldOut) {
    console.log('\nNot in the top 3:');
    for (const line of misses(library, questions, botRanker(library))) console.log(`  ${line}`);
  }
}
