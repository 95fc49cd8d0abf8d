// The flat vector index is exact: its nearest claims are those a plain cosine similarity over every
// vector, sorted, gives (the oracle), also after vectors are replaced and deleted and with a filter.

import { describe, expect, it } from 'vitest';
import { VectorIndex } from '../../../src/search/semantic/vectorIndex.js';

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32 - 0.5;
  };
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return dot / Math.sqrt(na * nb);
}

describe('VectorIndex', () => {
  it('finds the same nearest vectors, in the same order, as comparing with every vector', () => {
    const random = seeded(7);
    const dims = 24;
    const vector = (): Float32Array => Float32Array.from({ length: dims }, random);
    const index = new VectorIndex(dims, 4); // small, so it grows several times
    const held = new Map<string, Float32Array>();
    for (let i = 0; i < 500; i++) {
      const v = vector();
      index.set(`c${i}`, v);
      held.set(`c${i}`, v);
    }
    // Replaced and deleted vectors, and slots reused.
    for (let i = 0; i < 500; i += 7) {
      const v = vector();
      index.set(`c${i}`, v);
      held.set(`c${i}`, v);
    }
    for (let i = 3; i < 500; i += 11) {
      index.delete(`c${i}`);
      held.delete(`c${i}`);
    }
    for (let i = 0; i < 20; i++) {
      const v = vector();
      index.set(`new${i}`, v);
      held.set(`new${i}`, v);
    }
    expect(index.size).toBe(held.size);

    const even = (id: string): boolean => Number(id.replace(/\D/g, '')) % 2 === 0;
    for (let q = 0; q < 25; q++) {
      const query = vector();
      const oracle = [...held].map(([id, v]) => ({ id, similarity: cosine(query, v) })).sort((a, b) => b.similarity - a.similarity);
      const found = index.search(query, 50);
      expect(found.map((hit) => hit.id)).toEqual(oracle.slice(0, 50).map((hit) => hit.id));
      found.forEach((hit, i) => expect(hit.similarity).toBeCloseTo(oracle[i]!.similarity, 5));
      expect(index.search(query, 10, even).map((hit) => hit.id)).toEqual(oracle.filter((hit) => even(hit.id)).slice(0, 10).map((hit) => hit.id));
    }
  });

  it('returns nothing for a query of another size or a limit of 0', () => {
    const index = new VectorIndex(3);
    index.set('a', Float32Array.from([1, 0, 0]));
    expect(index.search(Float32Array.from([1, 0]), 5)).toEqual([]);
    expect(index.search(Float32Array.from([1, 0, 0]), 0)).toEqual([]);
    expect(() => index.set('b', Float32Array.from([1, 0]))).toThrow(/2 dimensions in an index of 3/);
  });
});
