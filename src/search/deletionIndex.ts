// Typo neighbours of a word without walking the term tree (SymSpell's deletion index): every
// indexed term is filed under each string it becomes with up to two letters deleted, so a term
// within d edits of a query shares such a string with one of the query's own deletions (a
// substitution is a deletion on each side). Those terms are the candidates; each is checked by
// Levenshtein distance, and the ones within d come back in the order the tree walk (FuzzyTrie,
// SearchableMap.fuzzyGet) gives them, with the same distances (test/search/deletionIndex.test.ts).
// After idle time the walk reads hundreds of the tree's nodes from memory; this reads a few dozen
// buckets and the candidates' letters (bench/README.md, eighth session).

/** A radix tree node as SearchableMap keeps it: edge label -> child, '' -> the value of the term ending here. */
type TreeNode = Map<string, unknown>;

const LEAF = '';
/** Deletions filed per term: distance 2 is the most a question's word is matched at (questionQuery.ts). */
export const MAX_DELETIONS = 2;
/** Above this many filed strings the index is not built (the walk is used): 4 bytes each, and 4 per bucket. */
export const MAX_DELETION_KEYS = 4_000_000;

/**
 * The terms under `root` in the order fuzzyGet's walk meets them: each node's keys in the Map's
 * order, a term ending at the node where its '' key stands (not necessarily before its subtrees).
 */
export function termsInWalkOrder(root: TreeNode): string[] {
  const terms: string[] = [];
  const visit = (node: TreeNode, prefix: string): void => {
    for (const [key, value] of node) {
      if (key === LEAF) terms.push(prefix);
      else visit(value as TreeNode, prefix + key);
    }
  };
  visit(root, '');
  return terms;
}

/** How many strings `length` letters give with up to MAX_DELETIONS deleted (the word itself included). */
function deletionCount(length: number): number {
  let count = 1;
  let ways = 1;
  for (let k = 1; k <= MAX_DELETIONS && k <= length; k++) {
    ways = (ways * (length - k + 1)) / k;
    count += ways;
  }
  return count;
}

/** The polynomial hash's base (odd, so its powers mod 2^32 are too). */
const BASE = 0x9e3779b1;

/**
 * Writes into `hashes` (from `at`) the hash of each string `chars[from, to)` becomes with up to
 * `deletions` letters deleted, the string itself first (a string may come more than once, from
 * different positions); returns where it stopped. A polynomial hash, so each string's hash comes
 * from the prefix and suffix hashes in a few steps, not by reading its letters again.
 */
function writeDeletionHashes(chars: Uint16Array, from: number, to: number, deletions: number, hashes: Uint32Array, at: number, scratch: Scratch): number {
  const length = to - from;
  const { prefix, suffix, power } = scratch.sizedFor(length);
  // prefix[k]: the hash of the first k letters; suffix[k]: of the letters from k on; power[k]: BASE^k.
  prefix[0] = 0;
  for (let k = 0; k < length; k++) prefix[k + 1] = (Math.imul(prefix[k] as number, BASE) + (chars[from + k] as number)) | 0;
  suffix[length] = 0;
  for (let k = length - 1; k >= 0; k--) suffix[k] = (Math.imul(chars[from + k] as number, power[length - 1 - k] as number) + (suffix[k + 1] as number)) | 0;
  hashes[at++] = finish(prefix[length] as number, length);
  if (deletions < 1) return at;
  for (let i = 0; i < length; i++) {
    const before = prefix[i] as number;
    hashes[at++] = finish((Math.imul(before, power[length - 1 - i] as number) + (suffix[i + 1] as number)) | 0, length - 1);
    if (deletions < 2) continue;
    const after = prefix[i + 1] as number;
    for (let j = i + 1; j < length; j++) {
      // The letters before i, then those between i and j: prefix[j] with letter i taken out.
      const gap = power[j - i - 1] as number;
      const kept = ((prefix[j] as number) - Math.imul(after, gap) + Math.imul(before, gap)) | 0;
      hashes[at++] = finish((Math.imul(kept, power[length - 1 - j] as number) + (suffix[j + 1] as number)) | 0, length - 2);
    }
  }
  return at;
}

/** Mixes a polynomial hash and the string's length so that its low bits (the bucket) depend on every letter. */
function finish(hash: number, length: number): number {
  let h = (hash ^ Math.imul(length, 0x85ebca6b)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Prefix and suffix hashes and powers of BASE for strings up to a length, grown as needed. */
class Scratch {
  prefix = new Int32Array(0);
  suffix = new Int32Array(0);
  power = new Int32Array(0);

  sizedFor(length: number): this {
    if (this.power.length <= length) {
      const size = length + 1;
      this.prefix = new Int32Array(size);
      this.suffix = new Int32Array(size);
      this.power = new Int32Array(size);
      this.power[0] = 1;
      for (let k = 1; k < size; k++) this.power[k] = Math.imul(this.power[k - 1] as number, BASE);
    }
    return this;
  }
}

export class DeletionIndex {
  /** The terms in walk order: a term's number is its place in the walk. */
  private readonly terms: readonly string[];
  /** Every term's UTF-16 code units, one after another: term t is [termStart[t], termStart[t + 1]). */
  private readonly chars: Uint16Array;
  private readonly termStart: Int32Array;
  /** Per bucket (a hash's low bits), its terms in `entries`: [bucketStart[b], bucketStart[b + 1]), in walk order, each once. */
  private readonly bucketStart: Uint32Array;
  private readonly entries: Int32Array;
  private readonly bucketMask: number;
  /** Per term, the last query that took it as a candidate (so it is checked once per query). */
  private readonly seen: Uint32Array;
  private query = 0;
  /** A Levenshtein row over the query's letters and the one before it, grown for a longer query. */
  private previousRow = new Uint8Array(0);
  private row = new Uint8Array(0);
  private readonly scratch = new Scratch();
  /** A query's deletions' hashes, grown for a longer query. */
  private queryHashes = new Uint32Array(0);

  private constructor(terms: readonly string[], keyCount: number) {
    this.terms = terms;
    this.termStart = new Int32Array(terms.length + 1);
    let length = 0;
    for (let t = 0; t < terms.length; t++) {
      this.termStart[t] = length;
      length += (terms[t] as string).length;
    }
    this.termStart[terms.length] = length;
    this.chars = new Uint16Array(length);
    for (let t = 0, at = 0; t < terms.length; t++) {
      const term = terms[t] as string;
      for (let c = 0; c < term.length; c++) this.chars[at++] = term.charCodeAt(c);
    }
    // About one filed string per bucket: a lookup reads one short run of terms.
    let buckets = 1;
    while (buckets < keyCount) buckets *= 2;
    this.bucketMask = buckets - 1;
    this.bucketStart = new Uint32Array(buckets + 1);
    // Every term's deletions hashed once, then two passes: count per bucket, then fill. Terms are
    // filed in walk order, so a bucket's last entry tells whether this term is already in it.
    const hashes = new Uint32Array(keyCount);
    const hashesEnd = new Int32Array(terms.length);
    for (let t = 0, at = 0; t < terms.length; t++) {
      at = writeDeletionHashes(this.chars, this.termStart[t] as number, this.termStart[t + 1] as number, MAX_DELETIONS, hashes, at, this.scratch);
      hashesEnd[t] = at;
    }
    const last = new Int32Array(buckets).fill(-1);
    for (let t = 0, at = 0; t < terms.length; t++) {
      for (const end = hashesEnd[t] as number; at < end; at++) {
        const bucket = (hashes[at] as number) & this.bucketMask;
        if (last[bucket] === t) continue;
        last[bucket] = t;
        this.bucketStart[bucket + 1] = (this.bucketStart[bucket + 1] as number) + 1;
      }
    }
    for (let b = 0; b < buckets; b++) this.bucketStart[b + 1] = (this.bucketStart[b + 1] as number) + (this.bucketStart[b] as number);
    this.entries = new Int32Array(this.bucketStart[buckets] as number);
    const next = this.bucketStart.slice(0, buckets);
    last.fill(-1);
    for (let t = 0, at = 0; t < terms.length; t++) {
      for (const end = hashesEnd[t] as number; at < end; at++) {
        const bucket = (hashes[at] as number) & this.bucketMask;
        if (last[bucket] === t) continue;
        last[bucket] = t;
        const slot = next[bucket] as number;
        this.entries[slot] = t;
        next[bucket] = slot + 1;
      }
    }
    this.seen = new Uint32Array(terms.length);
  }

  /** The index of the terms under `root`, or undefined when it would file more than `maxKeys` strings. */
  static of(root: TreeNode, maxKeys = MAX_DELETION_KEYS): DeletionIndex | undefined {
    const terms = termsInWalkOrder(root);
    let keyCount = 0;
    for (const term of terms) keyCount += deletionCount(term.length);
    return keyCount > maxKeys ? undefined : new DeletionIndex(terms, keyCount);
  }

  get termCount(): number {
    return this.terms.length;
  }

  /** Bytes held in typed arrays (off V8's heap), the terms' strings not counted. */
  get byteLength(): number {
    return this.chars.byteLength + this.termStart.byteLength + this.bucketStart.byteLength + this.entries.byteLength + this.seen.byteLength;
  }

  /**
   * The indexed terms within `maxDistance` edits of `query`, with their distances, in the order
   * FuzzyTrie.near (and fuzzyGet) gives them; undefined above MAX_DELETIONS edits.
   */
  near(query: string, maxDistance: number): [string, number][] | undefined {
    if (maxDistance > MAX_DELETIONS) return undefined;
    // Its length read once: V8 gave this function's `.length` reads one feedback slot, and the
    // typed arrays' beside the string's made it check the string's map, which a sliced string
    // (a word cut from a longer text) failed.
    const length = query.length;
    const codes = new Uint16Array(length);
    for (let c = 0; c < length; c++) codes[c] = query.charCodeAt(c);
    if (++this.query === 0xffffffff) {
      this.seen.fill(0);
      this.query = 1;
    }
    const stamp = this.query;
    if (this.row.length <= length) {
      this.previousRow = new Uint8Array(length + 1);
      this.row = new Uint8Array(length + 1);
    }
    const count = deletionCount(length);
    if (this.queryHashes.length < count) this.queryHashes = new Uint32Array(count);
    const hashes = this.queryHashes;
    const hashCount = writeDeletionHashes(codes, 0, length, maxDistance, hashes, 0, this.scratch);
    const found: number[] = [];
    for (let h = 0; h < hashCount; h++) {
      const bucket = (hashes[h] as number) & this.bucketMask;
      const end = this.bucketStart[bucket + 1] as number;
      for (let at = this.bucketStart[bucket] as number; at < end; at++) {
        const term = this.entries[at] as number;
        if (this.seen[term] === stamp) continue;
        this.seen[term] = stamp;
        const distance = this.distance(codes, term, maxDistance);
        // Term and distance in one number, so sorting the numbers puts the terms in walk order.
        if (distance <= maxDistance) found.push(term * 4 + distance);
      }
    }
    found.sort((a, b) => a - b);
    // By push into one literal, as FuzzyTrie.near builds its own (not .map): V8's optimized `map`
    // makes another kind of array than its builtin, so once this was optimized the arrays
    // PostingsLookup.expandNow reads changed kind, and the counts V8 compiles that by began again.
    const near: [string, number][] = [];
    for (const key of found) near.push([this.terms[key >>> 2] as string, key & 3]);
    return near;
  }

  /** The Levenshtein distance of `query` and a term, or maxDistance + 1 once it must exceed maxDistance. */
  private distance(query: Uint16Array, term: number, maxDistance: number): number {
    const from = this.termStart[term] as number;
    const length = (this.termStart[term + 1] as number) - from;
    if (Math.abs(length - query.length) > maxDistance) return maxDistance + 1;
    let previous = this.previousRow;
    let row = this.row;
    for (let j = 0; j <= query.length; j++) previous[j] = Math.min(j, maxDistance + 1);
    for (let i = 1; i <= length; i++) {
      const char = this.chars[from + i - 1] as number;
      row[0] = Math.min(i, maxDistance + 1);
      let rowMin = row[0] as number;
      for (let j = 1; j <= query.length; j++) {
        const substitute = (previous[j - 1] as number) + (char === query[j - 1] ? 0 : 1);
        const remove = (previous[j] as number) + 1;
        const insert = (row[j - 1] as number) + 1;
        const cell = Math.min(substitute, remove, insert, maxDistance + 1);
        row[j] = cell;
        if (cell < rowMin) rowMin = cell;
      }
      if (rowMin > maxDistance) return maxDistance + 1;
      const filled = row;
      row = previous;
      previous = filled;
    }
    return previous[query.length] as number;
  }
}
