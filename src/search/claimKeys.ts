// Each indexed claim's index keys, all fields together, kept as the index reads them (the
// answerability decision compares the question with the first claims' keys): a first-seen answer
// then reads them instead of tokenizing and stemming each claim again (bench/README.md). The keys
// are numbered (each distinct key once) and a claim's are a run of numbers in one typed array, in
// the order reading each field's text with termsOf gives them, so the set made from them is
// termsOfClaimByField's, in its order (test/search/claimKeys.test.ts). Short ids only grow: a
// claim added appends its run; a claim dropped leaves its run until the dropped runs outweigh the
// live ones, when the array is copied without them. After its keys, a claim's run holds its
// sentence word by word (each word's key number) for the reranker (claimSentence.ts). A claim's
// keys are read as a set straight from its run (claimKeySet.ts).

import { ClaimKeySet, type KeyNumbering } from './claimKeySet.js';
import { ClaimSentence, NO_KEY } from './claimSentence.js';
import { grownArray } from './grownArray.js';

/** Dropped numbers below this are left in place (a compaction copies every live run). */
const MIN_COMPACTED = 1024;
/** The first fields whose ends are kept (the claim's text, its evidence). */
const FIELDS_ENDED = 2;
/** The field whose words are kept in order (the claim's sentence: claimSentence.ts). */
const SENTENCE_FIELD = 0;
/** A claim's numbers in a snapshot before its keys: its key count, its first fields' ends, its sentence's word count. */
const SAVED_HEADER = 1 + FIELDS_ENDED + 1;

/** The keys of every claim, by short id: what ClaimIndex records as it indexes, and saves in a snapshot. */
export class ClaimKeys implements KeyNumbering {
  /** Key number -> key. */
  private readonly terms: string[];
  /** Key -> number, made on first need (a snapshot's keys are only read until a question asks). */
  private numbers: Map<string, number> | undefined;
  /**
   * numbersOf's, per set of keys asked about (the index's sets of keys near a question word, kept
   * by the index across questions: each asked of every claim checked), with how many keys were
   * numbered then: a key keeps its number for good, but one numbered since may be in the set.
   */
  private readonly numbered = new WeakMap<object, { keys: number; numbers: ReadonlySet<number> }>();
  /**
   * byNumber's last map, numbered (with how many keys were numbered then): the reranker asks one
   * map a question (its words' keys, rerankFeatures.ts) of each claim's sentence in turn. Not kept
   * in `numbered`: V8's scavenge keeps a WeakMap's values whether or not their keys live, so each
   * answer's map outlived it (bench/README.md, twenty-sixth session).
   */
  private lastByNumber: { map: object; keys: number; byNumber: ReadonlyMap<number, unknown> } | undefined;
  /** Every claim's run of key numbers, one after another; after its keys, its sentence's words (claimSentence.ts). */
  private pool: Uint32Array = new Uint32Array(1024);
  private used = 0;
  /** Numbers of the pool that belong to dropped claims. */
  private dropped = 0;
  /** Where each short id's run starts and how long it is (0: none). */
  private starts: Uint32Array = new Uint32Array(256);
  private lengths: Uint32Array = new Uint32Array(256);
  /** How many words each short id's sentence has: the numbers of its run after its keys. */
  private wordCounts: Uint32Array = new Uint32Array(256);
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
  /** The sentence of the claim being recorded, a key number (or NO_KEY) per word, put after its keys when it ends. */
  private sentence: Uint32Array = new Uint32Array(64);
  private sentenceLength = 0;

  constructor(terms: string[] = []) {
    this.terms = terms;
  }

  /** Whether a claim is being recorded (append cannot run meanwhile). */
  get recording(): boolean {
    return this.from >= 0;
  }

  /**
   * Runs `add`, which indexes one claim, and keeps the keys it meets (`key`, from processTerm) as
   * the keys of the short id `shortIdAfter` then gives; none when `add` throws.
   */
  record(add: () => void, shortIdAfter: () => number | undefined): void {
    this.from = this.used;
    this.field = 0;
    this.sentenceLength = 0;
    let added = false;
    try {
      add();
      added = true;
    } finally {
      this.end(added ? shortIdAfter() : undefined);
    }
  }

  /**
   * A word of the claim being recorded (none: ignored), with its key (processTerm's; null: none),
   * each word as the index reads it. `field`: the number of the field it is in, in the order the
   * index reads them. A key met before in the same claim is kept once; the sentence's words each.
   */
  word(term: string | null, field: number): void {
    if (this.from < 0) return;
    const n = term === null ? NO_KEY : this.key(term, field);
    if (field !== SENTENCE_FIELD) return;
    if (this.sentenceLength === this.sentence.length) this.sentence = grownArray(this.sentence, this.sentenceLength + 1);
    this.sentence[this.sentenceLength++] = n;
  }

  /** The key's number, numbering it (next) when it has none: the one place keys are numbered. */
  private numberGiven(term: string): number {
    const numbers = this.numberMap();
    let n = numbers.get(term);
    if (n === undefined) {
      n = this.terms.length;
      this.terms.push(term);
      numbers.set(term, n);
    }
    return n;
  }

  /** Keeps a key of the claim being recorded, once; its number. */
  private key(term: string, field: number): number {
    this.enterField(field);
    const n = this.numberGiven(term);
    if (n >= this.seen.length) this.seen = grownArray(this.seen, n + 1);
    if (this.seen[n] === 1) return n;
    this.seen[n] = 1;
    this.push(n);
    return n;
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
    const keys = this.used - from;
    for (let i = 0; i < this.sentenceLength; i++) this.push(this.sentence[i] as number);
    this.setRun(shortId, from, keys, this.sentenceLength);
    this.fieldEnds.set(this.ends, FIELDS_ENDED * shortId);
  }

  /** The claim being recorded has reached field `field`: each first field before it ends where its run now is. */
  private enterField(field: number): void {
    for (; this.field < field; this.field++) if (this.field < FIELDS_ENDED) this.ends[this.field] = this.used - this.from;
  }

  /**
   * Takes the keys `staged` recorded (claims indexed apart, short ids 0 to count - 1, none
   * dropped) as the keys of short ids offset to offset + count - 1, numbering each key new here
   * in the order `staged` first met it: as recording those claims here would.
   */
  append(staged: ClaimKeys, offset: number, count: number): void {
    if (this.recording || staged.recording) throw new Error('claim keys cannot be appended while a claim is being recorded');
    const renumbered = new Uint32Array(staged.terms.length);
    staged.terms.forEach((term, n) => (renumbered[n] = this.numberGiven(term)));
    if (this.used + staged.used > this.pool.length) this.pool = grownArray(this.pool, this.used + staged.used);
    const { pool } = this;
    for (let shortId = 0; shortId < count; shortId++) {
      const length = shortId < staged.lengths.length ? (staged.lengths[shortId] as number) : 0;
      const words = shortId < staged.wordCounts.length ? (staged.wordCounts[shortId] as number) : 0;
      const start = staged.starts[shortId] as number;
      const from = this.used;
      for (let i = start; i < start + length + words; i++) {
        const n = staged.pool[i] as number;
        pool[this.used++] = n === NO_KEY ? NO_KEY : (renumbered[n] as number);
      }
      const to = offset + shortId;
      this.setRun(to, from, length, words);
      for (let f = 0; f < FIELDS_ENDED; f++) this.fieldEnds[FIELDS_ENDED * to + f] = staged.fieldEnds[FIELDS_ENDED * shortId + f] ?? 0;
    }
  }

  /** Forgets a claim's keys (its claim left the index). */
  drop(shortId: number): void {
    if (shortId >= this.lengths.length) return;
    this.dropped += (this.lengths[shortId] as number) + (this.wordCounts[shortId] as number);
    this.lengths[shortId] = 0;
    this.wordCounts[shortId] = 0;
    // Never while a claim is being recorded: its run is not set yet.
    if (this.from < 0 && this.dropped > MIN_COMPACTED && this.dropped > this.used - this.dropped) this.compact();
  }

  /** The claim's keys, in the order the index read them; undefined when none were recorded (or it has none). */
  keysOf(shortId: number): ClaimKeySet | undefined {
    const length = shortId < this.lengths.length ? (this.lengths[shortId] as number) : 0;
    if (length === 0) return undefined;
    const start = this.starts[shortId] as number;
    // A view of the pool: runs are never written over (a compaction or growth makes a new pool).
    return new ClaimKeySet(this, this.pool.subarray(start, start + length));
  }

  /**
   * The claim's keys of its sentence (its first field), and of its sentence and evidence (its
   * first two), as sets; undefined when none were recorded (or it has none).
   */
  ownKeysOf(shortId: number): { text: ClaimKeySet; own: ClaimKeySet } | undefined {
    const length = shortId < this.lengths.length ? (this.lengths[shortId] as number) : 0;
    if (length === 0) return undefined;
    const start = this.starts[shortId] as number;
    const textEnd = start + (this.fieldEnds[FIELDS_ENDED * shortId] as number);
    const ownEnd = start + (this.fieldEnds[FIELDS_ENDED * shortId + 1] as number);
    // Each key is kept once, at the first field that has it: the fields' keys are the run's first ones.
    return { text: new ClaimKeySet(this, this.pool.subarray(start, textEnd)), own: new ClaimKeySet(this, this.pool.subarray(start, ownEnd)) };
  }

  /** The claim's sentence, word by word as the index read it; undefined when none was recorded (or it has no word). */
  sentenceOf(shortId: number): ClaimSentence | undefined {
    const words = shortId < this.wordCounts.length ? (this.wordCounts[shortId] as number) : 0;
    if (words === 0) return undefined;
    const start = (this.starts[shortId] as number) + (this.lengths[shortId] as number);
    return new ClaimSentence(this, this.pool.subarray(start, start + words));
  }

  byNumber<V>(map: ReadonlyMap<string, V>): ReadonlyMap<number, V> {
    const last = this.lastByNumber;
    if (last !== undefined && last.map === map && last.keys === this.terms.length) return last.byNumber as ReadonlyMap<number, V>;
    const numbers = this.numberMap();
    const byNumber = new Map<number, V>();
    for (const [key, value] of map) {
      const n = numbers.get(key);
      if (n !== undefined) byNumber.set(n, value);
    }
    this.lastByNumber = { map, keys: this.terms.length, byNumber };
    return byNumber;
  }

  numberOf(key: string): number | undefined {
    return this.numberMap().get(key);
  }

  keyOf(n: number): string {
    return this.terms[n] as string;
  }

  numbersOf(keys: ReadonlySet<string>): ReadonlySet<number> {
    return this.numberedOnce(keys, (numbers) => {
      const numbered = new Set<number>();
      for (const key of keys) {
        const n = numbers.get(key);
        if (n !== undefined) numbered.add(n);
      }
      return numbered;
    });
  }

  /** `number(numberMap)` for the set `keys`, remembered for it until a key is numbered anew. */
  private numberedOnce<T extends ReadonlySet<number>>(keys: object, number: (numbers: ReadonlyMap<string, number>) => T): T {
    const known = this.numbered.get(keys);
    if (known && known.keys === this.terms.length) return known.numbers as T;
    const numbers = number(this.numberMap());
    this.numbered.set(keys, { keys: this.terms.length, numbers });
    return numbers;
  }

  private numberMap(): Map<string, number> {
    if (!this.numbers) {
      this.numbers = new Map();
      for (let n = 0; n < this.terms.length; n++) this.numbers.set(this.terms[n] as string, n);
    }
    return this.numbers;
  }

  /**
   * The keys of the claims `shortIds`, in that order, for a snapshot: per claim its key count,
   * how many of them end its first fields (ownKeysOf), its sentence's word count, then each key
   * and each word's key as its position in `terms` (the snapshot's key list; NO_KEY stays);
   * null when a key is not among `terms`. A claim without keys (none recorded, or all its words
   * stop words) has a key count of 0.
   */
  export(shortIds: readonly number[], terms: readonly string[]): Uint32Array | null {
    const position = new Map(terms.map((term, i) => [term, i]));
    const numberToPosition = new Int32Array(this.terms.length);
    this.terms.forEach((term, n) => (numberToPosition[n] = position.get(term) ?? -1));
    const runOf = (shortId: number): { length: number; words: number } =>
      shortId < this.lengths.length ? { length: this.lengths[shortId] as number, words: this.wordCounts[shortId] as number } : { length: 0, words: 0 };
    let size = SAVED_HEADER * shortIds.length;
    for (const shortId of shortIds) {
      const { length, words } = runOf(shortId);
      size += length + words;
    }
    const out = new Uint32Array(size);
    let at = 0;
    for (const shortId of shortIds) {
      const { length, words } = runOf(shortId);
      out[at++] = length;
      for (let f = 0; f < FIELDS_ENDED; f++) out[at++] = length === 0 ? 0 : (this.fieldEnds[FIELDS_ENDED * shortId + f] as number);
      out[at++] = words;
      const start = this.starts[shortId] as number;
      for (let i = start; i < start + length + words; i++) {
        const n = this.pool[i] as number;
        const p = n === NO_KEY ? NO_KEY : (numberToPosition[n] as number);
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
      if (at + SAVED_HEADER > saved.length) throw new Error('claim keys run past the end');
      const length = saved[at] as number;
      const ends = saved.subarray(at + 1, at + 1 + FIELDS_ENDED);
      const words = saved[at + 1 + FIELDS_ENDED] as number;
      at += SAVED_HEADER;
      if (at + length + words > saved.length) throw new Error('claim keys run past the end');
      if (ends.some((end, f) => end > length || (f > 0 && end < (ends[f - 1] as number)))) throw new Error('claim keys end their fields out of order');
      for (let i = at; i < at + length; i++) if ((saved[i] as number) >= terms.length) throw new Error('a claim key is not a term of the index');
      for (let i = at + length; i < at + length + words; i++) if ((saved[i] as number) >= terms.length && saved[i] !== NO_KEY) throw new Error('a claim word\'s key is not a term of the index');
      keys.setRun(shortId, at, length, words);
      keys.fieldEnds.set(ends, FIELDS_ENDED * shortId);
      at += length + words;
    }
    if (at !== saved.length) throw new Error('claim keys do not add up');
    // The counts between runs are not keys: counted as dropped, so a compaction drops them.
    keys.used = saved.length;
    keys.dropped = SAVED_HEADER * shortIds.length;
    return keys;
  }

  /** Sets where a short id's run starts, how many keys it has, then how many sentence words. */
  private setRun(shortId: number, start: number, length: number, words: number): void {
    // Short ids are new to each claim added; were one not, its old run would be left behind, dropped.
    if (shortId < this.lengths.length) this.dropped += (this.lengths[shortId] as number) + (this.wordCounts[shortId] as number);
    if (shortId >= this.starts.length) {
      this.starts = grownArray(this.starts, shortId + 1);
      this.lengths = grownArray(this.lengths, shortId + 1);
      this.wordCounts = grownArray(this.wordCounts, shortId + 1);
    }
    if (FIELDS_ENDED * (shortId + 1) > this.fieldEnds.length) this.fieldEnds = grownArray(this.fieldEnds, FIELDS_ENDED * (shortId + 1));
    this.starts[shortId] = start;
    this.lengths[shortId] = length;
    this.wordCounts[shortId] = words;
  }

  private push(n: number): void {
    if (this.used === this.pool.length) this.pool = grownArray(this.pool, this.used + 1);
    this.pool[this.used++] = n;
  }

  /** How many more numbers the pool has room for before it grows (none once packed). */
  get spareRoom(): number {
    return this.pool.length - this.used;
  }

  /**
   * Copies the runs into an array of their size when the pool's growth left room to spare (a
   * load that recorded claim by claim: up to half the pool), as a snapshot's load has them. The
   * same runs in the same places; a claim recorded afterwards grows it again.
   */
  pack(): void {
    if (this.recording || this.used === this.pool.length) return;
    this.pool = this.pool.slice(0, this.used);
  }

  /** Copies the live runs into a new array, in short-id order, leaving the dropped ones out. */
  private compact(): void {
    const pool = new Uint32Array(Math.max(1024, this.used - this.dropped));
    let at = 0;
    for (let shortId = 0; shortId < this.lengths.length; shortId++) {
      const length = (this.lengths[shortId] as number) + (this.wordCounts[shortId] as number);
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
