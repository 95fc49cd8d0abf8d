// Picking the best few of many scored entries without sorting them all: pruned search's
// candidates and results (scoreAccumulator.ts) and the exhaustive fallback's batches
// (exhaustiveSearch.ts) both rank thousands of entries per question and read a few.

/** topIndexes' heap for a `k` up to its length, reused: more than an answer's searches ask (bench/README.md, twenty-fourth session). */
const HEAP_MEMORY = new Int32Array(1024);

/**
 * Indexes below `count` of the `k` entries ranked best, best first, by a heap of size k:
 * O(n log k), leaving out those `skip` marks. An entry ranks above another by a higher `primary`
 * key, then (when given) a higher `secondary` key, then a lower index. Pruned search settles the
 * ties it cuts again by the claims (scoreAccumulator.ts settleTies), not by index.
 */
export function topIndexes(primary: Float64Array, secondary: Float64Array | undefined, count: number, k: number, skip?: Uint8Array): number[] {
  if (k <= 0) return [];
  // A min-heap of indexes: heap[0] is the worst kept. No closures: this runs over thousands of
  // entries per question, and the closures it had cost more than the heap work. Its memory is
  // reused (calls are synchronous and never nested): one per call was garbage in every answer.
  const heap = k <= HEAP_MEMORY.length ? HEAP_MEMORY : new Int32Array(k);
  let size = 0;
  // The worst kept's key, once the heap is full: an entry ranking no higher is passed over without
  // a comparison (an entry met later never wins a tie by index, so without a secondary key an
  // equal key is passed over too).
  let floor = -Infinity;
  const passEqual = secondary === undefined;
  for (let i = 0; i < count; i++) {
    if (skip !== undefined && skip[i] === 1) continue;
    if (size === k) {
      const key = primary[i] as number;
      if (key < floor || (passEqual && key === floor)) continue;
    }
    if (size < k) {
      let j = size++;
      while (j > 0) {
        const parent = (j - 1) >> 1;
        const above = heap[parent] as number;
        if (!worse(primary, secondary, i, above)) break;
        heap[j] = above;
        j = parent;
      }
      heap[j] = i;
      if (size === k) floor = primary[heap[0] as number] as number;
    } else if (worse(primary, secondary, heap[0] as number, i)) {
      heap[0] = i;
      siftDown(heap, size, 0, primary, secondary);
      floor = primary[heap[0] as number] as number;
    }
  }
  // The worst taken off, last place first.
  const best = new Array<number>(size);
  for (let end = size - 1; end >= 0; end--) {
    best[end] = heap[0] as number;
    heap[0] = heap[end] as number;
    siftDown(heap, end, 0, primary, secondary);
  }
  return best;
}

/** Whether entry a ranks below entry b. */
function worse(primary: Float64Array, secondary: Float64Array | undefined, a: number, b: number): boolean {
  const pa = primary[a] as number;
  const pb = primary[b] as number;
  if (pa !== pb) return pa < pb;
  if (secondary !== undefined) {
    const sa = secondary[a] as number;
    const sb = secondary[b] as number;
    if (sa !== sb) return sa < sb;
  }
  return a > b;
}

function siftDown(heap: Int32Array, size: number, from: number, primary: Float64Array, secondary: Float64Array | undefined): void {
  const item = heap[from] as number;
  let i = from;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= size) break;
    const right = left + 1;
    const child = right < size && worse(primary, secondary, heap[right] as number, heap[left] as number) ? right : left;
    if (!worse(primary, secondary, heap[child] as number, item)) break;
    heap[i] = heap[child] as number;
    i = child;
  }
  heap[i] = item;
}
