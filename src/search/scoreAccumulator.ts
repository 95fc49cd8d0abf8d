// Per-claim scores and matched question words for one pruned search (prunedSearch.ts), in typed
// arrays indexed by MiniSearch's short ids and reused from search to search. A question touches
// thousands of claims; a Map of objects, or arrays grown per search, cost more than the scoring
// and their garbage came back as collector pauses in the slowest answers.

import type { PostingsLookup } from './postingsLookup.js';
import type { ScoredClaim } from './prunedSearch.js';
import { compareTied, compareTiedBy } from './tiedClaims.js';
import { topIndexes } from './topIndexes.js';

export class ScoreAccumulator {
  private static shared: ScoreAccumulator | undefined;
  /**
   * A claim's slot, 16 bytes at shortId * 16: its score (a float64, at `scores[2 * shortId]`) and
   * its matched sources 0-31 and 32-63 as bits (`bits[4 * shortId + 2]` and `+ 3`), together in
   * one cache line. Adding a posting's score reads and writes all three: in three arrays that was
   * three cache misses per claim after idle time (bench/README.md, fifth session).
   */
  private scores = new Float64Array(0);
  private bits = new Uint32Array(0);
  private marks = new Uint8Array(0);
  /** Claims with a score, in the order first scored (each once, so the arrays never overflow). */
  private touched = new Int32Array(0);
  private touchedLength = 0;
  private marked = new Int32Array(0);
  private markedLength = 0;
  /** Ranking keys, one per claim ranked. */
  private keys = new Float64Array(0);
  /** The claims visitRanked ranks of those given, and those results makes results of: a filtered copy per search was garbage. */
  private among = new Int32Array(0);
  private kept = new Int32Array(0);
  /** Set while visitRanked calls its `visit`: a search started then would overwrite what it reads. */
  private busy = false;

  /**
   * The accumulator, sized for the index; searches run one at a time (they are synchronous).
   * Throws when called from a visitRanked's `visit`: a nested search would resize or clear the
   * arrays the outer one is reading (its claims, keys and scores), and rank it wrong, silently.
   */
  static for(lookup: PostingsLookup): ScoreAccumulator {
    const accumulator = (ScoreAccumulator.shared ??= new ScoreAccumulator());
    if (accumulator.busy) throw new Error('A search was started inside another search\'s visitRanked: the scores it reads are shared');
    accumulator.fit(lookup.shortIdBound);
    return accumulator;
  }

  add(shortId: number, score: number, source: number): void {
    const low = 4 * shortId + 2;
    const bits = this.bits;
    if (bits[low] === 0 && bits[low + 1] === 0) this.touched[this.touchedLength++] = shortId;
    this.scores[2 * shortId] = (this.scores[2 * shortId] as number) + score;
    if (source < 32) bits[low] = ((bits[low] as number) | (1 << source)) >>> 0;
    else bits[low + 1] = ((bits[low + 1] as number) | (1 << (source - 32))) >>> 0;
  }

  /** How many distinct sources (question words) the claim matched. */
  matched(shortId: number): number {
    return bitCount(this.bits[4 * shortId + 2] as number) + bitCount(this.bits[4 * shortId + 3] as number);
  }

  touchedCount(): number {
    return this.touchedLength;
  }

  /**
   * Visits claims best first by what MiniSearch would rank them (score x words matched) until
   * `visit` returns false: those of `among` that matched a word, or every claim touched; claims
   * that tie in the order settleTies gives, also where a batch is cut. Usually only the first
   * `wanted` are visited (the rest only when a filter turns many down): those are picked with a
   * heap, not by sorting them all (a large library: thousands touched). `visit` must not start a
   * search: the claims, keys and scores read here are the shared accumulator's (ScoreAccumulator.for throws).
   */
  visitRanked(lookup: PostingsLookup, wanted: number, visit: (shortId: number) => boolean, among?: readonly number[]): void {
    if (this.busy) throw new Error('visitRanked was called inside its own visit: the scores it reads are shared');
    this.busy = true;
    try {
      this.visitInOrder(lookup, wanted, visit, among);
    } finally {
      this.busy = false;
    }
  }

  private visitInOrder(lookup: PostingsLookup, wanted: number, visit: (shortId: number) => boolean, among?: readonly number[]): void {
    const claims = among ? this.amongMatched(among) : this.touched.subarray(0, this.touchedLength);
    const count = claims.length;
    const keys = this.keysFor(claims);
    let batch = settleTies(lookup, topIndexes(keys, undefined, keys.length, Math.min(wanted, count)), keys, claims);
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
      batch = settleTies(lookup, topIndexes(keys, undefined, keys.length, Math.min(size * 4, left), visited), keys, claims, visited);
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
   * The best `limit` of these claims as results, best first (ties settled by settleTies);
   * claims that matched no word, or are no longer indexed, are left out. Only those returned are
   * built.
   */
  results(lookup: PostingsLookup, shortIds: readonly number[], limit = Infinity): ScoredClaim[] {
    // By push into one literal, returned empty too (not .map, nor topIndexes' empty array read):
    // to V8 one kind of array, whatever was found, for the search reading it (bench/README.md).
    const found: ScoredClaim[] = [];
    if (this.kept.length < shortIds.length) this.kept = new Int32Array(Math.max(shortIds.length, this.kept.length * 2));
    let count = 0;
    for (const shortId of shortIds) if (this.matched(shortId) > 0 && lookup.idOf(shortId) !== undefined) this.kept[count++] = shortId;
    if (count === 0 || limit <= 0) return found;
    const kept = this.kept.subarray(0, count);
    const keys = this.keysFor(kept);
    const best = settleTies(lookup, topIndexes(keys, undefined, keys.length, Math.min(limit, kept.length)), keys, kept);
    for (let k = 0; k < best.length; k++) {
      const i = best[k] as number;
      found.push({ id: lookup.idOf(kept[i] as number) as string, score: keys[i] as number });
    }
    return found;
  }

  clear(): void {
    for (let i = 0; i < this.touchedLength; i++) {
      const shortId = this.touched[i] as number;
      this.scores[2 * shortId] = 0;
      this.bits[4 * shortId + 2] = 0;
      this.bits[4 * shortId + 3] = 0;
    }
    for (let i = 0; i < this.markedLength; i++) this.marks[this.marked[i] as number] = 0;
    this.touchedLength = 0;
    this.markedLength = 0;
  }

  /** Those of `among` that matched a word, in its order. */
  private amongMatched(among: readonly number[]): Int32Array {
    if (this.among.length < among.length) this.among = new Int32Array(Math.max(among.length, this.among.length * 2));
    let count = 0;
    for (const shortId of among) if (this.matched(shortId) > 0) this.among[count++] = shortId;
    return this.among.subarray(0, count);
  }

  /** As MiniSearch ranks: the summed score times the number of question words matched. */
  private keysFor(claims: ArrayLike<number>): Float64Array {
    if (this.keys.length < claims.length) this.keys = new Float64Array(Math.max(claims.length, this.keys.length * 2));
    const keys = this.keys.subarray(0, claims.length);
    for (let i = 0; i < claims.length; i++) {
      const shortId = claims[i] as number;
      keys[i] = (this.scores[2 * shortId] as number) * this.matched(shortId);
    }
    return keys;
  }

  private fit(size: number): void {
    if (this.marks.length >= size) return;
    const capacity = Math.max(size, this.marks.length * 2, 1024);
    const slots = new ArrayBuffer(16 * capacity);
    this.scores = new Float64Array(slots);
    this.bits = new Uint32Array(slots);
    this.marks = new Uint8Array(capacity);
    this.touched = new Int32Array(capacity);
    this.marked = new Int32Array(capacity);
  }
}

/**
 * `batch` (indexes of `claims`, best first, as topIndexes picks them) with claims that tie settled
 * by what they are, not by the order they were reached (their short ids, so the order claims were
 * indexed: the parse workers' on a build): those tying with its last one taken among all that tie
 * with it (those `skip` marks aside), and each run of equal keys in it put in that order
 * (compareTied: shorter first, then by id). Which of equal claims made a cut had followed the short ids:
 * which were completed by the common words, returned, visited before a filter had enough. One
 * pass over the keys; ties sorted only where there are.
 */
function settleTies(lookup: PostingsLookup, batch: number[], keys: Float64Array, claims: ArrayLike<number>, skip?: Uint8Array): number[] {
  const size = batch.length;
  if (size === 0) return batch;
  const floor = keys[batch[size - 1] as number] as number;
  let first = size - 1;
  while (first > 0 && keys[batch[first - 1] as number] === floor) first--;
  const tied: number[] = [];
  for (let i = 0; i < keys.length; i++) if (keys[i] === floor && (skip === undefined || skip[i] !== 1)) tied.push(i);
  // The tail written into `batch` itself (not a spread copy): topIndexes' array, of one kind to
  // V8 whichever way the ties fell, is what every caller reads.
  let end = size;
  if (tied.length > size - first) {
    const tail = tiedOrder(lookup, tied, claims);
    for (let k = first; k < size; k++) batch[k] = tail[k - first] as number;
    end = first;
  }
  for (let start = 0; start < end; ) {
    let stop = start + 1;
    while (stop < end && keys[batch[stop] as number] === keys[batch[start] as number]) stop++;
    if (stop - start > INSERTION_RUN) {
      const run = tiedOrder(lookup, batch.slice(start, stop), claims);
      for (let k = 0; k < run.length; k++) batch[start + k] = run[k] as number;
    } else if (stop - start > 1) {
      insertionOrder(lookup, batch, start, stop, claims);
    }
    start = stop;
  }
  return batch;
}

/**
 * Runs of tied claims up to this long are put in order in place (insertionOrder), allocating
 * nothing: most runs a search settles are a few claims, and tiedOrder's objects and sort's work
 * arrays were garbage in every answer (bench/README.md, twenty-fourth session). A longer run is
 * sorted, as insertion takes time growing with the square of its length.
 */
const INSERTION_RUN = 16;

/** `batch[start..stop)` in tiedOrder's order, in place: the same order, as that order is total (ties by index last). */
function insertionOrder(lookup: PostingsLookup, batch: number[], start: number, stop: number, claims: ArrayLike<number>): void {
  for (let k = start + 1; k < stop; k++) {
    const item = batch[k] as number;
    const shortId = claims[item] as number;
    const id = lookup.idOf(shortId);
    const length = lookup.relativeLength(shortId);
    let j = k;
    while (j > start) {
      const before = batch[j - 1] as number;
      const beforeId = claims[before] as number;
      if ((compareTiedBy(lookup.relativeLength(beforeId), lookup.idOf(beforeId), length, id) || before - item) <= 0) break;
      batch[j] = before;
      j--;
    }
    batch[j] = item;
  }
}

/** Indexes of tied claims in the order they are taken (compareTied); equal in that too, in index order. */
function tiedOrder(lookup: PostingsLookup, indexes: number[], claims: ArrayLike<number>): number[] {
  const entries = indexes.map((i) => {
    const shortId = claims[i] as number;
    return { i, id: lookup.idOf(shortId), length: lookup.relativeLength(shortId) };
  });
  entries.sort((a, b) => compareTied(a, b) || a.i - b.i);
  return entries.map(({ i }) => i);
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits >>> 0; rest !== 0; rest &= rest - 1) count++;
  return count;
}
