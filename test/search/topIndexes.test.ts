import { describe, expect, it } from 'vitest';
import { topIndexes } from '../../src/search/topIndexes.js';

// topIndexes passes over an entry that cannot enter the full heap without comparing it. Which of
// the entries tied at the cut are kept is part of the answers (pruned search has
// always completed the candidates the heap left), so it must keep exactly the entries, in exactly
// the order, that the heap comparing every entry kept. The reference below is that heap, as it was.
function reference(primary: Float64Array, secondary: Float64Array | undefined, count: number, k: number, exact: boolean, skip?: Uint8Array): number[] {
  if (k <= 0) return [];
  const worse = (a: number, b: number, byIndex: boolean): boolean => {
    const pa = primary[a] as number;
    const pb = primary[b] as number;
    if (pa !== pb) return pa < pb;
    if (!byIndex) return false;
    if (secondary !== undefined && secondary[a] !== secondary[b]) return (secondary[a] as number) < (secondary[b] as number);
    return a > b;
  };
  const siftDown = (heap: number[], size: number, from: number, byIndex: boolean): void => {
    const item = heap[from] as number;
    let i = from;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= size) break;
      const child = left + 1 < size && worse(heap[left + 1] as number, heap[left] as number, byIndex) ? left + 1 : left;
      if (!worse(heap[child] as number, item, byIndex)) break;
      heap[i] = heap[child] as number;
      i = child;
    }
    heap[i] = item;
  };
  const heap: number[] = [];
  for (let i = 0; i < count; i++) {
    if (skip?.[i] === 1) continue;
    if (heap.length < k) {
      let j = heap.length;
      heap.push(i);
      while (j > 0) {
        const parent = (j - 1) >> 1;
        if (!worse(i, heap[parent] as number, exact)) break;
        heap[j] = heap[parent] as number;
        j = parent;
      }
      heap[j] = i;
    } else if (worse(heap[0] as number, i, exact)) {
      heap[0] = i;
      siftDown(heap, heap.length, 0, exact);
    }
  }
  if (!exact) for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(heap, heap.length, i, true);
  const best = new Array<number>(heap.length);
  for (let end = heap.length - 1; end >= 0; end--) {
    best[end] = heap[0] as number;
    heap[0] = heap[end] as number;
    siftDown(heap, end, 0, true);
  }
  return best;
}

describe('topIndexes', () => {
  it('keeps the entries, ties at the cut included, and the order that comparing every entry kept (its heap reused between calls, or not for a large k)', () => {
    let seed = 17;
    const random = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    let cases = 0;
    for (let round = 0; round < 400; round++) {
      const count = 1 + Math.floor(random() * (round % 10 === 0 ? 3000 : 600));
      // Few distinct keys: many ties, at the cut too.
      const distinct = 1 + Math.floor(random() * 12);
      const primary = Float64Array.from({ length: count }, () => Math.floor(random() * distinct));
      const secondary = round % 3 === 0 ? Float64Array.from({ length: count }, () => Math.floor(random() * 3)) : undefined;
      const skip = round % 4 === 1 ? Uint8Array.from({ length: count }, () => (random() < 0.3 ? 1 : 0)) : undefined;
      for (const k of [1, 5, 50, 200, 1500, 3]) {
        expect(topIndexes(primary, secondary, count, k, skip), `round ${round}, k ${k}`).toEqual(reference(primary, secondary, count, k, true, skip));
        cases++;
      }
    }
    expect(cases).toBe(2400);
  });
});
