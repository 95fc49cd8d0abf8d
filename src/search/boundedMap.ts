// Memory for what search works out per word (stems, WordNet entries, expansions): words repeat,
// so each is worked out once, and a bound keeps an endless stream of new words from growing it.
//
// The entries are spread over several small Maps rather than held in one: a Map's table is
// copied whole each time it doubles, and past a few thousand entries V8 puts the table in memory
// of its own, fresh from the system, so the answer whose word makes a large Map grow pays for all
// of it at once (bench/README.md, "Fifteenth session …: … large Maps growing (speed17)"). Small
// Maps grow in small steps.

/** Entries per small Map on average: a few times this still keeps each table in V8's ordinary heap pages. */
const ENTRIES_PER_PART = 1024;

/**
 * What callers use of a bounded memory: a Map's lookups and sets, and nothing that could add an
 * entry past the bound. Not a Map, so the compiler checks every member a caller touches.
 */
export interface BoundedMemory<K, V> {
  readonly size: number;
  get(key: K): V | undefined;
  has(key: K): boolean;
  set(key: K, value: V): this;
  delete(key: K): boolean;
  clear(): void;
  /** Part by part (insertion order within each part), which no caller relies on. */
  keys(): IterableIterator<K>;
}

/**
 * Holds entries as a Map would, and forgets everything it holds when it is full and one more set
 * comes, even a set of a key it holds (it then holds that key only): simple, and the words that
 * matter come back at once.
 */
export class BoundedMap<K, V> implements BoundedMemory<K, V> {
  private readonly parts: Map<K, V>[] = [];
  /** 32 less the number of bits that pick a part: a key's part is the top bits of its spread. */
  private readonly shift: number;
  private count = 0;

  constructor(private readonly max: number) {
    let bits = 0;
    while (2 ** bits * ENTRIES_PER_PART < max) bits++;
    for (let i = 0; i < 2 ** bits; i++) this.parts.push(new Map<K, V>());
    this.shift = 32 - bits;
  }

  get size(): number {
    return this.count;
  }

  get(key: K): V | undefined {
    return this.partOf(key).get(key);
  }

  has(key: K): boolean {
    return this.partOf(key).has(key);
  }

  set(key: K, value: V): this {
    if (this.count >= this.max) this.clear();
    const part = this.partOf(key);
    const before = part.size;
    part.set(key, value);
    this.count += part.size - before;
    return this;
  }

  delete(key: K): boolean {
    const deleted = this.partOf(key).delete(key);
    if (deleted) this.count--;
    return deleted;
  }

  clear(): void {
    for (const part of this.parts) part.clear();
    this.count = 0;
  }

  *keys(): IterableIterator<K> {
    for (const part of this.parts) yield* part.keys();
  }

  /** How many entries each small Map holds, for tests: the spread is what this class exists for. */
  partSizes(): number[] {
    return this.parts.map((part) => part.size);
  }

  private partOf(key: K): Map<K, V> {
    return this.parts[this.shift === 32 || typeof key !== 'string' ? 0 : spread(key) >>> this.shift] as Map<K, V>;
  }
}

/** Characters past this are not read: a long key's first ones lie together in memory (one or two cache lines), its last ones elsewhere. */
const READ_UP_TO = 32;

/**
 * A number whose top bits depend on a string's length and three of its first `READ_UP_TO`
 * characters (the first, the middle one and the last of them; Fibonacci hashing): cheap for long
 * keys (sentences) too. Keys equal in length and in those three characters share a part: texts
 * made from one template that differ only in characters not read (a number in the middle of a
 * sentence) all land in one Map, as before the split. Only the speed of a set is at stake, never
 * what is held.
 */
function spread(key: string): number {
  const n = key.length;
  // An empty key has no character to read: reading past its end (charCodeAt(-1)) made V8 throw
  // away the get and set it had compiled for keys that have (bench/README.md, thirty-fourth session).
  if (n === 0) return 0;
  const last = n < READ_UP_TO ? n - 1 : READ_UP_TO - 1;
  return Math.imul(n + 31 * key.charCodeAt(last) + 961 * key.charCodeAt(last >> 1) + 29791 * key.charCodeAt(0), 0x9e3779b1);
}
