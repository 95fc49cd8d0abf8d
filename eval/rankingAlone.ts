// `npx tsx eval/rankingAlone.ts [--misses] [--causes]`: the search's own order on every eval set (its first
// claims reordered as an answer shows them: rerankClaims.ts), nothing declined and deeper than
// the 3 claims `npm run eval` shows for a declined question: Recall@1, Recall@3 and MRR over the
// first 50 claims (a claim found past 3 counts in MRR), and with --misses each
// question outside the first 3 with its rank ("none": not among the first 50), and with --causes
// the paraphrase and cross questions outside the first 3 counted by cause (missCause.ts). What a change to the
// ranking is measured on (eval/README.md, fourth and fifth sessions); held-out sets not yet looked
// at are scored but their misses never listed.

import { readFileSync } from 'node:fs';
import { rerankClaims } from '../src/answer/rerankClaims.js';
import { Library } from '../src/library/library.js';
import { loadReports } from '../src/reports/loadReports.js';
import { expandQuestion } from '../src/search/expandQuestion.js';
import { termsOf } from '../src/search/termsOf.js';
import { expectedIds, isUnanswerable, searchedClaims, type EvalQuestion } from './evaluate.js';
import { EVAL_SETS } from './evalSets.js';
import { missCause, ORDER } from './missCause.js';

const listMisses = process.argv.includes('--misses');
const countCauses = process.argv.includes('--causes');
/** Paraphrase and cross misses by what the answer shares with the question, and by how many of the 3 shown are of its report. */
const causes = new Map<string, number[]>();
const f = (x: number): string => x.toFixed(3);
const total = { n: 0, r1: 0, r3: 0, rr: 0 };

console.log('| set | n | R@1 | R@3 | MRR | paraphrase R@3 | conversational R@3 |');
console.log('|---|---|---|---|---|---|---|');
const missLines: string[] = [];
for (const set of EVAL_SETS) {
  const questions = (JSON.parse(readFileSync(set.questions, 'utf8')) as EvalQuestion[]).filter((q) => !isUnanswerable(q));
  const library = Library.from(await loadReports(set.reports));
  const sums = new Map<string, { n: number; r1: number; r3: number; rr: number }>();
  for (const question of questions) {
    const expected = expectedIds(library, question);
    const { text, typed, found } = searchedClaims(library, question.q);
    const ranked = rerankClaims(library, text, found, typed);
    const position = ranked.findIndex((item) => expected.has(item.claim.id));
    for (const kind of ['all', question.kind]) {
      const sum = sums.get(kind) ?? { n: 0, r1: 0, r3: 0, rr: 0 };
      sum.n++;
      if (position === 0) sum.r1++;
      if (position >= 0 && position < 3) sum.r3++;
      if (position >= 0) sum.rr += 1 / (position + 1);
      sums.set(kind, sum);
    }
    if (listMisses && !set.heldOut && !(position >= 0 && position < 3)) {
      missLines.push(`  ${set.name}: [${question.kind}] ${question.q}  -> rank ${position < 0 ? 'none' : position + 1}`);
    }
    if (countCauses && !set.heldOut && (question.kind === 'paraphrase' || question.kind === 'cross') && !(position >= 0 && position < 3)) {
      const answers = [...expected].flatMap((id) => library.claim(id) ?? []);
      const cause = missCause(termsOf(text), expandQuestion(text, { aliases: library.aliases }), answers, ranked.slice(0, 3).map((item) => item.claim));
      const row = causes.get(cause.shared) ?? [0, 0, 0, 0];
      row[cause.shownFromItsReport] = (row[cause.shownFromItsReport] ?? 0) + 1;
      causes.set(cause.shared, row);
    }
  }
  const all = sums.get('all') ?? { n: 0, r1: 0, r3: 0, rr: 0 };
  const recall = (kind: string): string => {
    const sum = sums.get(kind);
    return sum ? f(sum.r3 / sum.n) : '-';
  };
  console.log(`| ${set.name} | ${all.n} | ${f(all.r1 / all.n)} | ${f(all.r3 / all.n)} | ${f(all.rr / all.n)} | ${recall('paraphrase')} | ${recall('conversational')} |`);
  total.n += all.n;
  total.r1 += all.r1;
  total.r3 += all.r3;
  total.rr += all.rr;
}
console.log(`| all | ${total.n} | ${f(total.r1 / total.n)} | ${f(total.r3 / total.n)} | ${f(total.rr / total.n)} | | |`);
if (listMisses) console.log(`\nNot in the first 3:\n${missLines.join('\n')}`);
if (countCauses) {
  console.log('\nParaphrase and cross questions not in the first 3, by what the answer shares with the question (columns: how many of the 3 claims shown are of its report):\n');
  console.log('| shares | 0 | 1 | 2 | 3 | all |');
  console.log('|---|---|---|---|---|---|');
  for (const shared of ORDER) {
    const row = causes.get(shared) ?? [0, 0, 0, 0];
    console.log(`| ${shared} | ${row.join(' | ')} | ${row.reduce((a, b) => a + b, 0)} |`);
  }
}
