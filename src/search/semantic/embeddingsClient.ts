// A client of an OpenAI-compatible embeddings API (`POST {base}/embeddings` with `{model, input}`),
// as Ollama, LM Studio, vLLM, Hugging Face TEI and hosted APIs serve it. Every failure (down, slow,
// an error status, a malformed body, vectors of the wrong size) is an EmbeddingsError whose
// message says why in a few words, for the log, /healthz and `/reports status`.

import type { EmbeddingsConfig } from '../../config.js';

export class EmbeddingsError extends Error {}

export interface EmbeddingsClientOptions {
  /** Longest wait for one request. */
  timeoutMs?: number;
}

export class EmbeddingsClient {
  readonly model: string;
  private readonly endpoint: string;
  private readonly headers: Record<string, string>;
  private readonly timeoutMs: number;

  constructor(config: EmbeddingsConfig, options: EmbeddingsClientOptions = {}) {
    this.model = config.model;
    this.endpoint = `${config.url}/embeddings`;
    this.headers = { 'content-type': 'application/json', ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}) };
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /**
   * One vector per text, in order. `dimensions`, when known, is the size every vector must have.
   * `timeoutMs` overrides the client's for this request (a question waits less than a batch).
   */
  async embed(texts: readonly string[], options: { dimensions?: number; timeoutMs?: number } = {}): Promise<Float32Array[]> {
    if (texts.length === 0) return [];
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    let response: Response;
    try {
      response = await fetch(this.endpoint, {
        method: 'POST',
        headers: this.headers,
        body: JSON.stringify({ model: this.model, input: texts }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new EmbeddingsError(fetchProblem(error, this.endpoint, timeoutMs));
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      if (!response.ok) throw new EmbeddingsError(`${this.endpoint} answered HTTP ${response.status}`);
      throw new EmbeddingsError(`${this.endpoint} sent a body that is not JSON: ${fetchProblem(error, this.endpoint, timeoutMs)}`);
    }
    if (!response.ok) throw new EmbeddingsError(`${this.endpoint} answered HTTP ${response.status}${errorDetail(body)}`);
    return vectorsOf(body, texts.length, options.dimensions);
  }
}

function fetchProblem(error: unknown, endpoint: string, timeoutMs: number): string {
  const name = (error as { name?: string }).name;
  if (name === 'TimeoutError' || name === 'AbortError') return `${endpoint} did not answer within ${timeoutMs} ms`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return `cannot reach ${endpoint}: ${cause?.code ?? cause?.message ?? (error as Error).message}`;
}

/** `: <message>` from an OpenAI-style error body, cut short; empty when there is none. */
function errorDetail(body: unknown): string {
  const error = (body as { error?: unknown } | null)?.error;
  const message = typeof error === 'string' ? error : (error as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && message !== '' ? `: ${message.slice(0, 200)}` : '';
}

/** The vectors of an OpenAI-style body `{data: [{index, embedding: number[]}]}`, checked. */
function vectorsOf(body: unknown, count: number, dimensions: number | undefined): Float32Array[] {
  const data = (body as { data?: unknown } | null)?.data;
  if (!Array.isArray(data) || data.length !== count) {
    throw new EmbeddingsError(`expected ${count} embedding(s) in "data", got ${Array.isArray(data) ? data.length : 'none'}`);
  }
  const vectors: Float32Array[] = new Array<Float32Array>(count);
  let size = dimensions;
  data.forEach((entry: unknown, position) => {
    const { index, embedding } = (entry ?? {}) as { index?: unknown; embedding?: unknown };
    const at = typeof index === 'number' && Number.isInteger(index) && index >= 0 && index < count ? index : position;
    if (!Array.isArray(embedding) || embedding.length === 0 || !embedding.every((x) => typeof x === 'number' && Number.isFinite(x))) {
      throw new EmbeddingsError('an embedding is not a list of numbers');
    }
    size ??= embedding.length;
    if (embedding.length !== size) throw new EmbeddingsError(`vectors of ${embedding.length} dimensions where ${size} were expected`);
    vectors[at] = Float32Array.from(embedding as number[]);
  });
  if (vectors.some((vector) => vector === undefined)) throw new EmbeddingsError('the embeddings\' "index" values do not cover the input');
  return vectors;
}
