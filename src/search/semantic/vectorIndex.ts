// Claims' vectors for exact nearest-neighbour search: normalized, in one growing Float32Array, and
// scanned whole per question (a dot product each). No approximate index or vector database: one
// team's reports are small enough for a flat scan (figures: bench/README.md).

import { grownArray } from '../grownArray.js';

export interface VectorHit {
  id: string;
  /** Cosine similarity, -1 to 1. */
  similarity: number;
}

export class VectorIndex {
  private data: Float32Array;
  private readonly slots = new Map<string, number>();
  private ids: (string | undefined)[] = [];
  private readonly free: number[] = [];

  constructor(readonly dimensions: number, capacity = 1024) {
    this.data = new Float32Array(dimensions * capacity);
  }

  get size(): number {
    return this.slots.size;
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  /** Stores `vector` (normalized here) under `id`, replacing any vector it had. */
  set(id: string, vector: Float32Array): void {
    if (vector.length !== this.dimensions) throw new Error(`vector of ${vector.length} dimensions in an index of ${this.dimensions}`);
    let slot = this.slots.get(id);
    if (slot === undefined) {
      slot = this.free.pop() ?? this.ids.length;
      if ((slot + 1) * this.dimensions > this.data.length) this.data = grownArray(this.data, (slot + 1) * this.dimensions);
      this.slots.set(id, slot);
      this.ids[slot] = id;
    }
    this.data.set(normalize(vector), slot * this.dimensions);
  }

  delete(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    this.slots.delete(id);
    this.ids[slot] = undefined;
    this.free.push(slot);
  }

  /** Every id held. */
  keys(): IterableIterator<string> {
    return this.slots.keys();
  }

  /** The `limit` ids most similar to `query` that `accepts` lets through, most similar first. */
  search(query: Float32Array, limit: number, accepts: (id: string) => boolean = () => true): VectorHit[] {
    if (query.length !== this.dimensions || limit <= 0) return [];
    const q = normalize(query);
    const { dimensions: dims, data, ids } = this;
    const best: VectorHit[] = [];
    for (let slot = 0; slot < ids.length; slot++) {
      const id = ids[slot];
      if (id === undefined) continue;
      let dot = 0;
      const base = slot * dims;
      for (let i = 0; i < dims; i++) dot += q[i]! * data[base + i]!;
      if (best.length === limit && dot <= best[limit - 1]!.similarity) continue;
      if (!accepts(id)) continue;
      insertSorted(best, { id, similarity: dot }, limit);
    }
    return best;
  }
}

/** A unit-length copy of `vector` (all zeros stays zeros). */
export function normalize(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const x of vector) sum += x * x;
  const norm = Math.sqrt(sum);
  const unit = new Float32Array(vector.length);
  if (norm > 0) for (let i = 0; i < vector.length; i++) unit[i] = vector[i]! / norm;
  return unit;
}

function insertSorted(best: VectorHit[], hit: VectorHit, limit: number): void {
  let at = best.length;
  while (at > 0 && best[at - 1]!.similarity < hit.similarity) at--;
  best.splice(at, 0, hit);
  if (best.length > limit) best.pop();
}
