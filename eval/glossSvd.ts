// Word vectors from a PPMI-weighted word x gloss-word matrix of all of WordNet, reduced by a
// randomized SVD (Halko et al. 2011, one power iteration): the glossVectors.ts experiment's second
// kind of vector (eval/README.md, sixth session). Eager and slow by design: measured, not shipped.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeTerm } from '../src/search/normalizeTerm.js';
import { tokenize } from '../src/search/tokenize.js';
import { parseDataLine, type PartOfSpeech, wordnetDbDir } from '../src/search/wordnet/wordNet.js';

export interface SvdVectors {
  dims: number;
  /** Unit vector of a term (normalizeTerm's form), or undefined when WordNet has no word of it. */
  of(term: string): Float32Array | undefined;
  buildMs: number;
}

/** A seeded Gaussian (Box-Muller over a small xorshift generator). */
function gaussian(seed: number): () => number {
  let s = seed >>> 0 || 1;
  const next = (): number => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return ((s >>> 0) + 0.5) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(next())) * Math.cos(2 * Math.PI * next());
}

/** Orthonormalizes the k columns (each of length n) in place: modified Gram-Schmidt. */
function orthonormalize(columns: Float64Array[]): void {
  for (let j = 0; j < columns.length; j++) {
    const c = columns[j]!;
    for (let i = 0; i < j; i++) {
      const q = columns[i]!;
      let d = 0;
      for (let r = 0; r < c.length; r++) d += q[r]! * c[r]!;
      for (let r = 0; r < c.length; r++) c[r]! -= d * q[r]!;
    }
    let norm = 0;
    for (let r = 0; r < c.length; r++) norm += c[r]! * c[r]!;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < c.length; r++) c[r]! /= norm;
  }
}

/** Eigenvectors and eigenvalues of a small symmetric matrix (cyclic Jacobi). */
function symmetricEigen(a: Float64Array[], k: number): { values: number[]; vectors: Float64Array[] } {
  const v = Array.from({ length: k }, (_, i) => {
    const row = new Float64Array(k);
    row[i] = 1;
    return row;
  });
  for (let sweep = 0; sweep < 30; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += a[p]![q]! ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = a[p]![q]!;
        if (Math.abs(apq) < 1e-20) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = a[r]![p]!;
          const arq = a[r]![q]!;
          a[r]![p] = c * arp - s * arq;
          a[r]![q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p]![r]!;
          const aqr = a[q]![r]!;
          a[p]![r] = c * apr - s * aqr;
          a[q]![r] = s * apr + c * aqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r]![p]!;
          const vrq = v[r]![q]!;
          v[r]![p] = c * vrp - s * vrq;
          v[r]![q] = s * vrp + c * vrq;
        }
      }
    }
  }
  return { values: Array.from({ length: k }, (_, i) => a[i]![i]!), vectors: v };
}

export function buildSvdVectors(k: number, options: { examples: boolean; power: number; exponent: number }): SvdVectors {
  const started = performance.now();
  const rowIds = new Map<string, number>();
  const colIds = new Map<string, number>();
  const id = (map: Map<string, number>, term: string): number => {
    let at = map.get(term);
    if (at === undefined) map.set(term, (at = map.size));
    return at;
  };
  let keys: number[] = [];
  const chunks: Float64Array[] = [];
  const flush = (): void => {
    chunks.push(Float64Array.from(keys));
    keys = [];
  };
  for (const pos of ['noun', 'verb', 'adj', 'adv'] as PartOfSpeech[]) {
    for (const line of readFileSync(join(wordnetDbDir(), `data.${pos}`), 'latin1').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const synset = parseDataLine(line, pos, Number(line.slice(0, 8)));
      const members = new Set((synset?.words ?? []).flatMap((word) => word.split('_')).flatMap((word) => normalizeTerm(word) ?? []));
      let gloss = line.slice(line.indexOf(' | ') + 3);
      if (!options.examples) gloss = gloss.replace(/"[^"]*"/g, ' ');
      const context = new Set([...members, ...tokenize(gloss).flatMap((word) => normalizeTerm(word) ?? [])]);
      for (const m of members) {
        const r = id(rowIds, m);
        for (const c of context) keys.push(r * 2 ** 20 + id(colIds, c));
      }
      if (keys.length > 1_000_000) flush();
    }
  }
  flush();
  const all = new Float64Array(chunks.reduce((s, c) => s + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  all.sort();
  // CSR with counts.
  const rows = rowIds.size;
  const cols = colIds.size;
  const rowStart = new Uint32Array(rows + 1);
  const colOf: number[] = [];
  const value: number[] = [];
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j] === all[i]) j++;
    const key = all[i]!;
    const r = Math.floor(key / 2 ** 20);
    rowStart[r + 1]!++;
    colOf.push(key % 2 ** 20);
    value.push(j - i);
    i = j;
  }
  for (let r = 0; r < rows; r++) rowStart[r + 1]! += rowStart[r]!;
  // PPMI with context distribution smoothing (0.75).
  const rowSum = new Float64Array(rows);
  const colSum = new Float64Array(cols);
  let total = 0;
  for (let r = 0; r < rows; r++) {
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      rowSum[r]! += value[e]!;
      colSum[colOf[e]!]! += value[e]!;
      total += value[e]!;
    }
  }
  let smoothed = 0;
  for (let c = 0; c < cols; c++) smoothed += colSum[c]! ** 0.75;
  const weight = new Float64Array(value.length);
  for (let r = 0; r < rows; r++) {
    for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) {
      const pmi = Math.log((value[e]! / total) / ((rowSum[r]! / total) * (colSum[colOf[e]!]! ** 0.75 / smoothed)));
      weight[e] = Math.max(0, pmi);
    }
  }
  const cols32 = Uint32Array.from(colOf);
  // A times a column block (cols -> rows) and A transposed times a row block.
  const times = (x: Float64Array[]): Float64Array[] =>
    x.map((column) => {
      const out = new Float64Array(rows);
      for (let r = 0; r < rows; r++) {
        let s = 0;
        for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) s += weight[e]! * column[cols32[e]!]!;
        out[r] = s;
      }
      return out;
    });
  const transposedTimes = (y: Float64Array[]): Float64Array[] =>
    y.map((column) => {
      const out = new Float64Array(cols);
      for (let r = 0; r < rows; r++) {
        const yr = column[r]!;
        if (yr === 0) continue;
        for (let e = rowStart[r]!; e < rowStart[r + 1]!; e++) out[cols32[e]!]! += weight[e]! * yr;
      }
      return out;
    });
  const random = gaussian(12345);
  let q = times(Array.from({ length: k }, () => Float64Array.from({ length: cols }, random)));
  orthonormalize(q);
  for (let i = 0; i < options.power; i++) {
    const z = transposedTimes(q);
    orthonormalize(z);
    q = times(z);
    orthonormalize(q);
  }
  // B = Q^T A (k x cols); B B^T = (A^T Q)^T (A^T Q).
  const bt = transposedTimes(q);
  const bbt = Array.from({ length: k }, (_, i) => Float64Array.from({ length: k }, (_, j) => {
    let s = 0;
    for (let c = 0; c < cols; c++) s += bt[i]![c]! * bt[j]![c]!;
    return s;
  }));
  const { values, vectors } = symmetricEigen(bbt, k);
  // Row vectors: Q U Sigma^exponent (sigma = sqrt(eigenvalue)).
  const scale = values.map((v) => Math.max(v, 0) ** (options.exponent / 2));
  const result = new Map<string, Float32Array>();
  for (const [term, r] of rowIds) {
    const vec = new Float32Array(k);
    let norm = 0;
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let i = 0; i < k; i++) s += q[i]![r]! * vectors[i]![j]!;
      vec[j] = s * scale[j]!;
      norm += vec[j]! ** 2;
    }
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < k; j++) vec[j]! /= norm;
    result.set(term, vec);
  }
  const buildMs = performance.now() - started;
  console.log(`SVD vectors: ${rows} words x ${cols} gloss words, ${value.length} cells, rank ${k}, ${(buildMs / 1000).toFixed(1)} s, heap ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`);
  return { dims: k, of: (term) => result.get(term), buildMs };
}
