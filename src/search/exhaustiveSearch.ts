// Every claim matching a word of the question, scored and ranked exactly as MiniSearch's own
// search does it, over the compact postings: for the questions pruned search leaves to
// exhaustive scoring (all their words common, or every candidate filtered out). MiniSearch
// builds a result object, a terms array and a match record per claim and term, then sorts them
// all; in a large library such a question was the slowest by far (bench/README.md). Here the sums live in
// typed arrays and only the claims returned are built.
// Scores are MiniSearch's to the last digit, because floating-point sums depend on their order:
// each query term's score in a claim is summed over its derived terms and fields in MiniSearch's
// order (executeQuerySpec, termResults), the terms' sums are then added in query order
// (combineResults), a subquery's total to the one before it, and the ranking is its stable sort.
// test/search/exhaustiveSearch.test.ts pins results and scores to MiniSearch's search.

import { PostingList } from './postingList.js';
import type { PostingsLookup } from './postingsLookup.js';
import type { ScoredClaim } from './prunedSearch.js';
import { keptAtLimit } from './tiedClaims.js';
import { topIndexes } from './topIndexes.js';

/** One query term as MiniSearch's termToQuerySpec makes it. */
export interface TermSpec {
  term: string;
  fuzzy: number | false;
  prefix: boolean;
  /** MiniSearch's termBoost. */
  boost: number;
}

export interface EveryMatchQuery {
  /** MiniSearch's subqueries combined with OR, in order: each a list of term specs. */
  groups: readonly (readonly TermSpec[])[];
  /**
   * With expansions: each query term's question word. A claim's score is then divided by the
   * query terms it matched and multiplied by the question words they stand for (as
   * searchEverything.ts does with MiniSearch's results), and ranked again by that.
   */
  sourceOf?: ReadonlyMap<string, string>;
}

/**
 * The matches of the query, best first, as MiniSearch's search ranks them: claims that tie in the
 * order MiniSearch first met them, except those tying with the last one `limit` keeps, which are
 * chosen and ordered by the tie rule (tiedClaims.ts keptAtLimit). `filter` (by short id: live
 * claims it passes) as its `filter` option. `screen`, passed by every claim `filter` passes, leaves
 * the others out as postings are read: each claim's score is its own and the claims kept stay in
 * the order first met, so the results are the same, without scoring and ranking thousands of claims
 * a filter would turn down one by one.
 */
export function searchEveryMatch(
  lookup: PostingsLookup,
  query: EveryMatchQuery,
  filter?: (shortId: number) => boolean,
  limit = Infinity,
  screen?: (shortId: number) => boolean,
): ScoredClaim[] {
  const distinct = [...new Set(query.groups.flatMap((group) => group.map((spec) => spec.term)))];
  const work = Workspace.for(lookup.shortIdBound, Math.max(1, Math.ceil(distinct.length / 32)));
  try {
    for (const group of query.groups) {
      for (const spec of group) {
        addTerm(lookup, work, spec, distinct.indexOf(spec.term), screen);
        work.partialIntoGroup();
      }
      work.groupIntoTotal();
    }
    const { order, count, primary, secondary } = work.rankingKeys(distinct, query.sourceOf);
    const results: ScoredClaim[] = [];
    const shortIds: number[] = [];
    if (limit <= 0) return results;
    // Past the limit, on while claims tie with the last one kept: which of them are kept is then
    // settled by the tie rule, not by the order they were first met (keptAtLimit).
    visitBestFirst(primary, secondary, count, (i) => {
      if (results.length >= limit && primary[i] !== (results[results.length - 1] as ScoredClaim).score) return false;
      const shortId = order[i] as number;
      const id = !filter || filter(shortId) ? lookup.idOf(shortId) : undefined;
      if (id !== undefined) {
        results.push({ id, score: primary[i] as number });
        shortIds.push(shortId);
      }
      return true;
    });
    // Met first, tied claims would follow the short ids, so the order claims were indexed (a live
    // reload's last), and a restart could keep other claims than a reload.
    return keptAtLimit(results, limit, (result, k) => ({ id: result.id, length: lookup.relativeLength(shortIds[k] as number) }));
  } finally {
    work.clear();
  }
}

/** One query term's score in every claim it matches, summed as executeQuerySpec and termResults sum it. */
function addTerm(lookup: PostingsLookup, work: Workspace, spec: TermSpec, termBit: number, screen: ((shortId: number) => boolean) | undefined): void {
  const { k, b, d } = lookup.bm25;
  for (const { term, weight } of lookup.expand(spec.term, spec.fuzzy, spec.prefix)) {
    for (const field of lookup.postings(term)) {
      // termWeight * termBoost * fieldBoost * docBoost (1) * rawScore, multiplied in that order.
      const factor = weight * spec.boost * field.boost;
      const lengths = lookup.fieldLengthsOf(field.fieldId);
      const { idf, avgLength } = field;
      const postings = field.frequencies;
      const scoring: FieldScoring = { factor, idf, avgLength, k, b, d };
      if (postings instanceof PostingList) {
        work.addPostings(postings.idArray(), postings.frequencyArray(), lengths, scoring, termBit, screen);
      } else {
        postings.forEach((tf, shortId) => {
          if (!screen || screen(shortId)) work.addPartial(shortId, fieldScore(scoring, tf, lengths[shortId] as number), termBit);
        });
      }
    }
  }
}

/** What scoring one term's postings in one field reads (BM25+ as MiniSearch computes it). */
interface FieldScoring {
  factor: number;
  idf: number;
  avgLength: number;
  k: number;
  b: number;
  d: number;
}

/** One posting's score: the factor times BM25+, multiplied in MiniSearch's order. */
function fieldScore(scoring: FieldScoring, tf: number, length: number): number {
  const { factor, idf, avgLength, k, b, d } = scoring;
  return factor * (idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / avgLength))));
}

/** Per-claim sums at three levels (a term, a subquery, the query), in typed arrays reused from search to search. */
class Workspace {
  private static shared: Workspace | undefined;
  private size = 0;
  private stride = 1;
  private sums = [0, 1, 2].map(() => new Float64Array(0));
  private seen = [0, 1, 2].map(() => new Uint8Array(0));
  private orders = [0, 1, 2].map(() => new Int32Array(0));
  private lengths = [0, 0, 0];
  /** The query terms each claim matched, as bits, `stride` words per claim. */
  private bits = new Uint32Array(0);
  private primary = new Float64Array(0);
  private secondary = new Float64Array(0);

  static for(size: number, stride: number): Workspace {
    const work = (Workspace.shared ??= new Workspace());
    work.fit(size, stride);
    return work;
  }

  addPartial(shortId: number, score: number, termBit: number): void {
    const sums = this.sums[PARTIAL] as Float64Array;
    const seen = this.seen[PARTIAL] as Uint8Array;
    if (seen[shortId] === 0) {
      seen[shortId] = 1;
      const at = this.lengths[PARTIAL] as number;
      (this.orders[PARTIAL] as Int32Array)[at] = shortId;
      this.lengths[PARTIAL] = at + 1;
      sums[shortId] = score;
    } else {
      sums[shortId] = (sums[shortId] as number) + score;
    }
    const word = shortId * this.stride + (termBit >>> 5);
    this.bits[word] = ((this.bits[word] as number) | (1 << (termBit & 31))) >>> 0;
  }

  /**
   * addPartial for each posting of a list (ids ascending, their frequencies), each scored as
   * addTerm scores it, the arrays read once: a common word has thousands of postings.
   */
  addPostings(ids: Uint32Array, frequencies: Uint16Array, lengths: Uint32Array, scoring: FieldScoring, termBit: number, screen: ((shortId: number) => boolean) | undefined): void {
    const sums = this.sums[PARTIAL] as Float64Array;
    const seen = this.seen[PARTIAL] as Uint8Array;
    const order = this.orders[PARTIAL] as Int32Array;
    const bits = this.bits;
    const stride = this.stride;
    const wordOffset = termBit >>> 5;
    const bit = 1 << (termBit & 31);
    let at = this.lengths[PARTIAL] as number;
    for (let i = 0; i < ids.length; i++) {
      const shortId = ids[i] as number;
      if (screen && !screen(shortId)) continue;
      const score = fieldScore(scoring, frequencies[i] as number, lengths[shortId] as number);
      if (seen[shortId] === 0) {
        seen[shortId] = 1;
        order[at++] = shortId;
        sums[shortId] = score;
      } else {
        sums[shortId] = (sums[shortId] as number) + score;
      }
      const word = shortId * stride + wordOffset;
      bits[word] = ((bits[word] as number) | bit) >>> 0;
    }
    this.lengths[PARTIAL] = at;
  }

  partialIntoGroup(): void {
    this.combine(PARTIAL, GROUP);
  }

  groupIntoTotal(): void {
    this.combine(GROUP, TOTAL);
  }

  /**
   * The claims matched, in the order MiniSearch's results map holds them, with their ranking keys:
   * MiniSearch's score (the sum times the query terms matched) and, with `sourceOf`, it rescaled
   * to the question words matched, which then ranks first.
   */
  rankingKeys(distinct: readonly string[], sourceOf: ReadonlyMap<string, string> | undefined): { order: Int32Array; count: number; primary: Float64Array; secondary: Float64Array } {
    const count = this.lengths[TOTAL] as number;
    const order = (this.orders[TOTAL] as Int32Array).subarray(0, count);
    const sums = this.sums[TOTAL] as Float64Array;
    if (this.primary.length < count) {
      this.primary = new Float64Array(Math.max(count, this.primary.length * 2));
      this.secondary = new Float64Array(this.primary.length);
    }
    const primary = this.primary.subarray(0, count);
    const secondary = this.secondary.subarray(0, count);
    // By push from a literal (not `.map` or an empty literal beside it): with or without sources,
    // one kind of array to V8, so the code compiled for it lasts.
    const sources: string[] = [];
    if (sourceOf) for (const term of distinct) sources.push(sourceOf.get(term) ?? term);
    const sourceIndex = new Int32Array(sources.length);
    for (let i = 0; i < sources.length; i++) sourceIndex[i] = sources.indexOf(sources[i] as string);
    // The claim (its place in `order`, plus one) that last counted each question word: no reset per claim.
    const countedBy = new Int32Array(sources.length);
    fillRankingKeys(order, count, sums, this.bits, this.stride, sourceOf !== undefined, sourceIndex, countedBy, primary, secondary);
    return { order, count, primary, secondary };
  }

  clear(): void {
    // Every claim with bits set is in one of the levels' lists (a sum moves up as it is combined):
    // only those claims' bits are cleared, not the whole array.
    for (const level of [PARTIAL, GROUP, TOTAL]) {
      const order = this.orders[level] as Int32Array;
      const seen = this.seen[level] as Uint8Array;
      for (let i = 0; i < (this.lengths[level] as number); i++) {
        const shortId = order[i] as number;
        seen[shortId] = 0;
        this.bits.fill(0, shortId * this.stride, (shortId + 1) * this.stride);
      }
      this.lengths[level] = 0;
    }
  }

  /** Adds each claim's sum at one level to the next (a claim new there takes it as it is), in the order first met. */
  private combine(from: number, to: number): void {
    const fromSums = this.sums[from] as Float64Array;
    const fromSeen = this.seen[from] as Uint8Array;
    const fromOrder = this.orders[from] as Int32Array;
    const toSums = this.sums[to] as Float64Array;
    const toSeen = this.seen[to] as Uint8Array;
    const toOrder = this.orders[to] as Int32Array;
    let toLength = this.lengths[to] as number;
    const fromLength = this.lengths[from] as number;
    for (let i = 0; i < fromLength; i++) {
      const shortId = fromOrder[i] as number;
      fromSeen[shortId] = 0;
      if (toSeen[shortId] === 0) {
        toSeen[shortId] = 1;
        toOrder[toLength++] = shortId;
        toSums[shortId] = fromSums[shortId] as number;
      } else {
        toSums[shortId] = (toSums[shortId] as number) + (fromSums[shortId] as number);
      }
    }
    this.lengths[to] = toLength;
    this.lengths[from] = 0;
  }

  private fit(size: number, stride: number): void {
    if (this.size < size) {
      this.size = Math.max(size, this.size * 2, 1024);
      this.sums = [0, 1, 2].map(() => new Float64Array(this.size));
      this.seen = [0, 1, 2].map(() => new Uint8Array(this.size));
      this.orders = [0, 1, 2].map(() => new Int32Array(this.size));
    }
    if (this.bits.length < this.size * stride) this.bits = new Uint32Array(this.size * stride);
    this.stride = stride;
  }
}

const PARTIAL = 0;
const GROUP = 1;
const TOTAL = 2;

/**
 * rankingKeys' loop, a function of its own with nothing before the loop but its arguments. V8 may
 * compile a long first call's loop while it runs (on-stack replacement) and the whole function with
 * it; code before the loop in the same function then lacked the feedback V8 compiles from (the
 * result object's stores), so the compiled rankingKeys was thrown away before people's questions
 * and ran unoptimized into their answers (bench/README.md, thirty-sixth session).
 */
function fillRankingKeys(
  order: Int32Array,
  count: number,
  sums: Float64Array,
  bits: Uint32Array,
  stride: number,
  bySource: boolean,
  sourceIndex: Int32Array,
  countedBy: Int32Array,
  primary: Float64Array,
  secondary: Float64Array,
): void {
  for (let i = 0; i < count; i++) {
    const shortId = order[i] as number;
    let matched = 0;
    for (let w = 0; w < stride; w++) matched += bitCount(bits[shortId * stride + w] as number);
    const score = (sums[shortId] as number) * (matched || 1);
    secondary[i] = score;
    if (!bySource) {
      primary[i] = score;
      continue;
    }
    // The question words its matched terms stand for, each counted once: only the set bits are read.
    let questionWords = 0;
    for (let w = 0; w < stride; w++) {
      for (let word = bits[shortId * stride + w] as number; word !== 0; word &= word - 1) {
        const source = sourceIndex[32 * w + 31 - Math.clz32(word & -word)] as number;
        if (countedBy[source] !== i + 1) {
          countedBy[source] = i + 1;
          questionWords++;
        }
      }
    }
    primary[i] = (score / matched) * questionWords;
  }
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits >>> 0; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/**
 * Visits entries best first until `visit` returns false, in batches picked by a heap (usually
 * only the first batch is read: a filter turns down a few); each batch four times the last.
 */
function visitBestFirst(primary: Float64Array, secondary: Float64Array, count: number, visit: (i: number) => boolean): void {
  let visited: Uint8Array | undefined;
  let left = count;
  for (let size = 64; left > 0; size *= 4) {
    const batch = topIndexes(primary, secondary, count, Math.min(size, left), visited);
    for (const i of batch) if (!visit(i)) return;
    left -= batch.length;
    visited ??= new Uint8Array(count);
    for (const i of batch) visited[i] = 1;
  }
}
