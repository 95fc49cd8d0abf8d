// `npx tsx eval/glossVectors.ts`: an experiment (sixth session, eval/README.md): do word vectors
// built from WordNet's own glosses (random indexing: a word's vector is the sum of fixed hashed
// random vectors of the words in the glosses and synonym sets of its commonest senses) give a
// semantic signal the lexical ranking lacks? Per development set: the vectors' ranking alone, fused
// with the search's (RRF), a weighted rerank of the search's first claims (weight chosen
// leave-one-set-out), and the AUC of the question's best cosine as a no-answer signal; each beside
// a control with no WordNet (each word its own random vector: an IDF bag of words). Flags:
// --misses, --all-misses, --residue, --svd, --only N, --dims N, --top N (eval/README.md).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerFeatures } from '../src/answer/answerability.js';
import { confidence } from '../src/answer/answerModel.js';
import { MAX_ITEMS } from '../src/answer/answerQuestion.js';
import type { FoundClaim } from '../src/answer/rerankFeatures.js';
import { Library } from '../src/library/library.js';
import { loadReports } from '../src/reports/loadReports.js';
import { normalizeTerm } from '../src/search/normalizeTerm.js';
import { claimText } from '../src/search/semantic/semanticSearch.js';
import { fuseRankings } from '../src/search/semantic/fuseRankings.js';
import { termsOf } from '../src/search/termsOf.js';
import { tokenize } from '../src/search/tokenize.js';
import { DictFile } from '../src/search/wordnet/dictFile.js';
import { parseDataLine, type PartOfSpeech, WordNet, wordnetDbDir } from '../src/search/wordnet/wordNet.js';
import { expectedIds, isUnanswerable, searchedClaims, type EvalQuestion } from './evaluate.js';
import { EVAL_SETS } from './evalSets.js';
import { buildSvdVectors, type SvdVectors } from './glossSvd.js';

interface Variant {
  name: string;
  /** Weight of a word's own random vector beside its (unit) gloss vector; glossWeight 0 is the control. */
  self: number;
  gloss: number;
  /** Senses read per part of speech. */
  senses: number;
  /** Read the examples of a gloss (its quoted part) too. */
  examples: boolean;
  dims: number;
  /** Weigh each gloss word by its IDF over all of WordNet's synsets (an eager scan, measured). */
  glossIdf?: boolean;
  /** Rank of a PPMI + randomized SVD of all of WordNet's word x gloss-word counts (glossSvd.ts) instead. */
  svd?: number;
}

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const DIMS = arg('dims', 512);
const VARIANTS: Variant[] = [
  { name: 'bag of words (control)', self: 1, gloss: 0, senses: 0, examples: false, dims: DIMS },
  { name: 'gloss only, 3 senses', self: 0, gloss: 1, senses: 3, examples: true, dims: DIMS },
  { name: 'gloss only, 1 sense', self: 0, gloss: 1, senses: 1, examples: true, dims: DIMS },
  { name: 'gloss only, 5 senses', self: 0, gloss: 1, senses: 5, examples: true, dims: DIMS },
  { name: 'gloss only, 3 senses, no examples', self: 0, gloss: 1, senses: 3, examples: false, dims: DIMS },
  { name: 'self 0.3 + gloss 1, 3 senses', self: 0.3, gloss: 1, senses: 3, examples: true, dims: DIMS },
  { name: 'self 1 + gloss 1, 1 sense', self: 1, gloss: 1, senses: 1, examples: true, dims: DIMS },
  { name: 'self 1 + gloss 1, 3 senses', self: 1, gloss: 1, senses: 3, examples: true, dims: DIMS },
  { name: 'self 1 + gloss 0.5, 3 senses', self: 1, gloss: 0.5, senses: 3, examples: true, dims: DIMS },
  { name: 'self 1 + gloss 1, 3 senses, no examples', self: 1, gloss: 1, senses: 3, examples: false, dims: DIMS },
  { name: 'gloss only, 3 senses, gloss IDF', self: 0, gloss: 1, senses: 3, examples: true, dims: DIMS, glossIdf: true },
  { name: 'gloss only, 3 senses, no examples, gloss IDF', self: 0, gloss: 1, senses: 3, examples: false, dims: DIMS, glossIdf: true },
  { name: 'self 0.3 + gloss 1, 3 senses, gloss IDF', self: 0.3, gloss: 1, senses: 3, examples: true, dims: DIMS, glossIdf: true },
  // Minutes each (eval/README.md): only with --svd.
  { name: 'PPMI + SVD 128, no examples', self: 0, gloss: 1, senses: 0, examples: false, dims: 128, svd: 128 },
  { name: 'PPMI + SVD 256, examples', self: 0, gloss: 1, senses: 0, examples: true, dims: 256, svd: 256 },
];
const only = process.argv.indexOf('--only');
const variants = only >= 0 ? VARIANTS.filter((_, i) => String(i) === process.argv[only + 1]) : VARIANTS.filter((variant) => !variant.svd || process.argv.includes('--svd'));

const NONZERO = 8;

/** A term's fixed random vector: NONZERO entries of +-1 at hashed places (FNV-1a, seeded). */
function indexVector(term: string, dims: number, into: Float32Array, weight: number): void {
  for (let k = 0; k < NONZERO; k++) {
    let h = 0x811c9dc5 ^ (k * 0x9e3779b1);
    for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    into[(h >>> 1) % dims]! += (h & 1 ? 1 : -1) * weight;
  }
}

function unit(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const x of vector) sum += x * x;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i]! /= norm;
  return vector;
}

const dot = (a: Float32Array, b: Float32Array): number => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
};

const wordnet = new WordNet(wordnetDbDir());
const dataFiles = Object.fromEntries((['noun', 'verb', 'adj', 'adv'] as PartOfSpeech[]).map((pos) => [pos, new DictFile(join(wordnetDbDir(), `data.${pos}`))])) as Record<PartOfSpeech, DictFile>;

/** The terms of a synset's words and gloss. */
const contextCache = new Map<string, string[]>();
function senseContext(pos: PartOfSpeech, offset: number, examples: boolean): string[] {
  const key = `${pos} ${offset} ${examples}`;
  let terms = contextCache.get(key);
  if (terms) return terms;
  const line = dataFiles[pos].lineAt(offset) ?? '';
  const synset = parseDataLine(line, pos, offset);
  let gloss = line.slice(line.indexOf(' | ') + 3);
  if (!examples) gloss = gloss.replace(/"[^"]*"/g, ' ');
  const words = [...(synset?.words ?? []).flatMap((word) => word.split('_')), ...tokenize(gloss)];
  terms = words.flatMap((word) => normalizeTerm(word) ?? []);
  contextCache.set(key, terms);
  return terms;
}

let glossDf: Map<string, number> | null = null;
let synsetCount = 0;
function glossIdfOf(term: string): number {
  if (glossDf === null) {
    const started = performance.now();
    glossDf = new Map();
    for (const pos of ['noun', 'verb', 'adj', 'adv'] as PartOfSpeech[]) {
      for (const line of readFileSync(join(wordnetDbDir(), `data.${pos}`), 'latin1').split('\n')) {
        if (line === '' || line.startsWith(' ')) continue;
        synsetCount++;
        const synset = parseDataLine(line, pos, Number(line.slice(0, 8)));
        const words = [...(synset?.words ?? []).flatMap((word) => word.split('_')), ...tokenize(line.slice(line.indexOf(' | ') + 3))];
        for (const t of new Set(words.flatMap((word) => normalizeTerm(word) ?? []))) glossDf.set(t, (glossDf.get(t) ?? 0) + 1);
      }
    }
    console.log(`gloss document frequencies: ${synsetCount} synsets, ${glossDf.size} terms, ${(performance.now() - started).toFixed(0)} ms`);
  }
  return Math.log(1 + synsetCount / (glossDf.get(term) ?? 1));
}

const svds = new Map<string, SvdVectors>();
function svdOf(variant: Variant): SvdVectors {
  let svd = svds.get(variant.name);
  if (!svd) svds.set(variant.name, (svd = buildSvdVectors(variant.svd!, { examples: variant.examples, power: 1, exponent: 0 })));
  return svd;
}

const wordVectors = new Map<string, Float32Array>();
let wordsBuilt = 0;
let buildMs = 0;
function wordVector(word: string, variant: Variant): Float32Array | null {
  const term = normalizeTerm(word);
  if (term === null) return null;
  const key = `${variant.name}\u0000${word.toLowerCase()}`;
  let vector = wordVectors.get(key);
  if (vector) return vector;
  const started = performance.now();
  vector = new Float32Array(variant.dims);
  if (variant.svd) {
    const found = svdOf(variant).of(term);
    if (found) vector.set(found);
    wordVectors.set(key, vector);
    return vector;
  }
  indexVector(term, variant.dims, vector, variant.self);
  if (variant.gloss > 0) {
    const gloss = new Float32Array(variant.dims);
    for (const entry of wordnet.lookup(word)) {
      entry.senses.slice(0, variant.senses).forEach((offset, rank) => {
        for (const context of senseContext(entry.pos, offset, variant.examples)) indexVector(context, variant.dims, gloss, (variant.glossIdf ? glossIdfOf(context) : 1) / (rank + 1));
      });
    }
    unit(gloss);
    for (let i = 0; i < variant.dims; i++) vector[i]! += variant.gloss * gloss[i]!;
  }
  unit(vector);
  wordVectors.set(key, vector);
  wordsBuilt++;
  buildMs += performance.now() - started;
  return vector;
}

function textVector(text: string, variant: Variant, idf: (term: string) => number, without?: ReadonlySet<string>): Float32Array {
  const vector = new Float32Array(variant.dims);
  for (const word of tokenize(text)) {
    const term = normalizeTerm(word);
    const wv = term === null || without?.has(term) ? null : wordVector(word, variant);
    if (wv === null || term === null) continue;
    const weight = idf(term);
    for (let i = 0; i < variant.dims; i++) vector[i]! += weight * wv[i]!;
  }
  return unit(vector);
}

/** Area under the ROC curve: how often an answerable question scores above an unanswerable one. */
function auc(answerable: number[], unanswerable: number[]): number {
  let wins = 0;
  for (const a of answerable) for (const u of unanswerable) wins += a > u ? 1 : a === u ? 0.5 : 0;
  return wins / (answerable.length * unanswerable.length || 1);
}

interface QuestionRecord {
  q: string;
  kind: string;
  unanswerable: boolean;
  expected: Set<string>;
  lexical: { id: string; score: number }[];
  /** Claim ids by cosine, best first, with their cosines. */
  byVector: { id: string; cos: number }[];
  cosOf: Map<string, number>;
  /** The answer model's confidence (src/answer/answerModel.ts); null when it has nothing to decide on. */
  confidence: number | null;
}

const rankOf = (ids: readonly string[], expected: Set<string>): number => ids.findIndex((id) => expected.has(id));
const f = (x: number): string => x.toFixed(3);

interface SetData {
  name: string;
  questions: QuestionRecord[];
}

/** `text` is what was searched, `typed` the question as typed, as searchedClaims reads them. */
function confidenceOf(library: Library, text: string, typed: string, found: readonly FoundClaim[]): number | null {
  const features = found.length > 0 ? answerFeatures(library, text, found, typed) : null;
  return features === null ? null : confidence(features);
}

/** Logistic regression of answerable on [confidence, cosine] (gradient descent, classes weighted equally). */
function fit2(xs: [number, number][], ys: number[]): [number, number, number] {
  let w: [number, number, number] = [0, 0, 0];
  const pos = ys.filter((y) => y === 1).length;
  const cw = (y: number): number => (y === 1 ? 0.5 / pos : 0.5 / (ys.length - pos));
  for (let step = 0; step < 3000; step++) {
    const g = [0, 0, 0];
    xs.forEach(([a, b], i) => {
      const p = 1 / (1 + Math.exp(-(w[0] + w[1] * a + w[2] * b)));
      const e = (p - ys[i]!) * cw(ys[i]!);
      g[0]! += e;
      g[1]! += e * a;
      g[2]! += e * b;
    });
    w = [w[0] - 2 * g[0]!, w[1] - 2 * g[1]!, w[2] - 2 * g[2]!];
  }
  return w;
}

const libraries = await Promise.all(EVAL_SETS.map(async (set) => ({ set, library: Library.from(await loadReports(set.reports)) })));

const allVariants: { variant: Variant; sets: SetData[] }[] = [];
for (const variant of variants) {
  const t0 = performance.now();
  wordsBuilt = 0;
  buildMs = 0;
  const sets: SetData[] = [];
  for (const { set, library } of libraries) {
    const claims = library.reports.flatMap((report) => report.claims);
    const df = new Map<string, number>();
    for (const claim of claims) for (const term of new Set(tokenize(claimText(claim)).flatMap((w) => normalizeTerm(w) ?? []))) df.set(term, (df.get(term) ?? 0) + 1);
    const idf = (term: string): number => Math.log(1 + claims.length / (df.get(term) ?? 1));
    const claimVectors = claims.map((claim) => ({ id: claim.id, vector: textVector(claimText(claim), variant, idf) }));
    const questions = JSON.parse(readFileSync(set.questions, 'utf8')) as EvalQuestion[];
    const records: QuestionRecord[] = [];
    for (const question of questions) {
      const { text, typed, found } = searchedClaims(library, question.q);
      const lexical = found.map(({ claim, score }) => ({ id: claim.id, score }));
      const qv = textVector(text, variant, idf);
      const scored = claimVectors.map(({ id, vector }) => ({ id, cos: dot(qv, vector) })).sort((a, b) => b.cos - a.cos);
      const cosOf = new Map(scored.map((hit) => [hit.id, hit.cos]));
      if (process.argv.includes('--residue')) {
        // The rerank's cosine between what the question and the claim do not share: the words a
        // paraphrase puts differently (1 when the claim has every question word).
        const questionTerms = new Set(termsOf(text));
        for (const hit of lexical.slice(0, 20)) {
          const textOfClaim = claimText(library.claim(hit.id)!);
          const claimTerms = new Set(termsOf(textOfClaim));
          const rest = textVector(text, variant, idf, claimTerms);
          cosOf.set(hit.id, rest.every((x) => x === 0) ? 1 : dot(rest, textVector(textOfClaim, variant, idf, questionTerms)));
        }
      }
      records.push({
        q: question.q,
        kind: question.kind,
        unanswerable: isUnanswerable(question),
        expected: isUnanswerable(question) ? new Set() : expectedIds(library, question),
        lexical,
        byVector: scored,
        cosOf,
        confidence: confidenceOf(library, text, typed, found),
      });
    }
    sets.push({ name: set.name, questions: records });
  }
  allVariants.push({ variant, sets });
  if (process.argv.includes('--misses')) {
    // Where the search's misses sit in the vectors' own ranking: the most any fusion could recover.
    const buckets = { top3: 0, top10: 0, top50: 0, beyond: 0 };
    let missed = 0;
    for (const data of sets) {
      for (const q of data.questions.filter((x) => !x.unanswerable)) {
        const lex = rankOf(q.lexical.map((h) => h.id), q.expected);
        if (lex >= 0 && lex < 3) continue;
        missed++;
        const vec = rankOf(q.byVector.map((h) => h.id), q.expected);
        if (vec < 3) buckets.top3++;
        else if (vec < 10) buckets.top10++;
        else if (vec < 50) buckets.top50++;
        else buckets.beyond++;
        if (data.name === 'tuning' || process.argv.includes('--all-misses')) console.log(`  ${data.name} [${q.kind}] ${q.q} -> lexical ${lex < 0 ? 'none' : lex + 1}, vectors ${vec + 1}`);
      }
    }
    const empty = sets.flatMap((data) => data.questions.filter((q) => q.lexical.length === 0));
    const emptyAnswerable = empty.filter((q) => !q.unanswerable);
    const emptyFound = emptyAnswerable.filter((q) => rankOf(q.byVector.map((h) => h.id), q.expected) < 3 && rankOf(q.byVector.map((h) => h.id), q.expected) >= 0);
    console.log(`no claim found by the search: ${emptyAnswerable.length} answerable (${emptyFound.length} in the vectors' top 3), ${empty.length - emptyAnswerable.length} unanswerable`);
    console.log(`misses ${missed}: in the vectors' top 3 ${buckets.top3}, 4-10 ${buckets.top10}, 11-50 ${buckets.top50}, past 50 ${buckets.beyond}`);
  }
  const elapsed = performance.now() - t0;

  // Rankers: each takes a question record and returns ids best first.
  const lexicalIds = (q: QuestionRecord): string[] => q.lexical.map((hit) => hit.id);
  const vectorIds = (q: QuestionRecord): string[] => q.byVector.slice(0, MAX_ITEMS).map((hit) => hit.id);
  const fused = (q: QuestionRecord): string[] => fuseRankings([lexicalIds(q), vectorIds(q)]).map((hit) => hit.id);
  const weighted = (w: number, top = 20) => (q: QuestionRecord): string[] => {
    const head = q.lexical.slice(0, top);
    const max = head[0]?.score ?? 1;
    const reranked = head.map((hit) => ({ id: hit.id, s: hit.score / max + w * (q.cosOf.get(hit.id) ?? 0) })).sort((a, b) => b.s - a.s);
    return [...reranked.map((hit) => hit.id), ...q.lexical.slice(top).map((hit) => hit.id)];
  };
  const measure = (questions: QuestionRecord[], rank: (q: QuestionRecord) => string[]) => {
    const sums = new Map<string, { n: number; r3: number; rr: number }>();
    for (const q of questions.filter((x) => !x.unanswerable)) {
      const position = rankOf(rank(q), q.expected);
      for (const kind of ['all', q.kind]) {
        const sum = sums.get(kind) ?? { n: 0, r3: 0, rr: 0 };
        sum.n++;
        if (position >= 0 && position < 3) sum.r3++;
        if (position >= 0) sum.rr += 1 / (position + 1);
        sums.set(kind, sum);
      }
    }
    return sums;
  };
  const WEIGHTS = [0, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6];
  const TOP = arg('top', 20);
  console.log(`\n## ${variant.name} (${variant.dims} dims): ${wordsBuilt} word vectors in ${buildMs.toFixed(0)} ms, all sets ${(elapsed / 1000).toFixed(1)} s`);
  console.log('| set | lexical R@3 / MRR | vectors alone | RRF fused | weighted (LOSO w) | para R@3 lex / RRF / wtd | conv R@3 lex / RRF / wtd | AUC best cos | AUC cos of lexical #1 |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  const totals = { n: 0, lex: 0, vec: 0, rrf: 0, wtd: 0 };
  for (const data of sets) {
    // Weight chosen on the other six sets: the most questions in the top 3, then MRR.
    const others = sets.filter((s) => s !== data).flatMap((s) => s.questions);
    let bestW = 0;
    let best = -1;
    for (const w of WEIGHTS) {
      const m = measure(others, weighted(w, TOP)).get('all')!;
      const value = m.r3 + m.rr / 1000;
      if (value > best + 1e-9) {
        best = value;
        bestW = w;
      }
    }
    const lex = measure(data.questions, lexicalIds);
    const vec = measure(data.questions, vectorIds);
    const rrf = measure(data.questions, fused);
    const wtd = measure(data.questions, weighted(bestW, TOP));
    const r3 = (m: Map<string, { n: number; r3: number; rr: number }>, kind = 'all'): string => {
      const sum = m.get(kind);
      return sum ? f(sum.r3 / sum.n) : '-';
    };
    const both = (m: Map<string, { n: number; r3: number; rr: number }>): string => `${r3(m)} / ${f(m.get('all')!.rr / m.get('all')!.n)}`;
    const answerable = data.questions.filter((q) => !q.unanswerable);
    const unanswerable = data.questions.filter((q) => q.unanswerable);
    const bestCos = (q: QuestionRecord): number => q.byVector[0]?.cos ?? 0;
    const topCos = (q: QuestionRecord): number => (q.lexical[0] ? q.cosOf.get(q.lexical[0].id) ?? 0 : 0);
    const aucOf = (g: (q: QuestionRecord) => number): string => (unanswerable.length ? f(auc(answerable.map(g), unanswerable.map(g))) : '-');
    console.log(
      `| ${data.name} | ${both(lex)} | ${both(vec)} | ${both(rrf)} | ${both(wtd)} (w ${bestW}) | ${r3(lex, 'paraphrase')} / ${r3(rrf, 'paraphrase')} / ${r3(wtd, 'paraphrase')} | ${r3(lex, 'conversational')} / ${r3(rrf, 'conversational')} / ${r3(wtd, 'conversational')} | ${aucOf(bestCos)} | ${aucOf(topCos)} |`,
    );
    const n = lex.get('all')!.n;
    totals.n += n;
    totals.lex += lex.get('all')!.r3;
    totals.vec += vec.get('all')!.r3;
    totals.rrf += rrf.get('all')!.r3;
    totals.wtd += wtd.get('all')!.r3;
  }
  // No answer: does the best cosine add to the answer model's confidence? Confidence alone (the
  // model in answerModel.ts, fitted on all seven sets: in-sample, so if anything favoured) against
  // confidence + cosine fitted on the other six sets; declined share with the cut set so that 98 %
  // of the other sets' answerable questions are answered.
  console.log('| set | AUC confidence | AUC confidence + best cos (LOSO) | declined at 98 % answered: confidence / + cos | answered |');
  console.log('|---|---|---|---|---|');
  const pairOf = (q: QuestionRecord): [number, number] => [q.confidence ?? -10, q.byVector[0]?.cos ?? 0];
  for (const data of sets) {
    const un = data.questions.filter((q) => q.unanswerable);
    if (un.length === 0) continue;
    const others = sets.filter((s) => s !== data).flatMap((s) => s.questions);
    const w = fit2(others.map(pairOf), others.map((q) => (q.unanswerable ? 0 : 1)));
    const combo = (q: QuestionRecord): number => w[0] + w[1] * pairOf(q)[0] + w[2] * pairOf(q)[1];
    const conf = (q: QuestionRecord): number => pairOf(q)[0];
    const cutAt = (score: (q: QuestionRecord) => number): number => {
      const sorted = others.filter((q) => !q.unanswerable).map(score).sort((a, b) => a - b);
      return sorted[Math.floor(sorted.length * 0.02)]!;
    };
    const ans = data.questions.filter((q) => !q.unanswerable);
    const declined = (score: (q: QuestionRecord) => number): string => {
      const cut = cutAt(score);
      return `${f(un.filter((q) => score(q) < cut).length / un.length)} (${f(ans.filter((q) => score(q) >= cut).length / ans.length)})`;
    };
    console.log(`| ${data.name} | ${f(auc(ans.map(conf), un.map(conf)))} | ${f(auc(ans.map(combo), un.map(combo)))} | ${declined(conf)} / ${declined(combo)} | w cos ${w[2].toFixed(2)} |`);
  }
  console.log(`| all | ${f(totals.lex / totals.n)} | ${f(totals.vec / totals.n)} | ${f(totals.rrf / totals.n)} | ${f(totals.wtd / totals.n)} (left out) | | | | |`);
  console.log(`heap used ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
}

// The variant too chosen leave-one-set-out: for each set, the variant and weight with the most
// questions in the top 3 on the other six, scored on it.
if (allVariants.length > 1) {
  const WEIGHTS = [0, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6];
  const TOP = arg('top', 20);
  const rerank = (w: number) => (q: QuestionRecord): string[] => {
    const head = q.lexical.slice(0, TOP);
    const max = head[0]?.score ?? 1;
    return [...head.map((hit) => ({ id: hit.id, s: hit.score / max + w * (q.cosOf.get(hit.id) ?? 0) })).sort((a, b) => b.s - a.s).map((hit) => hit.id), ...q.lexical.slice(TOP).map((hit) => hit.id)];
  };
  const score = (questions: QuestionRecord[], rank: (q: QuestionRecord) => string[]): { r3: number; rr: number; n: number } => {
    let r3 = 0;
    let rr = 0;
    const answerable = questions.filter((q) => !q.unanswerable);
    for (const q of answerable) {
      const at = rankOf(rank(q), q.expected);
      if (at >= 0 && at < 3) r3++;
      if (at >= 0) rr += 1 / (at + 1);
    }
    return { r3, rr, n: answerable.length };
  };
  console.log('\n## variant and weight chosen leave-one-set-out');
  console.log('| set | chosen | R@3 lexical -> reranked | MRR lexical -> reranked |');
  console.log('|---|---|---|---|');
  const names = allVariants[0]!.sets.map((set) => set.name);
  let lexR3 = 0;
  let newR3 = 0;
  let n = 0;
  for (const name of names) {
    let best = { value: -1, v: 0, w: 0 };
    allVariants.forEach(({ sets }, v) => {
      const others = sets.filter((set) => set.name !== name).flatMap((set) => set.questions);
      for (const w of WEIGHTS) {
        const m = score(others, rerank(w));
        const value = m.r3 + m.rr / 1000;
        if (value > best.value + 1e-9) best = { value, v, w };
      }
    });
    const questions = allVariants[best.v]!.sets.find((set) => set.name === name)!.questions;
    const before = score(questions, rerank(0));
    const after = score(questions, rerank(best.w));
    lexR3 += before.r3;
    newR3 += after.r3;
    n += before.n;
    console.log(`| ${name} | ${allVariants[best.v]!.variant.name}, w ${best.w} | ${f(before.r3 / before.n)} -> ${f(after.r3 / after.n)} | ${f(before.rr / before.n)} -> ${f(after.rr / after.n)} |`);
  }
  console.log(`| all | | ${f(lexR3 / n)} -> ${f(newR3 / n)} | |`);

  // Weighted RRF: the lexical list plus the vectors' first `depth` claims at weight `alpha` (a
  // claim no word matched can come in), variant, depth and weight chosen leave-one-set-out.
  const rrf = (depth: number, alpha: number) => (q: QuestionRecord): string[] => {
    const scores = new Map<string, number>();
    q.lexical.forEach((hit, r) => scores.set(hit.id, 1 / (60 + r + 1)));
    q.byVector.slice(0, depth).forEach((hit, r) => scores.set(hit.id, (scores.get(hit.id) ?? 0) + alpha / (60 + r + 1)));
    return [...scores].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  };
  console.log('\n## weighted RRF, variant, depth and weight chosen leave-one-set-out');
  console.log('| set | chosen | R@3 lexical -> fused | MRR lexical -> fused | paraphrase R@3 |');
  console.log('|---|---|---|---|---|');
  lexR3 = 0;
  newR3 = 0;
  n = 0;
  for (const name of names) {
    let best = { value: -1, v: 0, depth: 0, alpha: 0 };
    allVariants.forEach(({ sets }, v) => {
      const others = sets.filter((set) => set.name !== name).flatMap((set) => set.questions);
      for (const depth of [1, 2, 3, 5, 10, 20]) {
        for (const alpha of [0, 0.25, 0.5, 0.75, 1, 1.5]) {
          const m = score(others, rrf(depth, alpha));
          const value = m.r3 + m.rr / 1000;
          if (value > best.value + 1e-9) best = { value, v, depth, alpha };
        }
      }
    });
    const questions = allVariants[best.v]!.sets.find((set) => set.name === name)!.questions;
    const before = score(questions, rrf(0, 0));
    const after = score(questions, rrf(best.depth, best.alpha));
    const para = questions.filter((q) => q.kind === 'paraphrase');
    const pb = score(para, rrf(0, 0));
    const pa = score(para, rrf(best.depth, best.alpha));
    lexR3 += before.r3;
    newR3 += after.r3;
    n += before.n;
    console.log(`| ${name} | ${allVariants[best.v]!.variant.name}, depth ${best.depth}, alpha ${best.alpha} | ${f(before.r3 / before.n)} -> ${f(after.r3 / after.n)} | ${f(before.rr / before.n)} -> ${f(after.rr / after.n)} | ${f(pb.r3 / pb.n)} -> ${f(pa.r3 / pa.n)} |`);
  }
  console.log(`| all | | ${f(lexR3 / n)} -> ${f(newR3 / n)} | |`);
}
