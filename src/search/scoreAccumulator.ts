// Per-claim scores and matched question words for one pruned search (prunedSearch.ts), in typed
// arrays indexed by MiniSearch's short ids and reused from search to search. A question touches
// thousands of claims; a Map of objects, or arrays grown per search, cost more than the scoring
// and their garbage came back as collector pauses in the slowest answers.

import type { PostingsLookup } from './postingsLookup.js';
import type { ScoredClaim } from './prunedSearch.js';

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
   * those are picked with a heap, not by sorting them all (a large library: thousands touched).
   */
  visitRanked(wanted: number, visit: (shortId: number) => boolean, among?: readonly number[]): void {
    const claims = among ? among.filter((shortId) => this.matched(shortId) > 0) : this.touched.subarray(0, this.touchedLength);
    const count = claims.length;
    const keys = this.keysFor(claims);
    let batch = topIndexes(keys, Math.min(wanted, count), among !== undefined);
    let visited: Uint8Array | undefined;
    let left = count;
    // Then the rest, in batches four times as large each time, as a stable sort of them would order
    // them: a filter that turns many down reads a few hundred more, not a sort of thousands.
    for (let size = Math.max(wanted, 1); ; size *= 4) {
      for (const i of batch) if (!visit(claims[i] as number)) return;
      left -= batch.length;
      if (left === 0) return;
      visited ??= new Uint8Array(count);
      for (const i of batch) visited[i] = 1;
      batch = topIndexes(keys, Math.min(size * 4, left), true, visited);
    }
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
  results(lookup: PostingsLookup, shortIds: readonly number[], limit = Infinity): ScoredClaim[] {
    const kept = shortIds.filter((shortId) => this.matched(shortId) > 0 && lookup.idOf(shortId) !== undefined);
    const keys = this.keysFor(kept);
    return topIndexes(keys, Math.min(limit, kept.length), true).map((i) => ({ id: lookup.idOf(kept[i] as number) as string, score: keys[i] as number }));
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
 * Indexes of the `k` largest keys, largest first (ties in index order), by a heap of size k:
 * O(n log k), leaving out those `skip` marks. `exact`: ties at the cut keep the earlier indexes,
 * as a stable sort would; without it, which of the keys tied at the cut are kept is as the heap
 * leaves them. Pruned search has always picked its candidates that way, and which tied claims
 * are completed changes answers.
 */
function topIndexes(keys: Float64Array, k: number, exact: boolean, skip?: Uint8Array): number[] {
  if (k <= 0) return [];
  // A min-heap of indexes into keys: heap[0] is the worst kept. No closures: this runs over
  // thousands of keys per question, and the closures it had cost more than the heap work.
  const heap = new Int32Array(k);
  let size = 0;
  for (let i = 0; i < keys.length; i++) {
    if (skip !== undefined && skip[i] === 1) continue;
    if (size < k) {
      let j = size++;
      while (j > 0) {
        const parent = (j - 1) >> 1;
        const above = heap[parent] as number;
        if (!worse(keys, i, above, exact)) break;
        heap[j] = above;
        j = parent;
      }
      heap[j] = i;
    } else if ((keys[i] as number) > (keys[heap[0] as number] as number)) {
      heap[0] = i;
      siftDown(heap, size, 0, keys, exact);
    }
  }
  // Best first, ties in index order (as a stable sort gives them): heaped again in that order,
  // then the worst taken off, last place first.
  for (let i = (size >> 1) - 1; i >= 0; i--) siftDown(heap, size, i, keys, true);
  const best = new Array<number>(size);
  for (let end = size - 1; end >= 0; end--) {
    best[end] = heap[0] as number;
    heap[0] = heap[end] as number;
    siftDown(heap, end, 0, keys, true);
  }
  return best;
}

/** Whether index a ranks below index b: a smaller key, or (exact) an equal key further on. */
function worse(keys: Float64Array, a: number, b: number, exact: boolean): boolean {
  const ka = keys[a] as number;
  const kb = keys[b] as number;
  return ka < kb || (exact && ka === kb && a > b);
}

function siftDown(heap: Int32Array, size: number, from: number, keys: Float64Array, exact: boolean): void {
  const item = heap[from] as number;
  let i = from;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= size) break;
    const right = left + 1;
    const child = right < size && worse(keys, heap[right] as number, heap[left] as number, exact) ? right : left;
    if (!worse(keys, heap[child] as number, item, exact)) break;
    heap[i] = heap[child] as number;
    i = child;
  }
  heap[i] = item;
}
