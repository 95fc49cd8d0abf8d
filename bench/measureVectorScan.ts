// Semantic search's exact vector scan (src/search/semantic/vectorIndex.ts) at growing numbers of
// claims: how long one question's scan takes and how much memory the vectors hold, on seeded
// random vectors (no embeddings API, no network), to say up to what size a flat scan is enough.

import { VectorIndex } from '../src/search/semantic/vectorIndex.js';
import { percentile } from './percentile.js';
import { Random } from './random.js';

export interface VectorScanSize {
  claims: number;
  /** One question: the whole index scanned for its 50 nearest claims, as an answer asks. */
  p50Ms: number;
  p99Ms: number;
  /** The same scans in this process's CPU time: the figure with waiting for a core left out. */
  cpu: { p50Ms: number; p99Ms: number };
  questions: number;
  /** The vectors themselves (claims × dimensions × 4 bytes). */
  vectorsMB: number;
}

export interface VectorScanFigures {
  dimensions: number;
  sizes: VectorScanSize[];
  /** The largest size measured whose CPU-time p99 is within FAST_SCAN_MS; null if none is. */
  fastUpTo: number | null;
  fastScanMs: number;
}

/** Sizes measured: from one team's reports (hundreds to thousands of claims) to 100,000 claims. */
export const VECTOR_SCAN_SIZES = [1_000, 5_000, 10_000, 20_000, 50_000, 100_000];
/** nomic-embed-text, the README's Ollama example; time and memory grow in step with dimensions. */
export const VECTOR_DIMENSIONS = 768;
/**
 * A scan is "fast" while its p99 stays within this: a question already waits for its own vector
 * from the embeddings API (tens of milliseconds from a local model), and the scan should not
 * add more than that wait.
 */
export const FAST_SCAN_MS = 50;
/** What an answer asks the index for (answerQuestion.ts: MAX_ITEMS, 50). */
const NEAREST = 50;

/** Measures each size in turn, growing one index (so building it is not timed). */
export function measureVectorScan(sizes = VECTOR_SCAN_SIZES, dimensions = VECTOR_DIMENSIONS, seed = 1, log: (m: string) => void = () => {}): VectorScanFigures {
  const random = new Random(seed);
  const vector = (): Float32Array => {
    const v = new Float32Array(dimensions);
    for (let i = 0; i < dimensions; i++) v[i] = random.next() * 2 - 1;
    return v;
  };
  const index = new VectorIndex(dimensions);
  const figures: VectorScanSize[] = [];
  for (const claims of sizes) {
    while (index.size < claims) index.set(`claim#${index.size}`, vector());
    // Fewer questions at the large sizes keep the whole run under a minute or so.
    const questions = claims <= 10_000 ? 200 : claims <= 20_000 ? 100 : 30;
    const queries = Array.from({ length: questions }, vector);
    for (const q of queries.slice(0, 5)) index.search(q, NEAREST); // warm up the JIT
    const samples: number[] = [];
    const cpuSamples: number[] = [];
    for (const q of queries) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      index.search(q, NEAREST);
      samples.push(performance.now() - started);
      const used = process.cpuUsage(cpu);
      cpuSamples.push((used.user + used.system) / 1000);
    }
    const size: VectorScanSize = {
      claims,
      p50Ms: percentile(samples, 50),
      p99Ms: percentile(samples, 99),
      cpu: { p50Ms: percentile(cpuSamples, 50), p99Ms: percentile(cpuSamples, 99) },
      questions,
      vectorsMB: (claims * dimensions * 4) / 1e6,
    };
    log(`vector scan: ${claims} claims, p50 ${size.p50Ms.toFixed(1)} ms, p99 ${size.p99Ms.toFixed(1)} ms (CPU ${size.cpu.p50Ms.toFixed(1)} / ${size.cpu.p99Ms.toFixed(1)} ms)`);
    figures.push(size);
  }
  // CPU time: on a shared machine wall time is mostly waiting for a core (bench/README.md).
  const fast = figures.filter((f) => f.cpu.p99Ms <= FAST_SCAN_MS);
  return { dimensions, sizes: figures, fastUpTo: fast.length > 0 ? fast[fast.length - 1]!.claims : null, fastScanMs: FAST_SCAN_MS };
}

export function roundVectorScan(figures: VectorScanFigures): VectorScanFigures {
  const r = (x: number): number => Math.round(x * 100) / 100;
  return {
    ...figures,
    sizes: figures.sizes.map((s) => ({ ...s, p50Ms: r(s.p50Ms), p99Ms: r(s.p99Ms), cpu: { p50Ms: r(s.cpu.p50Ms), p99Ms: r(s.cpu.p99Ms) }, vectorsMB: r(s.vectorsMB) })),
  };
}

/** The table's lines for people. */
export function vectorScanTable(figures: VectorScanFigures): string {
  const lines = figures.sizes.map(
    (s) =>
      `  ${s.claims.toLocaleString('en-US').padStart(7)} claims  p50 / p99 ${s.p50Ms.toFixed(1).padStart(6)} / ${s.p99Ms.toFixed(1).padStart(6)} ms` +
      `  CPU ${s.cpu.p50Ms.toFixed(1).padStart(6)} / ${s.cpu.p99Ms.toFixed(1).padStart(6)} ms  ${s.vectorsMB.toFixed(0).padStart(4)} MB of vectors  (${s.questions} questions)`,
  );
  const verdict =
    figures.fastUpTo === null
      ? `  no size measured scans within ${figures.fastScanMs} ms of CPU at p99`
      : `  exact scan within ${figures.fastScanMs} ms of CPU at p99 up to ${figures.fastUpTo.toLocaleString('en-US')} claims (of the sizes measured)`;
  return [`semantic vector scan (exact, ${figures.dimensions} dimensions, 50 nearest; seeded random vectors, no network):`, ...lines, verdict].join('\n') + '\n';
}
