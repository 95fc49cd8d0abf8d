// `npx tsx eval/fitReranker.ts [--misses]`: fits the reranker's weights (RERANK_MODEL in
// src/answer/rerankClaims.ts) on the development sets (eval/evalSets.ts), and says how well they
// carry over to a set they did not see: leave-one-set-out, each set in turn left out, fitted on
// the others, scored on it. Prints per set the search's own order (R@1, R@3, MRR over the first
// 50 claims, as eval/rankingAlone.ts), the left-out reranking, and the model now in
// rerankClaims.ts (fitted on all: not a held-out figure); then the weights fitted on all sets, to
// paste. `--misses` lists each question the left-out reranking moved into or out of the first 3.
//
// The fit is a pairwise logistic regression (RankNet's loss on a linear score): for each
// answerable question whose answer is among the first RERANK_TOP claims, each answering claim
// against each other claim there, the pairs of a question weighing 1 together; features
// standardized, L2 penalty 10 on the weights. What was tried and dropped (eval/README.md, sixth
// session) stays here as options: `--top n` reorders the first n claims instead; `--features
// a,b,...` uses only those; `--penalty x`; `--lambda mrr|r3|r3only` weighs each pair by how much
// swapping it moves MRR (LambdaRank), plus 1 (or only 1) when it moves the answer across the third
// place; `--method ascent` fits by coordinate ascent on R@3 + MRR instead; `--within-report`
// reorders each report's claims only among the places they hold.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { orderByModel, RERANK_MODEL, RERANK_TOP, type RerankModel } from '../src/answer/rerankClaims.js';
import { RERANK_FEATURES, rerankFeatures, type RerankFeature, type RerankFeatures } from '../src/answer/rerankFeatures.js';
import { Library } from '../src/library/library.js';
import { loadReports } from '../src/reports/loadReports.js';
import { bySharedFunctionWords } from '../src/search/sharedFunctionWords.js';
import { expectedIds, isUnanswerable, searchedClaims, type EvalQuestion } from './evaluate.js';
import { DEVELOPMENT_SETS } from './evalSets.js';
import { solve } from './solveLinear.js';

const { values } = parseArgs({ options: { features: { type: 'string' }, penalty: { type: 'string', default: '10' }, misses: { type: 'boolean', default: false }, method: { type: 'string', default: 'pairs' }, top: { type: 'string' }, 'within-report': { type: 'boolean', default: false }, lambda: { type: 'string' } } });
const USED: readonly RerankFeature[] = values.features ? (values.features.split(',') as RerankFeature[]) : RERANK_FEATURES;
const PENALTY = Number(values.penalty);
/** The first claims reordered (RERANK_TOP unless --top says otherwise, to compare). */
const TOP = values.top ? Number(values.top) : RERANK_TOP;

interface Row {
  set: string;
  kind: string;
  question: string;
  /** Whether each of the first MAX_ITEMS claims found answers the question, in the search's order. */
  answers: boolean[];
  /** The report of each claim found. */
  reports: string[];
  /** The features of the first RERANK_TOP of them (null: nothing to rerank). */
  features: RerankFeatures[] | null;
}

const rows: Row[] = [];
for (const set of DEVELOPMENT_SETS) {
  const questions = (JSON.parse(readFileSync(set.questions, 'utf8')) as EvalQuestion[]).filter((q) => !isUnanswerable(q));
  const library = Library.from(await loadReports(set.reports));
  for (const question of questions) {
    const searched = searchedClaims(library, question.q);
    const { text, typed } = searched;
    // What the reranker reorders: the search's order with the shared function words lifted (rerankClaims).
    const found = bySharedFunctionWords(text, searched.found, (item) => item.claim.text);
    const expected = expectedIds(library, question);
    const first = found.slice(0, TOP);
    rows.push({
      set: set.name,
      kind: question.kind,
      question: question.q,
      answers: found.map((item) => expected.has(item.claim.id)),
      reports: found.map((item) => item.report.id),
      features: first.length < 2 ? null : rerankFeatures(library, text, first, typed),
    });
  }
}

/** Whether each claim answers, in the order the model gives the first RERANK_TOP (null: the search's order). */
function reordered(row: Row, model: RerankModel | null): boolean[] {
  if (model === null || row.features === null) return row.answers;
  const first = row.answers.slice(0, TOP);
  if (values['within-report']) return [...withinReports(first, row.reports, row.features, model), ...row.answers.slice(TOP)];
  return [...orderByModel(first, row.features, model), ...row.answers.slice(TOP)];
}

/** --within-report: each report's claims reordered among the places they hold; the reports' places as the search gave them. */
function withinReports(first: boolean[], reports: string[], features: RerankFeatures[], model: RerankModel): boolean[] {
  const out = [...first];
  for (const report of new Set(reports.slice(0, first.length))) {
    const places = first.flatMap((_, i) => (reports[i] === report ? [i] : []));
    const ordered = orderByModel(places, places.map((i) => features[i] as RerankFeatures), model);
    places.forEach((place, j) => (out[place] = first[ordered[j] as number] as boolean));
  }
  return out;
}

interface Figures {
  n: number;
  r1: number;
  r3: number;
  mrr: number;
  paraphrase: number;
  conversational: number;
  /** Questions two or more claims answer (found among the first MAX_ITEMS), and those with all of them in the first 3. */
  several: number;
  allShown: number;
}

function measure(set: readonly Row[], model: RerankModel | null): Figures {
  let r1 = 0;
  let r3 = 0;
  let rr = 0;
  const byKind = new Map<string, { n: number; r3: number }>();
  let several = 0;
  let allShown = 0;
  for (const row of set) {
    const order = reordered(row, model);
    const position = order.indexOf(true);
    if (row.answers.filter(Boolean).length > 1) {
      several++;
      if (order.slice(0, 3).filter(Boolean).length === order.filter(Boolean).length) allShown++;
    }
    const hit = position >= 0 && position < 3;
    if (hit) r3++;
    if (position === 0) r1++;
    if (position >= 0) rr += 1 / (position + 1);
    const kind = byKind.get(row.kind) ?? { n: 0, r3: 0 };
    kind.n++;
    if (hit) kind.r3++;
    byKind.set(row.kind, kind);
  }
  const of = (kind: string): number => {
    const k = byKind.get(kind);
    return k ? k.r3 / k.n : Number.NaN;
  };
  return { n: set.length, r1: r1 / set.length, r3: r3 / set.length, mrr: rr / set.length, paraphrase: of('paraphrase'), conversational: of('conversational'), several, allShown };
}

function fit(training: readonly Row[]): RerankModel {
  return values.method === 'ascent' ? coordinateAscent(training) : pairwise(training);
}

/**
 * Coordinate ascent on R@3 + MRR of the fitting sets, from the search's own order (the log ratio
 * alone): each weight in turn moved by the step that raises the sum most, until none does.
 */
function coordinateAscent(training: readonly Row[]): RerankModel {
  const model = Object.fromEntries(RERANK_FEATURES.map((name) => [name, 0])) as RerankFeatures;
  model.logRatio = 1;
  const sd = spreads(training);
  const objective = (m: RerankModel): number => {
    const figures = measure(training, m);
    return figures.r3 + figures.mrr;
  };
  let best = objective(model);
  const steps = [-2, -1, -0.5, -0.25, -0.1, 0.1, 0.25, 0.5, 1, 2];
  for (let round = 0; round < 6; round++) {
    let moved = false;
    for (const name of USED) {
      if (name === 'logRatio') continue;
      const start = model[name];
      let bestValue = start;
      for (const step of steps) {
        model[name] = start + step / (sd.get(name) ?? 1);
        const value = objective(model);
        if (value > best + 1e-9) [best, bestValue, moved] = [value, model[name], true];
      }
      model[name] = bestValue;
    }
    if (!moved) break;
  }
  return model;
}

function spreads(training: readonly Row[]): Map<RerankFeature, number> {
  const vectors = training.flatMap((row) => row.features ?? []);
  return new Map(
    USED.map((name) => {
      const mean = vectors.reduce((s, v) => s + v[name], 0) / vectors.length;
      return [name, Math.sqrt(vectors.reduce((s, v) => s + (v[name] - mean) ** 2, 0) / vectors.length) || 1];
    }),
  );
}

/** Pairwise logistic regression on standardized features; the weights back in the features' own units. */
function pairwise(training: readonly Row[]): RerankModel {
  const pairs: { diff: number[]; weight: number }[] = [];
  const all: number[][] = [];
  for (const row of training) {
    if (row.features === null) continue;
    const vectors = row.features.map((features) => USED.map((name) => features[name]));
    all.push(...vectors);
    const good = vectors.flatMap((v, i) => (row.answers[i] ? [v] : []));
    const bad = vectors.flatMap((v, i) => (row.answers[i] ? [] : [v]));
    if (good.length === 0 || bad.length === 0) continue;
    const weight = 1 / (good.length * bad.length);
    vectors.forEach((g, gi) => {
      if (!row.answers[gi]) return;
      vectors.forEach((b, bi) => {
        if (row.answers[bi]) return;
        if (values['within-report'] && row.reports[bi] !== row.reports[gi]) return;
        // --lambda mrr: a pair counts as much as swapping the two in the search's order moves MRR
        // (LambdaRank); --lambda r3: that, plus 1 when the swap moves the answer across the third place.
        const mrr = Math.abs(1 / (gi + 1) - 1 / (bi + 1));
        const r3 = (gi < 3) !== (bi < 3) ? 1 : 0;
        const lambda = values.lambda === 'mrr' ? mrr : values.lambda === 'r3' ? mrr + r3 : values.lambda === 'r3only' ? r3 : 1;
        pairs.push({ diff: g.map((x, j) => x - (b[j] as number)), weight: weight * lambda });
      });
    });
  }
  const k = USED.length;
  const sd = Array.from({ length: k }, (_, j) => {
    const mean = all.reduce((s, v) => s + (v[j] as number), 0) / all.length;
    return Math.sqrt(all.reduce((s, v) => s + ((v[j] as number) - mean) ** 2, 0) / all.length) || 1;
  });
  const z = pairs.map(({ diff, weight }) => ({ x: diff.map((d, j) => d / (sd[j] as number)), weight }));
  let w = new Array<number>(k).fill(0);
  for (let step = 0; step < 30; step++) {
    const gradient = w.map((v) => PENALTY * v);
    const hessian = Array.from({ length: k }, (_, a) => Array.from({ length: k }, (_, b) => (a === b ? PENALTY : 0)));
    for (const { x, weight } of z) {
      const p = 1 / (1 + Math.exp(-x.reduce((s, v, j) => s + v * (w[j] as number), 0)));
      for (let a = 0; a < k; a++) {
        gradient[a] = (gradient[a] as number) + weight * (p - 1) * (x[a] as number);
        const row = hessian[a] as number[];
        for (let b = 0; b < k; b++) row[b] = (row[b] as number) + weight * p * (1 - p) * (x[a] as number) * (x[b] as number);
      }
    }
    const delta = solve(hessian, gradient);
    w = w.map((v, j) => v - (delta[j] as number));
  }
  const model = Object.fromEntries(RERANK_FEATURES.map((name) => [name, 0])) as RerankFeatures;
  USED.forEach((name, j) => (model[name] = (w[j] as number) / (sd[j] as number)));
  return model;
}

const f3 = (x: number): string => (Number.isNaN(x) ? '-' : x.toFixed(3));
const cells = (m: Figures): string => `${f3(m.r1)} / ${f3(m.r3)} / ${f3(m.mrr)}`;
console.log(`Features: ${USED.join(', ')}; penalty ${PENALTY}; first ${TOP} claims reordered.\n`);
console.log('| set | n | search R@1 / R@3 / MRR | left out, reranked R@1 / R@3 / MRR | paraphrase R@3 search / left out | conversational R@3 search / left out | model now (fitted on all): R@1 / R@3 / MRR |');
console.log('|---|---|---|---|---|---|---|');
const totals = { n: 0, r1: 0, r3: 0, rr: 0, several: 0, allShown: 0, paraphrases: 0, paraphraseHits: 0, chats: 0, chatHits: 0 };
for (const set of DEVELOPMENT_SETS) {
  const inSet = rows.filter((row) => row.set === set.name);
  const model = fit(rows.filter((row) => row.set !== set.name));
  const before = measure(inSet, null);
  const after = measure(inSet, model);
  totals.n += after.n;
  totals.r1 += after.r1 * after.n;
  totals.r3 += after.r3 * after.n;
  totals.rr += after.mrr * after.n;
  totals.several += after.several;
  totals.allShown += after.allShown;
  const paraphrases = inSet.filter((row) => row.kind === 'paraphrase').length;
  totals.paraphrases += paraphrases;
  if (paraphrases > 0) totals.paraphraseHits += after.paraphrase * paraphrases;
  const chats = inSet.filter((row) => row.kind === 'conversational').length;
  totals.chats += chats;
  if (chats > 0) totals.chatHits += after.conversational * chats;
  console.log(`| ${set.name} | ${before.n} | ${cells(before)} | ${cells(after)} | ${f3(before.paraphrase)} / ${f3(after.paraphrase)} | ${f3(before.conversational)} / ${f3(after.conversational)} | ${cells(measure(inSet, RERANK_MODEL))} |`);
  if (values.misses) {
    for (const row of inSet) {
      const was = row.answers.indexOf(true);
      const now = reordered(row, model).indexOf(true);
      if (was !== now && (was < 3 || now < 3)) console.log(`    ${was + 1} -> ${now + 1}: [${row.kind}] ${row.question}`);
    }
  }
}
const before = measure(rows, null);
console.log(`| all | ${before.n} | ${cells(before)} | ${f3(totals.r1 / totals.n)} / ${f3(totals.r3 / totals.n)} / ${f3(totals.rr / totals.n)} | | | ${cells(measure(rows, RERANK_MODEL))} |`);
console.log(`\nParaphrase R@3: search ${f3(before.paraphrase)}, left out ${f3(totals.paraphraseHits / totals.paraphrases)} (${totals.paraphrases} questions).`);
console.log(`Conversational R@3: search ${f3(before.conversational)}, left out ${f3(totals.chatHits / totals.chats)} (${totals.chats} questions).`);
console.log(`\nQuestions two or more claims found answer, all of them in the first 3: search ${before.allShown} of ${before.several}, left out ${totals.allShown} of ${totals.several}.`);

const round = (x: number): number => Number(x.toPrecision(4));
const model = fit(rows);
console.log('\nFitted on all development sets (paste into RERANK_MODEL):');
console.log(`{\n${RERANK_FEATURES.map((name) => `  ${name}: ${round(model[name])},`).join('\n')}\n}`);
