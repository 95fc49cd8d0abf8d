// Semantic search beside the lexical index: the claims' vectors (embedded in batches, cached on
// disk), the questions' vectors (embedded when asked, kept for "Show more" and the like), and the
// state people see in /healthz and `/reports status`. Any failure of the embeddings API turns it
// off, logged once; a background retry turns it on again by itself. While off, answers are lexical.

import type { Claim } from '../../reports/model.js';
import { EmbeddingsError, type EmbeddingsClient } from './embeddingsClient.js';
import { type CachedVectors, readVectorCache, textHash, writeVectorCache } from './vectorCache.js';
import { type VectorHit, VectorIndex } from './vectorIndex.js';

export interface SemanticStatus {
  /** 'embedding': claims are still being embedded (answers use those done); 'off': failing, see reason. */
  status: 'on' | 'embedding' | 'off';
  model: string;
  /** Why it is off. */
  reason?: string;
  /** Claims with a vector, of all. */
  embedded: number;
  total: number;
  /** Vector searches run since start: what semantic search cost the answers, a question it declines none. */
  searches: number;
}

export interface SemanticOptions {
  /** The vector cache file (vectorCacheFileOf); null for none. */
  cacheFile: string | null;
  /** Texts per request while embedding claims (default 64). */
  batchSize?: number;
  /** Longest wait for a question's vector (default 2 s): a slow API must not hold up answers. */
  questionTimeoutMs?: number;
  /** Wait before trying a failing API again (default 30 s). */
  retryMs?: number;
  /** Called once each time it turns off, and once when it is back. */
  onChange?: (status: SemanticStatus) => void;
  /** Called after each batch of claims embedded. */
  onProgress?: (status: SemanticStatus) => void;
}

/** Question vectors kept, so a page of "Show more" is ranked as its first page was. */
const QUESTIONS_KEPT = 1000;

/** What a claim is embedded as: the claim and its quotes, the words people ask about. */
export function claimText(claim: Claim): string {
  const quotes = claim.evidence.flatMap((evidence) => (evidence.quote ? [evidence.quote] : []));
  return [claim.text, ...quotes].join('\n');
}

export class SemanticSearch {
  private index: VectorIndex | null = null;
  private cached: CachedVectors | null = null;
  private cacheRead = false;
  private cacheChanged = false;
  /** Claim id -> hash of the text its vector was made from. */
  private readonly hashes = new Map<string, string>();
  private claims: () => Iterable<Claim> = () => [];
  private total = 0;
  private failure: string | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly questions = new Map<string, Float32Array>();
  private searches = 0;

  constructor(
    private readonly client: EmbeddingsClient,
    private readonly options: SemanticOptions,
  ) {}

  /** Where the claims to embed come from (the library), read on each sync. */
  follow(claims: () => Iterable<Claim>): void {
    this.claims = claims;
  }

  status(): SemanticStatus {
    const embedded = this.index?.size ?? 0;
    const base = { model: this.client.model, embedded, total: this.total, searches: this.searches };
    if (this.failure !== null) return { status: 'off', reason: this.failure, ...base };
    return { status: this.running || embedded < this.total ? 'embedding' : 'on', ...base };
  }

  /** Brings the vectors in step with the claims (embedding what changed); resolves when done or failed. */
  sync(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.syncOnce();
      } while (this.again && !this.closed);
    })().finally(() => (this.running = null));
    return this.running;
  }

  /**
   * Embeds `question` (one request, a short timeout) and keeps its vector for `vectorOf`. Never
   * throws: on a failure it turns semantic search off and the answer is lexical.
   */
  async prepare(question: string): Promise<void> {
    if (!this.usable() || this.questions.has(question) || question.trim() === '') return;
    try {
      const [vector] = await this.client.embed([question], { dimensions: this.index!.dimensions, timeoutMs: this.options.questionTimeoutMs ?? 2000 });
      this.questions.set(question, vector!);
      if (this.questions.size > QUESTIONS_KEPT) this.questions.delete(this.questions.keys().next().value!);
    } catch (error) {
      this.fail(error);
    }
  }

  /** The vector `prepare` made for `question`; undefined when there is none or semantic search is off. */
  vectorOf(question: string): Float32Array | undefined {
    return this.usable() ? this.questions.get(question) : undefined;
  }

  /** The claims most similar to `vector`, most similar first. */
  search(vector: Float32Array, limit: number, accepts?: (id: string) => boolean): VectorHit[] {
    if (!this.index || !this.usable()) return [];
    this.searches++;
    return this.index.search(vector, limit, accepts);
  }

  close(): void {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
  }

  private usable(): boolean {
    return this.failure === null && this.index !== null && this.index.size > 0;
  }

  private async syncOnce(): Promise<void> {
    const { cacheFile } = this.options;
    if (!this.cacheRead && cacheFile !== null) {
      this.cacheRead = true;
      this.cached = await readVectorCache(cacheFile, this.client.model);
    }
    const wanted = new Map<string, { hash: string; text: string }>();
    for (const claim of this.claims()) {
      const text = claimText(claim);
      wanted.set(claim.id, { hash: textHash(text), text });
    }
    this.total = wanted.size;
    for (const [id, hash] of this.hashes) {
      if (wanted.get(id)?.hash !== hash) {
        this.index?.delete(id);
        this.hashes.delete(id);
      }
    }
    const missing: { id: string; hash: string; text: string }[] = [];
    for (const [id, entry] of wanted) {
      if (this.hashes.has(id)) continue;
      const vector = this.cached?.byHash.get(entry.hash);
      if (vector && (this.index === null || this.index.dimensions === vector.length)) this.put(id, entry.hash, vector);
      else missing.push({ id, ...entry });
    }
    const batchSize = this.options.batchSize ?? 64;
    for (let start = 0; start < missing.length && !this.closed; start += batchSize) {
      const batch = missing.slice(start, start + batchSize);
      let vectors: Float32Array[];
      try {
        vectors = await this.client.embed(batch.map((entry) => entry.text), this.index ? { dimensions: this.index.dimensions } : {});
      } catch (error) {
        this.fail(error);
        return;
      }
      batch.forEach((entry, i) => {
        this.put(entry.id, entry.hash, vectors[i]!);
        this.cached ??= { dimensions: vectors[i]!.length, byHash: new Map() };
        this.cached.byHash.set(entry.hash, vectors[i]!);
        this.cacheChanged = true;
      });
      this.recovered();
      this.options.onProgress?.(this.status());
    }
    if (missing.length === 0 && this.failure !== null) {
      // Nothing to embed, so nothing proved the API is back: ask it once.
      try {
        await this.client.embed(['ping'], this.index ? { dimensions: this.index.dimensions } : {});
      } catch (error) {
        this.fail(error);
        return;
      }
    }
    this.recovered();
    await this.saveCache(new Set([...wanted.values()].map((entry) => entry.hash)));
  }

  private put(id: string, hash: string, vector: Float32Array): void {
    this.index ??= new VectorIndex(vector.length);
    this.index.set(id, vector);
    this.hashes.set(id, hash);
  }

  /** Keeps the vectors of the texts served now, and drops the rest, on disk. */
  private async saveCache(keep: Set<string>): Promise<void> {
    const { cacheFile } = this.options;
    if (cacheFile === null || !this.cached) return;
    for (const hash of this.cached.byHash.keys()) {
      if (!keep.has(hash)) {
        this.cached.byHash.delete(hash);
        this.cacheChanged = true;
      }
    }
    if (!this.cacheChanged) return;
    try {
      await writeVectorCache(cacheFile, this.client.model, this.cached);
      this.cacheChanged = false;
    } catch {
      // The vectors are still served; the next start embeds them again.
    }
  }

  private fail(error: unknown): void {
    const wasOn = this.failure === null;
    this.failure = error instanceof EmbeddingsError ? error.message : `embedding failed: ${(error as Error)?.message ?? String(error)}`;
    if (wasOn) this.options.onChange?.(this.status());
    if (!this.retryTimer && !this.closed) {
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        void this.sync();
      }, this.options.retryMs ?? 30_000);
      this.retryTimer.unref();
    }
  }

  private recovered(): void {
    if (this.failure === null) return;
    this.failure = null;
    this.options.onChange?.(this.status());
  }
}
