// Per-claim scores and matched question words for one pruned search (prunedSearch.ts), in typed
// arrays indexed by MiniSearch's short ids and reused from search to search. A question touches
// thousands of claims; a Map of objects, or arrays grown per search, cost more than the scoring
// and their garbage came back as collector pauses in the slowest answers.

import type { PostingsLookup } from './postingsLookup.js';
import type { PrunedResult } from './prunedSearch.js';

export class ScoreAccumulator {
  private static shared: ScoreAccumulator | undefined;
  private scores = new Float64Array(0);
  /** Matched sources 0-31 and 32-63, as bits. */
  private low = new Uint32Array(0);
  private high = new Uint32Array(0);
  private marks = new Uint8Array(0);
  /** Claims with a score, in the order first scored (each once, so the arrays never overflow). */
  private touched = new Int32Array(0);
  private touchedLength = 0;
  private marked = new Int32Array(0);
  private markedLength = 0;
  /** Ranking keys, one per claim ranked. */
  private keys = new Float64Array(0);

  /** The accumulator, sized for the index; searches run one at a time (they are synchronous). */
  static for(lookup: PostingsLookup): ScoreAccumulator {
    const accumulator = (ScoreAccumulator.shared ??= new ScoreAccumulator());
    accumulator.fit(lookup.shortIdBound);
    return accumulator;
  }

  add(shortId: number, score: number, source: number): void {
    if (this.low[shortId] === 0 && this.high[shortId] === 0) this.touched[this.touchedLength++] = shortId;
    this.scores[shortId] = (this.scores[shortId] as number) + score;
    if (source < 32) this.low[shortId] = ((this.low[shortId] as number) | (1 << source)) >>> 0;
    else this.high[shortId] = ((this.high[shortId] as number) | (1 << (source - 32))) >>> 0;
  }

  /** How many distinct sources (question words) the claim matched. */
  matched(shortId: number): number {
    return bitCount(this.low[shortId] as number) + bitCount(this.high[shortId] as number);
  }

  touchedCount(): number {
    return this.touchedLength;
  }

  /**
   * Visits claims best first by what MiniSearch would rank them (score x words matched) until
   * `visit` returns false: those of `among` that matched a word, in exactly the order a stable
   * sort gives, or every claim touched (with ties at the `wanted` cut as the heap leaves them).
   * Usually only the first `wanted` are visited (the rest only when a filter turns many down):
   * those are picked with a heap, not by sorting them all (200k claims: tens of thousands touched).
   */
  visitRanked(wanted: number, visit: (shortId: number) => boolean, among?: readonly number[]): void {
    const claims = among ? among.filter((shortId) => this.matched(shortId) > 0) : this.touched.subarray(0, this.touchedLength);
    const count = claims.length;
    const keys = this.keysFor(claims);
    const best = topIndexes(keys, Math.min(wanted, count), among !== undefined);
    for (const i of best) if (!visit(claims[i] as number)) return;
    if (best.length === count) return;
    const chosen = new Uint8Array(count);
    for (const i of best) chosen[i] = 1;
    const rest: number[] = [];
    for (let i = 0; i < count; i++) if (chosen[i] === 0) rest.push(i);
    rest.sort((a, b) => (keys[b] as number) - (keys[a] as number));
    for (const i of rest) if (!visit(claims[i] as number)) return;
  }

  mark(shortIds: readonly number[]): void {
    for (const shortId of shortIds) {
      if (this.marks[shortId] === 0) this.marked[this.markedLength++] = shortId;
      this.marks[shortId] = 1;
    }
  }

  isMarked(shortId: number): boolean {
    return this.marks[shortId] === 1;
  }

  /**
   * The best `limit` of these claims as results, best first (ties in the order given); claims
   * that matched no word, or are no longer indexed, are left out. Only those returned are built.
   */
  results(lookup: PostingsLookup, shortIds: readonly number[], sources: readonly string[], limit = Infinity): PrunedResult[] {
    const kept = shortIds.filter((shortId) => this.matched(shortId) > 0 && lookup.idOf(shortId) !== undefined);
    const keys = this.keysFor(kept);
    return topIndexes(keys, Math.min(limit, kept.length), true).map((i) => {
      const shortId = kept[i] as number;
      const low = this.low[shortId] as number;
      const high = this.high[shortId] as number;
      const queryTerms = sources.filter((_, source) => (source < 32 ? (low >>> source) & 1 : (high >>> (source - 32)) & 1));
      // MiniSearch's SearchResult fields, empty (as ClaimIndex returns them): with them already
      // there, ClaimIndex's `{ ...result, terms: [], match: {} }` is a fast copy (Node 20: 40x faster
      // than one that has to add properties).
      return { id: lookup.idOf(shortId) as string, score: keys[i] as number, queryTerms, terms: [], match: {} };
    });
  }

  clear(): void {
    for (let i = 0; i < this.touchedLength; i++) {
      const shortId = this.touched[i] as number;
      this.scores[shortId] = 0;
      this.low[shortId] = 0;
      this.high[shortId] = 0;
    }
    for (let i = 0; i < this.markedLength; i++) this.marks[this.marked[i] as number] = 0;
    this.touchedLength = 0;
    this.markedLength = 0;
  }

  /** As MiniSearch ranks: the summed score times the number of question words matched. */
  private keysFor(claims: ArrayLike<number>): Float64Array {
    if (this.keys.length < claims.length) this.keys = new Float64Array(Math.max(claims.length, this.keys.length * 2));
    const keys = this.keys.subarray(0, claims.length);
    for (let i = 0; i < claims.length; i++) {
      const shortId = claims[i] as number;
      keys[i] = (this.scores[shortId] as number) * this.matched(shortId);
    }
    return keys;
  }

  private fit(size: number): void {
    if (this.scores.length >= size) return;
    const capacity = Math.max(size, this.scores.length * 2, 1024);
    this.scores = new Float64Array(capacity);
    this.low = new Uint32Array(capacity);
    this.high = new Uint32Array(capacity);
    this.marks = new Uint8Array(capacity);
    this.touched = new Int32Array(capacity);
    this.marked = new Int32Array(capacity);
  }
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits >>> 0; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/**
 * Indexes of the `k` largest keys, largest first (ties in index order), by a min-heap of size k:
 * O(n log k). `exact`: ties at the cut keep the earlier indexes, as a stable sort would; without
 * it, which of the keys tied at the cut are kept is as the heap leaves them. Pruned search has
 * always picked its candidates that way, and which tied claims are completed changes answers.
 */
function topIndexes(keys: Float64Array, k: number, exact: boolean): number[] {
  if (k <= 0) return [];
  const heap = new Int32Array(k); // indexes into keys; heap[0] has the smallest key kept
  let size = 0;
  // Exact: a smaller key, or an equal key further on, is worse and dropped first.
  const less = (a: number, b: number): boolean => {
    const ka = keys[heap[a] as number] as number;
    const kb = keys[heap[b] as number] as number;
    return ka < kb || (exact && ka === kb && (heap[a] as number) > (heap[b] as number));
  };
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
  // Ties in index order, as a stable sort gives them.
  return Array.from(heap.subarray(0, size)).sort((a, b) => (keys[b] as number) - (keys[a] as number) || a - b);
}
