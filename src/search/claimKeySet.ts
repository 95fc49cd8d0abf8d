// One claim's index keys (or those of its first fields) as a set, read from its run of key numbers
// (claimKeys.ts) without making a Set of the key strings: building one read each of the claim's
// key strings, scattered over the heap, for each claim an answer looks at (bench/README.md, eighth
// session). A key asked about is numbered (one lookup) and the run, contiguous numbers, scanned;
// the coverage's "has it any of these keys?" numbers the keys once per set.

import { keepShape } from '../runtime/keptShapes.js';

/** How keys are numbered: ClaimKeys' numbering, read by a claim's key set and its sentence (claimSentence.ts). */
export interface KeyNumbering {
  /** The key's number; undefined when no claim has it (it is no index key). */
  numberOf(key: string): number | undefined;
  keyOf(n: number): string;
  /** The numbers of the keys of `keys` that are index keys (remembered per set). */
  numbersOf(keys: ReadonlySet<string>): ReadonlySet<number>;
  /** `map` keyed by its keys' numbers (keys that are no index key left out: no word has them; remembered per map). */
  byNumber<V>(map: ReadonlyMap<string, V>): ReadonlyMap<number, V>;
}

/** Below this many numbered keys, each is looked for in the run; above, the run's numbers are looked up in them. */
const FEW_KEYS = 8;

/** The keys of a run of key numbers (each key once), in the run's order: the Set made of them, as a view. */
export class ClaimKeySet implements ReadonlySet<string> {
  constructor(
    private readonly numbering: KeyNumbering,
    private readonly run: Uint32Array,
  ) {}

  get size(): number {
    return this.run.length;
  }

  has(key: string): boolean {
    const n = this.numbering.numberOf(key);
    return n !== undefined && this.run.includes(n);
  }

  /** Whether any key of `keys` is one of these (the same as asking `has` of each). */
  hasAnyOf(keys: ReadonlySet<string>): boolean {
    const numbers = this.numbering.numbersOf(keys);
    const { run } = this;
    if (numbers.size <= FEW_KEYS) {
      for (const n of numbers) if (run.includes(n)) return true;
      return false;
    }
    for (let i = 0; i < run.length; i++) if (numbers.has(run[i] as number)) return true;
    return false;
  }

  *values(): IterableIterator<string> {
    for (let i = 0; i < this.run.length; i++) yield this.numbering.keyOf(this.run[i] as number);
  }

  keys(): IterableIterator<string> {
    return this.values();
  }

  *entries(): IterableIterator<[string, string]> {
    for (const key of this.values()) yield [key, key];
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.values();
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const key of this.values()) callback.call(thisArg, key, key, this);
  }
}

/** A numbering of no keys: what the instances kept for their map (keptShapes.ts) are made with. */
export const NO_NUMBERING: KeyNumbering = {
  numberOf: () => undefined,
  keyOf: () => '',
  numbersOf: () => new Set(),
  byNumber: () => new Map(),
};

keepShape(new ClaimKeySet(NO_NUMBERING, new Uint32Array(0)));
