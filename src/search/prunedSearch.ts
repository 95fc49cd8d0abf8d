// Search for large libraries. Common terms are where search time goes: "study", "effect", "cost"
// or "risk" (and their synonyms) occur in a third of the claims or more, and MiniSearch scores
// every claim a query term matches (bench, 20k claims: p50 15 ms, p99 98 ms). As Lucene's
// common-terms query does, only claims matching a telling (rarer) term of the question are
// scored, by all of its terms: first the telling terms' postings are walked, the best candidates
// kept, then the common terms are looked up in those candidates alone. Scores are MiniSearch's
// own for the claims scored (same fuzzy, prefix, boosts, BM25+, times the number of question
// terms matched); what changes is that a claim matching only common words of a question with
// telling ones is not returned, and only the best candidates by their telling terms are completed.
// Measured on the eval questions hidden among 20k generated claims (bench/rankingAtScale.ts):
// as good as exhaustive scoring; see bench/README.md.

import type { FieldPostings, PostingsLookup } from './postingsLookup.js';

/** Below this many claims every question is scored exhaustively: it is fast, and the eval sets
 * (under 100 claims) measure exactly the ranking the search options were tuned on. */
export const PRUNING_MIN_DOCUMENTS = 2000;
/**
 * A query term whose matches (postings, all fields, fuzzy and prefix included) exceed this share of
 * the claims is common. At 0.05 the top answer is the exhaustive one for 93% of the bench's 1,000
 * questions and eval recall at scale is unchanged; 0.01 was faster and as good at scale but kept
 * the exhaustive top answer for only 59% (bench/README.md).
 */
export const COMMON_TERM_SHARE = 0.05;
/** When every term is common, the one with fewest matches selects, if under this share. */
const ALL_COMMON_SHARE = 0.25;
/** Candidates kept (by their telling terms' score) for common terms to be added to: four pages of
 * answers (MAX_ITEMS 50); 500 was no better at scale and slower. */
export const MAX_CANDIDATES = 200;
/** Matched question words are kept as bits of two 32-bit numbers per claim (synonyms add many). */
const MAX_SOURCES = 64;

/** One term of the query as MiniSearch would search it. */
export interface QueryTerm {
  /** The question word or synonym; claims are ranked by how many distinct ones they match. */
  source: string;
  /** Multiplies the term's score (synonyms count less than the question's own words). */
  boost: number;
  fuzzy: number | boolean;
  prefix: boolean;
}

export interface PrunedResult {
  id: string;
  score: number;
  /** The query terms (sources) the claim matched. */
  queryTerms: string[];
}

export interface PruneOptions {
  commonShare?: number;
  maxCandidates?: number;
  /** Only claims it accepts are candidates (the question's filters). */
  filter?: (id: string) => boolean;
}

interface ExpandedTerm {
  /** Index of its source (question word): its bit in a claim's matched words. */
  source: number;
  boost: number;
  /** Every indexed term it matches with the postings to score. */
  matches: { weight: number; postings: FieldPostings[] }[];
  postingCount: number;
}

/** Ranked claims, or null when the question is better scored exhaustively (nothing common to skip). */
export function prunedSearch(
  lookup: PostingsLookup,
  query: QueryTerm[],
  fieldBoosts: Readonly<Record<string, number>>,
  { commonShare = COMMON_TERM_SHARE, maxCandidates = MAX_CANDIDATES, filter }: PruneOptions = {},
): PrunedResult[] | null {
  const documentCount = lookup.documentCount;
  if (documentCount < PRUNING_MIN_DOCUMENTS) return null;
  const sources = sourcesOf(query);
  if (!sources) return null;
  const { telling, common } = split(expandAll(lookup, query, fieldBoosts, sources), documentCount, commonShare);
  if (!telling) return null;
  // With nothing common to skip every match is walked: the best `maxCandidates` are the
  // exhaustive result's first ones, and the rest are never shown (answers keep 50).
  const keep = maxCandidates;

  const scores = Accumulator.for(lookup);
  try {
    // Telling terms: walk their postings.
    for (const term of telling) {
      for (const { weight, postings } of term.matches) {
        for (const field of postings) {
          const factor = weight * term.boost;
          field.frequencies.forEach((tf, shortId) => scores.add(shortId, factor * lookup.score(field, shortId, tf), term.source));
        }
      }
    }
    // The best by their telling terms, filtered in that order (a filter can cost), until enough pass.
    const candidates: number[] = [];
    for (const shortId of scores.ranked(keep)) {
      const id = lookup.idOf(shortId);
      if (id === undefined || (filter && !filter(id))) continue;
      candidates.push(shortId);
      if (candidates.length >= keep) break;
    }
    // Nothing matched at all: so would exhaustive search. All filtered out: claims matching only
    // common words might pass, so let exhaustive search look.
    if (candidates.length === 0) return scores.touchedCount() === 0 || !filter ? [] : null;
    // Common terms: add them to the candidates alone.
    addScores(lookup, scores, common, candidates);
    return scores.results(lookup, candidates, sources);
  } finally {
    scores.clear();
  }
}

/**
 * The claims `within` (short ids), scored by every query term exactly as MiniSearch's search would
 * score them, without walking any postings: for questions scoped to a few claims (one report).
 */
export function searchWithin(lookup: PostingsLookup, query: QueryTerm[], fieldBoosts: Readonly<Record<string, number>>, within: Iterable<number>): PrunedResult[] | null {
  const sources = sourcesOf(query);
  if (!sources) return null;
  const scores = Accumulator.for(lookup);
  try {
    const candidates = [...new Set(within)];
    addScores(lookup, scores, expandAll(lookup, query, fieldBoosts, sources), candidates);
    return scores.results(lookup, candidates, sources);
  } finally {
    scores.clear();
  }
}

/**
 * Claims that can contain every phrase of the question: only claims with each of the phrases'
 * words (exactly, in some field) can, so those are listed from the rarest word's postings,
 * scored as in searchWithin, then passed through `filter` (which checks the phrases, at a cost
 * per claim) best first, until `maxCandidates` pass.
 */
export function searchPhrases(
  lookup: PostingsLookup,
  query: QueryTerm[],
  fieldBoosts: Readonly<Record<string, number>>,
  phraseWords: readonly string[],
  { filter, maxCandidates = MAX_CANDIDATES }: Pick<PruneOptions, 'filter' | 'maxCandidates'> = {},
): PrunedResult[] | null {
  const words = [...new Set(phraseWords)].map((word) => ({ word, count: lookup.occurrences(word) }));
  if (words.length === 0) return [];
  words.sort((a, b) => a.count - b.count);
  const [rarest, ...others] = words.map(({ word }) => lookup.postings(word, fieldBoosts));
  const listed = new Set<number>();
  for (const field of rarest ?? []) {
    for (const shortId of field.frequencies.keys()) {
      if (!listed.has(shortId) && others.every((postings) => postings.some((p) => p.frequencies.has(shortId)))) listed.add(shortId);
    }
  }
  const scored = searchWithin(lookup, query, fieldBoosts, listed);
  if (!scored) return null;
  const passed: PrunedResult[] = [];
  for (const result of scored) {
    if (filter && !filter(result.id)) continue;
    passed.push(result);
    if (passed.length >= maxCandidates) break;
  }
  return passed;
}

/** The distinct sources of the query, or null when there are more than a claim's bits can hold. */
function sourcesOf(query: QueryTerm[]): string[] | null {
  const sources = [...new Set(query.map((term) => term.source))];
  return sources.length <= MAX_SOURCES ? sources : null;
}

function expandAll(lookup: PostingsLookup, query: QueryTerm[], fieldBoosts: Readonly<Record<string, number>>, sources: string[]): ExpandedTerm[] {
  return query.map((term) => {
    const matches = lookup.expand(term.source, term.fuzzy, term.prefix).map(({ term: derived, weight }) => ({ weight, postings: lookup.postings(derived, fieldBoosts) }));
    const postingCount = matches.reduce((sum, m) => sum + m.postings.reduce((n, p) => n + p.frequencies.size, 0), 0);
    return { source: sources.indexOf(term.source), boost: term.boost, matches, postingCount };
  });
}

/** Adds the terms' scores to the candidates: walking a term's postings when they are fewer. */
function addScores(lookup: PostingsLookup, scores: Accumulator, terms: ExpandedTerm[], candidates: number[]): void {
  scores.mark(candidates);
  for (const term of terms) {
    for (const { weight, postings } of term.matches) {
      const factor = weight * term.boost;
      for (const field of postings) {
        if (field.frequencies.size < candidates.length) {
          field.frequencies.forEach((tf, shortId) => {
            if (scores.isMarked(shortId)) scores.add(shortId, factor * lookup.score(field, shortId, tf), term.source);
          });
        } else {
          for (const shortId of candidates) {
            const tf = field.frequencies.get(shortId);
            if (tf !== undefined) scores.add(shortId, factor * lookup.score(field, shortId, tf), term.source);
          }
        }
      }
    }
  }
}

/** Telling terms select candidates; null when none can (then search exhaustively). */
function split(terms: ExpandedTerm[], documentCount: number, commonShare: number): { telling: ExpandedTerm[] | null; common: ExpandedTerm[] } {
  const matching = terms.filter((term) => term.postingCount > 0);
  if (matching.length === 0) return { telling: [], common: [] }; // nothing matches: nothing to walk
  const cutoff = commonShare * documentCount;
  const telling = matching.filter((term) => term.postingCount <= cutoff);
  const common = matching.filter((term) => term.postingCount > cutoff);
  if (telling.length > 0) return { telling, common };
  // All common ("food risks"): the one with fewest matches selects, unless even it is everywhere.
  const rarest = [...common].sort((a, b) => a.postingCount - b.postingCount)[0];
  if (!rarest || rarest.postingCount > ALL_COMMON_SHARE * documentCount) return { telling: null, common };
  // Every occurrence of the rarest source selects (a question can repeat a word).
  return {
    telling: common.filter((term) => term.source === rarest.source),
    common: common.filter((term) => term.source !== rarest.source),
  };
}

/**
 * Per-claim scores and matched words for one search, in arrays indexed by MiniSearch's short ids
 * and reused from search to search: adding a posting allocates nothing (a Map of objects per
 * search cost more than the scoring).
 */
class Accumulator {
  private static shared: Accumulator | undefined;
  private scores = new Float64Array(0);
  /** Matched sources 0-31 and 32-63, as bits. */
  private low = new Uint32Array(0);
  private high = new Uint32Array(0);
  private marks = new Uint8Array(0);
  private touched: number[] = [];
  private marked: number[] = [];

  /** The accumulator, sized for the index; searches run one at a time (they are synchronous). */
  static for(lookup: PostingsLookup): Accumulator {
    const accumulator = (Accumulator.shared ??= new Accumulator());
    accumulator.fit(lookup.shortIdBound);
    return accumulator;
  }

  add(shortId: number, score: number, source: number): void {
    if (this.low[shortId] === 0 && this.high[shortId] === 0) this.touched.push(shortId);
    this.scores[shortId] = (this.scores[shortId] as number) + score;
    if (source < 32) this.low[shortId] = ((this.low[shortId] as number) | (1 << source)) >>> 0;
    else this.high[shortId] = ((this.high[shortId] as number) | (1 << (source - 32))) >>> 0;
  }

  /** How many distinct sources (question words) the claim matched. */
  matched(shortId: number): number {
    return bitCount(this.low[shortId] as number) + bitCount(this.high[shortId] as number);
  }

  /**
   * Claims touched so far, best first by what MiniSearch would rank them (score x words matched).
   * Usually only the first `wanted` are read (the rest only when a filter turns many down): those
   * are picked with a heap, not by sorting every claim touched (200k claims: tens of thousands).
   */
  *ranked(wanted: number): Generator<number> {
    const count = this.touched.length;
    const keys = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const shortId = this.touched[i] as number;
      keys[i] = (this.scores[shortId] as number) * this.matched(shortId);
    }
    const best = topIndexes(keys, Math.min(wanted, count));
    for (const i of best) yield this.touched[i] as number;
    if (best.length === count) return;
    const chosen = new Uint8Array(count);
    for (const i of best) chosen[i] = 1;
    const rest: number[] = [];
    for (let i = 0; i < count; i++) if (chosen[i] === 0) rest.push(i);
    rest.sort((a, b) => (keys[b] as number) - (keys[a] as number));
    for (const i of rest) yield this.touched[i] as number;
  }

  touchedCount(): number {
    return this.touched.length;
  }

  mark(shortIds: number[]): void {
    for (const shortId of shortIds) {
      if (this.marks[shortId] === 0) this.marked.push(shortId);
      this.marks[shortId] = 1;
    }
  }

  isMarked(shortId: number): boolean {
    return this.marks[shortId] === 1;
  }

  results(lookup: PostingsLookup, shortIds: number[], sources: string[]): PrunedResult[] {
    const results: PrunedResult[] = [];
    for (const shortId of shortIds) {
      const matched = this.matched(shortId);
      if (matched === 0) continue;
      const id = lookup.idOf(shortId);
      if (id === undefined) continue;
      const low = this.low[shortId] as number;
      const high = this.high[shortId] as number;
      const queryTerms = sources.filter((_, i) => (i < 32 ? (low >>> i) & 1 : (high >>> (i - 32)) & 1));
      // As MiniSearch ranks: the summed score times the number of question words matched.
      results.push({ id, score: (this.scores[shortId] as number) * matched, queryTerms });
    }
    return results.sort((a, b) => b.score - a.score);
  }

  clear(): void {
    for (const shortId of this.touched) {
      this.scores[shortId] = 0;
      this.low[shortId] = 0;
      this.high[shortId] = 0;
    }
    for (const shortId of this.marked) this.marks[shortId] = 0;
    this.touched = [];
    this.marked = [];
  }

  private fit(size: number): void {
    if (this.scores.length >= size) return;
    const capacity = Math.max(size, this.scores.length * 2, 1024);
    this.scores = new Float64Array(capacity);
    this.low = new Uint32Array(capacity);
    this.high = new Uint32Array(capacity);
    this.marks = new Uint8Array(capacity);
  }
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits >>> 0; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** Indexes of the `k` largest keys, largest first, by a min-heap of size k: O(n log k). */
function topIndexes(keys: Float64Array, k: number): number[] {
  if (k <= 0) return [];
  const heap = new Int32Array(k); // indexes into keys; heap[0] has the smallest key kept
  let size = 0;
  const less = (a: number, b: number): boolean => (keys[heap[a] as number] as number) < (keys[heap[b] as number] as number);
  const swap = (a: number, b: number): void => {
    const t = heap[a] as number;
    heap[a] = heap[b] as number;
    heap[b] = t;
  };
  const siftDown = (from: number): void => {
    for (let i = from; ; ) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < size && less(left, smallest)) smallest = left;
      if (right < size && less(right, smallest)) smallest = right;
      if (smallest === i) return;
      swap(i, smallest);
      i = smallest;
    }
  };
  for (let i = 0; i < keys.length; i++) {
    if (size < k) {
      heap[size] = i;
      for (let j = size++; j > 0; ) {
        const parent = (j - 1) >> 1;
        if (!less(j, parent)) break;
        swap(j, parent);
        j = parent;
      }
    } else if ((keys[i] as number) > (keys[heap[0] as number] as number)) {
      heap[0] = i;
      siftDown(0);
    }
  }
  // Ties in index order, as the stable sort this replaced gave them.
  return Array.from(heap.subarray(0, size)).sort((a, b) => (keys[b] as number) - (keys[a] as number) || a - b);
}
