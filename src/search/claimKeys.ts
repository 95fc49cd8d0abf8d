// Each indexed claim's index keys, all fields together, kept as the index reads them (the
// answerability decision compares the question with the first claims' keys): a first-seen answer
// then reads them instead of tokenizing and stemming each claim again (bench/README.md). The keys
// are numbered (each distinct key once) and a claim's are a run of numbers in one typed array, in
// the order reading each field's text with termsOf gives them, so the set made from them is
// termsOfClaimByField's, in its order (test/search/claimKeys.test.ts). Short ids only grow: a
// claim added appends its run; a claim dropped leaves its run until the dropped runs outweigh the
// live ones, when the array is copied without them.

import { grownArray } from './grownArray.js';

/** Dropped numbers below this are left in place (a compaction copies every live run). */
const MIN_COMPACTED = 1024;
/** The first fields whose ends are kept (the claim's text, its evidence). */
const FIELDS_ENDED = 2;

/** The keys of every claim, by short id: what ClaimIndex records as it indexes, and saves in a snapshot. */
export class ClaimKeys {
  /** Key number -> key. */
  private readonly terms: string[];
  /** Key -> number, made on first need (a snapshot's keys are only read). */
  private numbers: Map<string, number> | undefined;
  /** Every claim's run of key numbers, one after another. */
  private pool: Uint32Array = new Uint32Array(1024);
  private used = 0;
  /** Numbers of the pool that belong to dropped claims. */
  private dropped = 0;
  /** Where each short id's run starts and how long it is (0: none). */
  private starts: Uint32Array = new Uint32Array(256);
  private lengths: Uint32Array = new Uint32Array(256);
  /**
   * How many of each short id's keys its first fields hold, at FIELDS_ENDED * shortId + f: the keys up to the
   * end of field f (0: the claim's text, 1: its evidence), as the index reads its fields in order
   * and keeps each key at the first field that has it. The reranker reads a claim's keys of its
   * sentence, and of its sentence and evidence, and tokenized and stemmed them again.
   */
  private fieldEnds: Uint32Array = new Uint32Array(512);
  /** The field the claim being recorded is in (its number in the index's field order), and where each of its first fields ended. */
  private field = 0;
  private readonly ends = new Uint32Array(FIELDS_ENDED);
  /** Per key number, whether the claim being recorded has it already (to keep each key once). */
  private seen: Uint8Array = new Uint8Array(256);
  /** Where the run of the claim being recorded starts in the pool; -1 when none is. */
  private from = -1;

  constructor(terms: string[] = []) {
    this.terms = terms;
  }

  /**
   * Runs `add`, which indexes one claim, and keeps the keys it meets (`key`, from processTerm) as
   * the keys of the short id `shortIdAfter` then gives; none when `add` throws.
   */
  record(add: () => void, shortIdAfter: () => number | undefined): void {
    this.from = this.used;
    this.field = 0;
    let added = false;
    try {
      add();
      added = true;
    } finally {
      this.end(added ? shortIdAfter() : undefined);
    }
  }

  /**
   * A key of the claim being recorded (none: ignored); one met before in the same claim is kept
   * once. `field`: the number of the field it is in, in the order the index reads them.
   */
  key(term: string, field: number): void {
    if (this.from < 0) return;
    this.enterField(field);
    this.numbers ??= new Map(this.terms.map((t, i) => [t, i]));
    let n = this.numbers.get(term);
    if (n === undefined) {
      n = this.terms.length;
      this.terms.push(term);
      this.numbers.set(term, n);
    }
    if (n >= this.seen.length) this.seen = grownArray(this.seen, n + 1);
    if (this.seen[n] === 1) return;
    this.seen[n] = 1;
    this.push(n);
  }

  /** Ends the claim being recorded, as the keys of `shortId`; undefined drops them (the claim was not added). */
  private end(shortId: number | undefined): void {
    const from = this.from;
    if (from < 0) return;
    this.enterField(FIELDS_ENDED);
    this.from = -1;
    for (let at = from; at < this.used; at++) this.seen[this.pool[at] as number] = 0;
    if (shortId === undefined) {
      this.used = from;
      return;
    }
    // Short ids are new to each claim added; were one not, its old run would be left behind.
    if (shortId < this.lengths.length) this.dropped += this.lengths[shortId] as number;
    this.setRun(shortId, from, this.used - from);
    this.fieldEnds.set(this.ends, FIELDS_ENDED * shortId);
  }

  /** The claim being recorded has reached field `field`: each first field before it ends where its run now is. */
  private enterField(field: number): void {
    for (; this.field < field; this.field++) if (this.field < FIELDS_ENDED) this.ends[this.field] = this.used - this.from;
  }

  /** Forgets a claim's keys (its claim left the index). */
  drop(shortId: number): void {
    if (shortId >= this.lengths.length) return;
    this.dropped += this.lengths[shortId] as number;
    this.lengths[shortId] = 0;
    // Never while a claim is being recorded: its run is not set yet.
    if (this.from < 0 && this.dropped > MIN_COMPACTED && this.dropped > this.used - this.dropped) this.compact();
  }

  /** The claim's keys, in the order the index read them; undefined when none were recorded (or it has none). */
  keysOf(shortId: number): Set<string> | undefined {
    const length = shortId < this.lengths.length ? (this.lengths[shortId] as number) : 0;
    if (length === 0) return undefined;
    const start = this.starts[shortId] as number;
    const keys = new Set<string>();
    for (let at = start; at < start + length; at++) keys.add(this.terms[this.pool[at] as number] as string);
    return keys;
  }

  /**
   * The claim's keys of its sentence (its first field), and of its sentence and evidence (its
   * first two), as sets; undefined when none were recorded (or it has none).
   */
  ownKeysOf(shortId: number): { text: Set<string>; own: Set<string> } | undefined {
    const length = shortId < this.lengths.length ? (this.lengths[shortId] as number) : 0;
    if (length === 0) return undefined;
    const start = this.starts[shortId] as number;
    const textEnd = start + (this.fieldEnds[FIELDS_ENDED * shortId] as number);
    const ownEnd = start + (this.fieldEnds[FIELDS_ENDED * shortId + 1] as number);
    const text = new Set<string>();
    for (let at = start; at < textEnd; at++) text.add(this.terms[this.pool[at] as number] as string);
    const own = new Set(text);
    for (let at = textEnd; at < ownEnd; at++) own.add(this.terms[this.pool[at] as number] as string);
    return { text, own };
  }

  /**
   * The keys of the claims `shortIds`, in that order, for a snapshot: per claim its key count,
   * how many of them end its first fields (ownKeysOf), then each key as its position in `terms`
   * (the snapshot's key list); null when a key is not among `terms`. A claim without keys (none
   * recorded, or all its words stop words) has a count of 0.
   */
  export(shortIds: readonly number[], terms: readonly string[]): Uint32Array | null {
    const position = new Map(terms.map((term, i) => [term, i]));
    const numberToPosition = new Int32Array(this.terms.length);
    this.terms.forEach((term, n) => (numberToPosition[n] = position.get(term) ?? -1));
    let size = (1 + FIELDS_ENDED) * shortIds.length;
    for (const shortId of shortIds) size += shortId < this.lengths.length ? (this.lengths[shortId] as number) : 0;
    const out = new Uint32Array(size);
    let at = 0;
    for (const shortId of shortIds) {
      const length = shortId < this.lengths.length ? (this.lengths[shortId] as number) : 0;
      out[at++] = length;
      for (let f = 0; f < FIELDS_ENDED; f++) out[at++] = length === 0 ? 0 : (this.fieldEnds[FIELDS_ENDED * shortId + f] as number);
      const start = this.starts[shortId] as number;
      for (let i = start; i < start + length; i++) {
        const p = numberToPosition[this.pool[i] as number] as number;
        if (p < 0) return null;
        out[at++] = p;
      }
    }
    return out;
  }

  /** The keys `export` gave for `shortIds`, over the snapshot's key list `terms`; throws when they do not add up. */
  static load(saved: Uint32Array, shortIds: readonly number[], terms: string[]): ClaimKeys {
    const keys = new ClaimKeys(terms);
    keys.pool = saved;
    let at = 0;
    for (const shortId of shortIds) {
      const length = saved[at++];
      if (length === undefined || at + FIELDS_ENDED + length > saved.length) throw new Error('claim keys run past the end');
      const ends = saved.subarray(at, at + FIELDS_ENDED);
      at += FIELDS_ENDED;
      if (ends.some((end, f) => end > length || (f > 0 && end < (ends[f - 1] as number)))) throw new Error('claim keys end their fields out of order');
      for (let i = at; i < at + length; i++) if ((saved[i] as number) >= terms.length) throw new Error('a claim key is not a term of the index');
      keys.setRun(shortId, at, length);
      keys.fieldEnds.set(ends, FIELDS_ENDED * shortId);
      at += length;
    }
    if (at !== saved.length) throw new Error('claim keys do not add up');
    // The counts between runs are not keys: counted as dropped, so a compaction drops them.
    keys.used = saved.length;
    keys.dropped = (1 + FIELDS_ENDED) * shortIds.length;
    return keys;
  }

  private setRun(shortId: number, start: number, length: number): void {
    if (shortId >= this.starts.length) {
      this.starts = grownArray(this.starts, shortId + 1);
      this.lengths = grownArray(this.lengths, shortId + 1);
    }
    if (FIELDS_ENDED * (shortId + 1) > this.fieldEnds.length) this.fieldEnds = grownArray(this.fieldEnds, FIELDS_ENDED * (shortId + 1));
    this.starts[shortId] = start;
    this.lengths[shortId] = length;
  }

  private push(n: number): void {
    if (this.used === this.pool.length) this.pool = grownArray(this.pool, this.used + 1);
    this.pool[this.used++] = n;
  }

  /** Copies the live runs into a new array, in short-id order, leaving the dropped ones out. */
  private compact(): void {
    const pool = new Uint32Array(Math.max(1024, this.used - this.dropped));
    let at = 0;
    for (let shortId = 0; shortId < this.lengths.length; shortId++) {
      const length = this.lengths[shortId] as number;
      if (length === 0) continue;
      const start = this.starts[shortId] as number;
      pool.set(this.pool.subarray(start, start + length), at);
      this.starts[shortId] = at;
      at += length;
    }
    this.pool = pool;
    this.used = at;
    this.dropped = 0;
  }
}
