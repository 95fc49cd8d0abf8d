// `npx tsx eval/fitAnswerability.ts [--misses] [--answered 0.98] [--set-answered 0.96] [--forward 10]`: fits the "is this answered?" model (ANSWER_MODEL in
// src/answer/answerModel.ts) on the development sets (eval/evalSets.ts), and says how well it
// carries over to a set it did not see: leave-one-set-out, each set in turn left out, fitted on
// the others, scored on it. Prints the model fitted on all of them, to paste into ANSWER_MODEL in
// answerModel.ts, and the figures of the model that is there now.
//
// The model is a logistic regression on answerFeatures and products of two (PAIRED_SIGNALS, MISSING_ANSWER_PAIRS; standardized, L2 penalty 1 on the
// weights, answerable and unanswerable questions weighted equally), its constant then moved so
// that ANSWERED_TARGET of the fitting sets' answerable questions (and, given --set-answered,
// SET_ANSWERED_TARGET of each set's) are answered, counting the questions isAnswer's own rules decide as they decide them, and
// then ROUNDING_MARGIN lower. Every question
// is ranked as the bot ranks it, without the decision, and the features read from that ranking.
// Left out it prints each set's answered and declined, their mean, the lowest set's answered, and
// the operating-point curve: declined at 95-98 % answered over all sets' left-out scores together
// ("pooled", each set scored by the model fitted without it). `--answered` and `--set-answered`
// set the two targets (to compare cuts); `--misses` lists each set's left-out mistakes
// (unanswerable answered, answerable declined) with their signals. `--forward N` also scores each of
// the last N sets with the model fitted on the sets listed before it only (forward-chained: as a set
// written later meets the model), beside leave-one-set-out on the same sets.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { answerFeatures } from '../src/answer/answerability.js';
import { ANSWER_MODEL, confidence, isAnswer, MISSING_ANSWER_PAIRS, PAIRED_SIGNALS, type AnswerFeatures, type AnswerModel, type AnswerSignals } from '../src/answer/answerModel.js';
import { Library } from '../src/library/library.js';
import { loadReports } from '../src/reports/loadReports.js';
import { expectedIds, isUnanswerable, searchedClaims, type EvalQuestion } from './evaluate.js';
import { DEVELOPMENT_SETS } from './evalSets.js';
import { solve } from './solveLinear.js';

const { values } = parseArgs({ options: { misses: { type: 'boolean', default: false }, answered: { type: 'string' }, 'set-answered': { type: 'string' }, forward: { type: 'string' } } });

/** A share given on the command line: a number strictly between 0 and 1, or the fit stops here. */
function shareOption(name: string, given: string | undefined, fallback: number): number {
  if (given === undefined) return fallback;
  const share = Number(given);
  if (!(share > 0 && share < 1)) {
    console.error(`--${name} must be a share of the answerable questions, a number between 0 and 1 (e.g. 0.97), not "${given}"`);
    process.exit(2);
  }
  return share;
}

/**
 * Share of the fitting sets' answerable questions the model must answer. Issue 9 asks 95 % on
 * unseen sets, and a set left out answers fewer than the sets fitted on; how the left-out sets
 * fare at this cut and at a higher one: eval/README.md, ninth session.
 */
const ANSWERED_TARGET = shareOption('answered', values.answered, 0.97);
/**
 * Share of each fitting set's answerable questions the model must answer too, when given
 * (`--set-answered 0.95`; none by default). From the seventh session to the twenty-first it was
 * 0.95, so that issue 9's 95 % held set by set; on twenty-three sets it binds only on held-out 22
 * (92 % in sample), lowers every other fold's cut, and left out declines 7 points fewer without
 * lifting the lowest set (held-out 22 itself): eval/README.md, twenty-second session.
 */
const SET_ANSWERED_TARGET: number | null = values['set-answered'] === undefined ? null : shareOption('set-answered', values['set-answered'], 0.95);
const PENALTY = 1;
/**
 * The model is printed to 4 decimals. The cut is placed with the weights rounded so (a weight's
 * rounding, times a product of two signals as large as `words` squared, once moved the question
 * at the cut), and moved down by this much so that the constant's rounding moves no question at it.
 */
const ROUNDING_MARGIN = 0.001;
/** A weight as printed (and pasted). */
const asPrinted = (x: number): number => Number(x.toFixed(4));
/** Models that answer only by isAnswer's rules, and all the rules let through. */
const NEVER: AnswerModel = { ...ANSWER_MODEL, constant: -Infinity };
const ALWAYS: AnswerModel = { ...ANSWER_MODEL, constant: Infinity };
const SETS = DEVELOPMENT_SETS;
const FEATURES = Object.keys(ANSWER_MODEL.weights) as (keyof AnswerSignals)[];
/** Each product of two paired signals (a signal with itself too), then MISSING_ANSWER_PAIRS, in the order the model lists them. */
const PAIRS: readonly (readonly [keyof AnswerSignals, keyof AnswerSignals])[] = [...PAIRED_SIGNALS.flatMap((a, i) => PAIRED_SIGNALS.slice(i).map((b) => [a, b] as const)), ...MISSING_ANSWER_PAIRS];
/** What the regression reads of a question: each signal, then each product. */
const columns = (features: AnswerSignals): number[] => [...FEATURES.map((key) => features[key]), ...PAIRS.map(([a, b]) => features[a] * features[b])];

interface Row {
  set: string;
  question: string;
  kind: string;
  answerable: boolean;
  /** The expected claim's rank without the decision (-1: not found). */
  rank: number;
  /** null: nothing to decide on (no word or no claim): never answered. */
  features: AnswerFeatures | null;
}

type Model = AnswerModel;

const rows: Row[] = [];
for (const set of SETS) {
  const questions = JSON.parse(readFileSync(set.questions, 'utf8')) as EvalQuestion[];
  const library = Library.from(await loadReports(set.reports));
  for (const question of questions) {
    const { text, typed, found } = searchedClaims(library, question.q);
    const expected = isUnanswerable(question) ? new Set<string>() : expectedIds(library, question);
    rows.push({
      set: set.name,
      question: question.q,
      kind: question.kind,
      answerable: !isUnanswerable(question),
      rank: found.findIndex((item) => expected.has(item.claim.id)),
      features: answerFeatures(library, text, found, typed),
    });
  }
}

const pct = (x: number): string => (Number.isNaN(x) ? '-' : `${(x * 100).toFixed(1)} %`);
const f3 = (x: number): string => (Number.isNaN(x) ? '-' : x.toFixed(3));

console.log('Left out | answerable answered | unanswerable declined | R@3 | paraphrase R@3 | conversational R@3');
console.log('|---|---|---|---|---|---|');
const scores: ReturnType<typeof measure>[] = [];
/** Each question's left-out score (the model fitted without its set; the rules' decisions as +-Infinity). */
const leftOutScores: { row: Row; score: number }[] = [];
const missLines: string[] = [];
for (const left of SETS.map((set) => set.name)) {
  const model = fit(rows.filter((row) => row.set !== left));
  const inSet = rows.filter((row) => row.set === left);
  const m = measure(inSet, model);
  scores.push(m);
  console.log(`| ${left} | ${pct(m.answered)} | ${pct(m.declined)} | ${f3(m.recall3)} | ${f3(m.paraphrase)} | ${f3(m.conversational)} |`);
  for (const row of inSet) {
    const score = scoreOf(row, model);
    leftOutScores.push({ row, score });
    if (values.misses && row.answerable !== score >= 0) missLines.push(`  ${left} ${row.answerable ? 'DECLINED' : 'ANSWERED'} ${Number.isFinite(score) ? score.toFixed(2) : score} [${row.kind}] ${row.question}  ${signalsOf(row)}`);
  }
}
const mean = (pick: (m: ReturnType<typeof measure>) => number): number => {
  const known = scores.map(pick).filter((x) => !Number.isNaN(x));
  return known.reduce((a, b) => a + b, 0) / known.length;
};
console.log(`| mean | ${pct(mean((m) => m.answered))} | ${pct(mean((m) => m.declined))} | ${f3(mean((m) => m.recall3))} | ${f3(mean((m) => m.paraphrase))} | ${f3(mean((m) => m.conversational))} |`);
const answerableScores = leftOutScores.filter(({ row }) => row.answerable);
const unanswerableScores = leftOutScores.filter(({ row }) => !row.answerable);
const answeredAll = answerableScores.filter(({ score }) => score >= 0).length / answerableScores.length;
const declinedAll = unanswerableScores.filter(({ score }) => score < 0).length / unanswerableScores.length;
console.log(`Lowest set answered: ${pct(Math.min(...scores.map((m) => m.answered)))}; all sets together: answered ${pct(answeredAll)} of ${answerableScores.length}, declined ${pct(declinedAll)} of ${unanswerableScores.length}.`);
console.log(`Pooled (left-out scores together, one cut): declined at 95 / 96 / 97 / 98 % answered: ${[0.95, 0.96, 0.97, 0.98].map((target) => pct(declinedAtAnswered(target))).join(' / ')}`);
if (values.forward !== undefined) forwardChained(Number(values.forward));
if (values.misses) console.log(`\nLeft-out mistakes (score: 0 or more answers; signals of the best claim):\n${missLines.join('\n')}`);

console.log('\nThe model in src/answer/answerModel.ts now, on each set (fitted on all of them: not a held-out figure), and the ranking alone (nothing declined):');
for (const set of SETS) {
  const inSet = rows.filter((row) => row.set === set.name);
  const m = measure(inSet, ANSWER_MODEL);
  const answerable = inSet.filter((row) => row.answerable);
  const rankingAlone = answerable.filter((row) => row.rank >= 0 && row.rank < 3).length / answerable.length;
  console.log(`  ${set.name}: answered ${pct(m.answered)}, declined ${pct(m.declined)}, R@3 ${f3(m.recall3)}; ranking alone R@3 ${f3(rankingAlone)}`);
}

const all = fit(rows);
console.log('\nFitted on all development sets (paste into ANSWER_MODEL, src/answer/answerModel.ts):');
console.log(`{\n  constant: ${asPrinted(all.constant)},\n  weights: { ${FEATURES.map((key) => `${key}: ${asPrinted(all.weights[key])}`).join(', ')} },`);
console.log(`  pairs: [\n${all.pairs.map(([a, b, weight]) => `    ['${a}', '${b}', ${asPrinted(weight)}],`).join('\n')}\n  ],\n}`);

/**
 * Forward-chained: each of the last `last` sets scored by the model fitted on the sets listed
 * before it (eval/evalSets.ts lists them as they were written), beside its leave-one-set-out
 * figures; their means and the pooled curve over those sets, both ways. Leave-one-set-out fits on
 * sets written after the one scored; a set written later meets a model fitted on earlier ones only.
 */
function forwardChained(last: number): void {
  const names = SETS.map((set) => set.name);
  if (!(Number.isInteger(last) && last >= 1 && last < names.length)) {
    console.error(`--forward must be a number of sets from 1 to ${names.length - 1}, not "${values.forward}"`);
    process.exit(2);
  }
  const scored = names.slice(names.length - last);
  console.log(`\nForward-chained (fitted on the sets before it) beside leave-one-set-out, the last ${last} sets:`);
  console.log('| set | forward answered | forward declined | left out answered | left out declined |');
  console.log('|---|---|---|---|---|');
  const forward: { row: Row; score: number }[] = [];
  const forwardSets: ReturnType<typeof measure>[] = [];
  for (const name of scored) {
    const before = new Set(names.slice(0, names.indexOf(name)));
    const model = fit(rows.filter((row) => before.has(row.set)));
    const inSet = rows.filter((row) => row.set === name);
    const m = measure(inSet, model);
    forwardSets.push(m);
    for (const row of inSet) forward.push({ row, score: scoreOf(row, model) });
    const left = scores[names.indexOf(name)] as ReturnType<typeof measure>;
    console.log(`| ${name} | ${pct(m.answered)} | ${pct(m.declined)} | ${pct(left.answered)} | ${pct(left.declined)} |`);
  }
  const meanOf = (of: ReturnType<typeof measure>[], pick: (m: ReturnType<typeof measure>) => number): number => {
    const known = of.map(pick).filter((x) => !Number.isNaN(x));
    return known.reduce((a, b) => a + b, 0) / known.length;
  };
  const leftOut = scored.map((name) => scores[names.indexOf(name)] as ReturnType<typeof measure>);
  console.log(`| mean | ${pct(meanOf(forwardSets, (m) => m.answered))} | ${pct(meanOf(forwardSets, (m) => m.declined))} | ${pct(meanOf(leftOut, (m) => m.answered))} | ${pct(meanOf(leftOut, (m) => m.declined))} |`);
  const inScored = new Set(scored);
  const curve = (of: { row: Row; score: number }[]): string => [0.95, 0.96, 0.97, 0.98].map((target) => pct(declinedAt(of, target))).join(' / ');
  console.log(`Lowest set answered: forward ${pct(Math.min(...forwardSets.map((m) => m.answered)))}, left out ${pct(Math.min(...leftOut.map((m) => m.answered)))}.`);
  console.log(`Pooled over these sets, declined at 95 / 96 / 97 / 98 % answered: forward ${curve(forward)}; left out ${curve(leftOutScores.filter(({ row }) => inScored.has(row.set)))}`);
}

/** The model's sum for a row as the decision reads it: the rules' decisions as +-Infinity, nothing to decide on as -Infinity. */
function scoreOf(row: Row, model: Model): number {
  if (row.features === null) return -Infinity;
  if (isAnswer(row.features, NEVER)) return Infinity;
  if (!isAnswer(row.features, ALWAYS)) return -Infinity;
  return confidence(row.features, model);
}

/** Declined share of the unanswerable questions, with one cut over the left-out scores answering `target` of the answerable ones. */
function declinedAtAnswered(target: number): number {
  return declinedAt(leftOutScores, target);
}

/** Declined share of `scored`'s unanswerable questions, with one cut over them answering `target` of their answerable ones. */
function declinedAt(scored: readonly { row: Row; score: number }[], target: number): number {
  const sums = scored.filter(({ row }) => row.answerable).map(({ score }) => score).sort((a, b) => a - b);
  const unanswerable = scored.filter(({ row }) => !row.answerable);
  const cut = sums[Math.max(0, Math.floor(sums.length - target * sums.length))] ?? 0;
  return unanswerable.filter(({ score }) => score < cut).length / unanswerable.length;
}

function signalsOf(row: Row): string {
  if (row.features === null) return '(nothing to decide on)';
  const { plainCoverage, ...signals } = row.features;
  return `${Object.entries(signals).map(([key, value]) => `${key} ${value.toFixed(2)}`).join(', ')}, plain ${plainCoverage.toFixed(2)}`;
}

/** Answered and declined shares, and Recall@3 counting a declined question as a miss. */
function measure(set: Row[], model: Model): { answered: number; declined: number; recall3: number; paraphrase: number; conversational: number } {
  const answers = (row: Row): boolean => row.features !== null && isAnswer(row.features, model);
  const share = (of: Row[], test: (row: Row) => boolean): number => (of.length === 0 ? Number.NaN : of.filter(test).length / of.length);
  const found = (row: Row): boolean => answers(row) && row.rank >= 0 && row.rank < 3;
  const answerable = set.filter((row) => row.answerable);
  return {
    answered: share(answerable, answers),
    declined: share(set.filter((row) => !row.answerable), (row) => !answers(row)),
    recall3: share(answerable, found),
    paraphrase: share(answerable.filter((row) => row.kind === 'paraphrase'), found),
    conversational: share(answerable.filter((row) => row.kind === 'conversational'), found),
  };
}

/** Logistic regression (Newton's method) on standardized features; the constant then set by ANSWERED_TARGET. */
function fit(training: Row[]): Model {
  // A question browsing for a thing the claims name, or a name they lack, is decided by that
  // (isAnswer): the model never weighs its signals.
  const usable = training.filter((row): row is Row & { features: AnswerFeatures } => row.features !== null && row.features.mentionNamed < 0);
  const x = usable.map((row) => columns(row.features));
  const y = usable.map((row) => (row.answerable ? 1 : 0));
  const k = FEATURES.length + PAIRS.length;
  const mu = Array.from({ length: k }, (_, j) => x.reduce((s, r) => s + (r[j] as number), 0) / x.length);
  const sd = Array.from({ length: k }, (_, j) => Math.sqrt(x.reduce((s, r) => s + ((r[j] as number) - (mu[j] as number)) ** 2, 0) / x.length) || 1);
  const z = x.map((r) => [1, ...r.map((v, j) => (v - (mu[j] as number)) / (sd[j] as number))]);
  const positives = y.filter((v) => v === 1).length;
  const classWeight = (v: number): number => (v === 1 ? 0.5 / positives : 0.5 / (y.length - positives)) * y.length;
  let w = new Array<number>(k + 1).fill(0);
  for (let step = 0; step < 50; step++) {
    const gradient = new Array<number>(k + 1).fill(0);
    const hessian = Array.from({ length: k + 1 }, () => new Array<number>(k + 1).fill(0));
    z.forEach((row, i) => {
      const p = 1 / (1 + Math.exp(-row.reduce((s, v, j) => s + v * (w[j] as number), 0)));
      const c = classWeight(y[i] as number);
      row.forEach((v, a) => {
        gradient[a] = (gradient[a] as number) + c * (p - (y[i] as number)) * v;
        row.forEach((u, b) => ((hessian[a] as number[])[b] = ((hessian[a] as number[])[b] as number) + c * p * (1 - p) * v * u));
      });
    });
    for (let a = 1; a <= k; a++) {
      gradient[a] = (gradient[a] as number) + PENALTY * (w[a] as number);
      (hessian[a] as number[])[a] = ((hessian[a] as number[])[a] as number) + PENALTY;
    }
    const delta = solve(hessian, gradient);
    w = w.map((v, j) => v - (delta[j] as number));
  }
  // Back to the features' own units, as printed: the cut below is placed for the model that is pasted.
  const unit = (j: number): number => asPrinted((w[j + 1] as number) / (sd[j] as number));
  const weights = Object.fromEntries(FEATURES.map((key, j) => [key, unit(j)])) as Record<keyof AnswerSignals, number>;
  const pairs = PAIRS.map(([a, b], i) => [a, b, unit(FEATURES.length + i)] as const);
  let constant = (w[0] as number) - mu.reduce((s, m, j) => s + unit(j) * m, 0);
  // Answer ANSWERED_TARGET of the answerable questions: the constant moves the cut to the score
  // of the answerable question at that rank (a question with nothing to decide on counts as declined),
  // or lower, so that each fitting set has SET_ANSWERED_TARGET of its own answered (when given).
  const model = { constant, weights, pairs };
  let cut = cutAnswering(training, model, ANSWERED_TARGET);
  if (SET_ANSWERED_TARGET !== null) for (const name of new Set(training.map((row) => row.set))) cut = Math.min(cut, cutAnswering(training.filter((row) => row.set === name), model, SET_ANSWERED_TARGET));
  // A cut at -Infinity or Infinity would print a constant that answers everything the rules let
  // through, or nothing: the targets cannot be met with these features on these sets.
  if (!Number.isFinite(cut)) throw new Error(`no finite cut answers the targets (cut ${cut}): too many answerable questions are decided by isAnswer's rules alone`);
  // A little under the cut: the question at it stays answered with the weights rounded as printed.
  constant -= cut - ROUNDING_MARGIN;
  return { constant, weights, pairs };
}

/** The score at or above which `target` of the rows' answerable questions are. */
function cutAnswering(of: Row[], model: Model, target: number): number {
  const answerable = of.filter((row) => row.answerable);
  // The rules isAnswer applies before the model (every word covered: answered; under a tenth: not) count as such.
  const sums = answerable.map((row) => (row.features === null ? -Infinity : isAnswer(row.features, NEVER) ? Infinity : isAnswer(row.features, ALWAYS) ? confidence(row.features, model) : -Infinity)).sort((a, b) => a - b);
  return sums[Math.max(0, Math.floor(sums.length - target * answerable.length))] ?? 0;
}
