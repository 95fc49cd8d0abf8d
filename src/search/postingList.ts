// One term's postings in one field: claim (MiniSearch short id) -> how often the term occurs there.
// MiniSearch keeps these in a Map per term and field; a large library has millions of them, and a
// Map entry costs about eight times what it does here (bench/README.md): two typed arrays, sorted
// by short id, behind the part of the Map interface MiniSearch and pruned search use. Short ids only grow, so adding a claim appends; `get` in iteration order is
// answered from a cursor, so walking a list and reading each frequency stays linear.

/** Frequencies are stored in 16 bits; a word repeated more often in one field counts this often. */
const MAX_FREQUENCY = 0xffff;
const FIRST_CAPACITY = 2;

export class PostingList implements Map<number, number> {
  private ids: Uint32Array;
  private frequencies: Uint16Array;
  private length = 0;
  /** Where the last lookup ended: the next lookup in order starts there. */
  private cursor = 0;
  /** Bumped on every removal or insertion, so an iterator knows to find its place again. */
  private version = 0;

  constructor(ids?: Uint32Array, frequencies?: Uint16Array) {
    // A list read from a snapshot uses the snapshot's arrays as they are (see ClaimIndex).
    this.ids = ids ?? new Uint32Array(FIRST_CAPACITY);
    this.frequencies = frequencies ?? new Uint16Array(this.ids.length);
    this.length = ids ? ids.length : 0;
  }

  /**
   * Moves the lists that hold arrays of their own (grown a posting at a time, with room to spare:
   * each a pair of buffers V8 allocates and tracks apart) into two arrays they share, each list
   * its exact run, as a snapshot's load gives them (CompactMiniSearch.fromState): the same
   * postings in less memory. A list that grows afterwards takes arrays of its own again.
   */
  static pack(lists: readonly PostingList[]): void {
    const own = lists.filter((list) => list.ids.byteOffset === 0 && list.ids.byteLength === list.ids.buffer.byteLength);
    let size = 0;
    for (const list of own) size += list.length;
    const ids = new Uint32Array(size);
    const frequencies = new Uint16Array(size);
    let at = 0;
    for (const list of own) {
      const end = at + list.length;
      ids.set(list.idArray(), at);
      frequencies.set(list.frequencyArray(), at);
      list.ids = ids.subarray(at, end);
      list.frequencies = frequencies.subarray(at, end);
      at = end;
    }
  }

  /** The postings of a Map, as a list. */
  static from(postings: Map<number, number>): PostingList {
    const list = new PostingList();
    for (const [id, frequency] of postings) list.set(id, frequency);
    return list;
  }

  get size(): number {
    return this.length;
  }

  /** The short ids, in order (a view: valid until the list changes). */
  idArray(): Uint32Array {
    return this.ids.subarray(0, this.length);
  }

  /** The frequencies, in the order of idArray (a view: valid until the list changes). */
  frequencyArray(): Uint16Array {
    return this.frequencies.subarray(0, this.length);
  }

  get(id: number): number | undefined {
    const i = this.indexOf(id);
    return i < 0 ? undefined : this.frequencies[i];
  }

  has(id: number): boolean {
    return this.indexOf(id) >= 0;
  }

  set(id: number, frequency: number): this {
    const stored = Math.min(Math.max(Math.round(frequency), 0), MAX_FREQUENCY);
    const last = this.length - 1;
    if (last < 0 || id > (this.ids[last] as number)) {
      this.insertAt(this.length, id, stored);
      return this;
    }
    const i = this.indexOf(id);
    if (i >= 0) this.frequencies[i] = stored;
    else this.insertAt(this.lowerBound(id), id, stored);
    return this;
  }

  delete(id: number): boolean {
    const i = this.indexOf(id);
    if (i < 0) return false;
    this.ids.copyWithin(i, i + 1, this.length);
    this.frequencies.copyWithin(i, i + 1, this.length);
    this.length--;
    this.version++;
    return true;
  }

  /** Keeps only the ids `keep` accepts, in one pass. */
  retain(keep: (id: number) => boolean): void {
    let kept = 0;
    for (let i = 0; i < this.length; i++) {
      const id = this.ids[i] as number;
      if (!keep(id)) continue;
      this.ids[kept] = id;
      this.frequencies[kept++] = this.frequencies[i] as number;
    }
    if (kept === this.length) return;
    this.length = kept;
    this.cursor = 0;
    this.version++;
  }

  /**
   * Appends `postings` with every id moved up by `offset`, each then above this list's last (the
   * postings of claims indexed apart: CompactMiniSearch.append). Grows at most once; a list that
   * dropped as many postings (the version replaced) takes them in the room those left.
   */
  appendShifted(postings: Map<number, number>, offset: number): void {
    const size = this.length + postings.size;
    if (size > this.ids.length) this.growTo(size);
    const { ids, frequencies } = this;
    let at = this.length;
    const last = at > 0 ? (ids[at - 1] as number) : -1;
    if (postings instanceof PostingList) {
      const from = postings.ids;
      for (let i = 0; i < postings.length; i++) ids[at + i] = (from[i] as number) + offset;
      frequencies.set(postings.frequencyArray(), at);
      at += postings.length;
    } else {
      postings.forEach((frequency, id) => {
        ids[at] = id + offset;
        frequencies[at++] = Math.min(Math.max(Math.round(frequency), 0), MAX_FREQUENCY);
      });
    }
    if (at > this.length && (ids[this.length] as number) <= last) throw new Error('appended postings must come after those held');
    this.length = at;
  }

  /**
   * Drops the ids within `ranges` (pairs start, end: each range from start up to end, not
   * included; sorted, apart), moving the postings kept between them down a block at a time: what
   * retain does for ids outside them, without a test per posting. Returns whether any was dropped.
   */
  dropRanges(ranges: readonly number[]): boolean {
    const { ids, frequencies } = this;
    let read = 0;
    let write = 0;
    for (let r = 0; r + 1 < ranges.length; r += 2) {
      const start = this.lowerBound(ranges[r] as number, read);
      if (start >= this.length) break;
      const end = this.lowerBound(ranges[r + 1] as number, start);
      if (end === start) continue;
      if (write !== read) {
        ids.copyWithin(write, read, start);
        frequencies.copyWithin(write, read, start);
      }
      write += start - read;
      read = end;
    }
    if (read === write) return false;
    ids.copyWithin(write, read, this.length);
    frequencies.copyWithin(write, read, this.length);
    this.length = write + (this.length - read);
    this.cursor = 0;
    this.version++;
    return true;
  }

  clear(): void {
    this.length = 0;
    this.version++;
  }

  forEach(callback: (frequency: number, id: number, map: Map<number, number>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.length; i++) callback.call(thisArg, this.frequencies[i] as number, this.ids[i] as number, this);
  }

  keys(): MapIterator<number> {
    return this.iterate((i) => this.ids[i] as number);
  }

  values(): MapIterator<number> {
    return this.iterate((i) => this.frequencies[i] as number);
  }

  entries(): MapIterator<[number, number]> {
    return this.iterate((i): [number, number] => [this.ids[i] as number, this.frequencies[i] as number]);
  }

  [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'PostingList';
  }

  /**
   * Iterates as a Map does when entries are removed or added meanwhile (MiniSearch removes
   * postings of discarded claims while it walks them): each id is visited once, in order, and one
   * added after the current position is visited too.
   */
  private iterate<T>(read: (i: number) => T): MapIterator<T> {
    let i = 0;
    let version = this.version;
    let lastId = -1;
    const iterator = {
      next: (): IteratorResult<T, undefined> => {
        if (version !== this.version) {
          i = this.lowerBound(lastId + 1);
          version = this.version;
        }
        if (i >= this.length) return { done: true, value: undefined };
        lastId = this.ids[i] as number;
        return { done: false, value: read(i++) };
      },
      [Symbol.iterator]: () => iterator,
    };
    return iterator as MapIterator<T>;
  }

  private indexOf(id: number): number {
    const { ids, length, cursor } = this;
    // Adding a claim asks for its own id, the last one or past the end.
    if (length === 0 || id > (ids[length - 1] as number)) return -1;
    if (id === ids[length - 1]) return length - 1;
    // In-order lookups (walk the ids, read each frequency) hit the cursor or the slot after it.
    if (cursor < length && ids[cursor] === id) return cursor;
    if (cursor + 1 < length && ids[cursor + 1] === id) return (this.cursor = cursor + 1);
    const i = this.lowerBound(id);
    if (i < length && ids[i] === id) return (this.cursor = i);
    return -1;
  }

  /** The first index (from `low` on) whose id is >= id. */
  private lowerBound(id: number, low = 0): number {
    let high = this.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.ids[mid] as number) < id) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private insertAt(i: number, id: number, frequency: number): void {
    if (this.length === this.ids.length) this.grow();
    if (i < this.length) {
      this.ids.copyWithin(i + 1, i, this.length);
      this.frequencies.copyWithin(i + 1, i, this.length);
      this.version++;
    }
    this.ids[i] = id;
    this.frequencies[i] = frequency;
    this.length++;
  }

  private grow(): void {
    this.growTo(this.length + 1);
  }

  /** Room for `size` postings at least. */
  private growTo(size: number): void {
    // x1.5: most terms are rare, so slack costs more than the copies.
    const capacity = Math.max(FIRST_CAPACITY, size, Math.ceil(this.ids.length * 1.5));
    const ids = new Uint32Array(capacity);
    ids.set(this.ids.subarray(0, this.length));
    const frequencies = new Uint16Array(capacity);
    frequencies.set(this.frequencies.subarray(0, this.length));
    this.ids = ids;
    this.frequencies = frequencies;
  }
}

/** The first index from `from` on whose id is `id` or more (ids ascending; those before `from` are less), galloping forward. */
export function firstAtLeast(ids: Uint32Array, from: number, id: number): number {
  let low = from;
  let high = from;
  for (let step = 1; high < ids.length && (ids[high] as number) < id; step *= 2) {
    low = high + 1;
    high += step;
  }
  high = Math.min(high, ids.length);
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ids[middle] as number) < id) low = middle + 1;
    else high = middle;
  }
  return low;
}
