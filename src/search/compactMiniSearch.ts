// MiniSearch extended through the members it declares `protected` for subclasses, so tsc checks
// each one used here against the installed MiniSearch (its exact version is pinned in
// package.json): postings kept in PostingLists (compactTermMap.ts) and read directly for pruned
// search (postingsLookup.ts), discarded claims swept at once, and the index saved and loaded as
// typed arrays (indexState.ts), and each field's average length kept as an integer sum over the
// claim count. compactEngineCheck.ts checks once, on a small index, that MiniSearch behaves as this
// relies on; when it does not, ClaimIndex uses a plain MiniSearch's public API.

import MiniSearch, { type BM25Params, type Options, type SearchOptions, type VacuumConditions } from 'minisearch';
import { yieldToEventLoop } from '../reports/yieldToEventLoop.js';
import { CompactTermMap, type FieldData } from './compactTermMap.js';
import type { IndexState } from './indexState.js';
import { PostingList } from './postingList.js';

/** How MiniSearch scores and expands query terms, as set by the options passed (defaults merged). */
export interface Scoring {
  bm25: BM25Params;
  /** MiniSearch's `weights`: how much a fuzzy and a prefix match count against an exact one. */
  fuzzyWeight: number;
  prefixWeight: number;
  /** The largest edit distance a fuzzy ratio can give. */
  maxFuzzy: number;
  /** Each field's boost, every field listed (MiniSearch counts a field without one as 1). */
  fieldBoosts: Readonly<Record<string, number>>;
  fuzzy: SearchOptions['fuzzy'];
  prefix: SearchOptions['prefix'];
}

/** Claims or terms loaded between turns of the event loop (a few milliseconds of work each). */
const YIELD_EVERY = 20_000;

export class CompactMiniSearch<T> extends MiniSearch<T> {
  readonly scoring: Scoring;
  /** When discarded claims are swept (MiniSearch's auto-vacuum conditions); null: only when asked. */
  private readonly sweepConditions: Required<VacuumConditions> | null;
  /**
   * Each field's length summed over the claims held, by field id. MiniSearch keeps the average
   * as a running mean, whose last bits depend on the order claims were added (which follows the
   * parse workers on a build) and which a snapshot then saved: two builds of the same reports, or
   * a build and a load, scored in different last bits, and near-tied answers could swap. A sum of
   * integers over the count is the same whatever the order.
   */
  private lengthSums: number[] = [];
  /** The short ids discarded since the last sweep (what MiniSearch counts as dirt), for sweep(). */
  private discarded: number[] = [];
  /** The term index (`_index`), as the compact map it is. */
  private readonly terms: CompactTermMap;

  constructor(options: Options<T>) {
    super(options);
    // The one cast: MiniSearch's bundle declares its own copy of SearchableMap, whose types differ
    // from the exported one's only by a type brand. compactEngineCheck.ts checks the behaviour.
    this.terms = new CompactTermMap();
    this._index = this.terms as unknown as typeof this._index;
    const { searchOptions, fields, autoVacuum } = this._options;
    this.scoring = {
      bm25: searchOptions.bm25,
      fuzzyWeight: searchOptions.weights.fuzzy,
      prefixWeight: searchOptions.weights.prefix,
      maxFuzzy: searchOptions.maxFuzzy,
      fieldBoosts: Object.fromEntries(fields.map((field) => [field, ownValue(searchOptions.boost, field) || 1])),
      fuzzy: searchOptions.fuzzy,
      prefix: searchOptions.prefix,
    };
    const defaults = miniSearchDefaults();
    this.sweepConditions =
      autoVacuum === false
        ? null
        : { minDirtCount: autoVacuum.minDirtCount || defaults.minDirtCount, minDirtFactor: autoVacuum.minDirtFactor || defaults.minDirtFactor };
    // MiniSearch's vacuum removes postings one at a time (each shifts a PostingList's arrays) and
    // in the background; sweep() does it in one pass instead, under the same conditions.
    this._options.autoVacuum = false;
  }

  /** Every short id is below this. */
  get shortIdBound(): number {
    return this._nextId;
  }

  /** MiniSearch's number for a claim id, which postings are keyed by. */
  shortIdOf(id: string): number | undefined {
    return this._idToShortId.get(id);
  }

  /** The claim id of a short id, or undefined for a claim that was discarded. */
  idOf(shortId: number): string | undefined {
    return this._documentIds.get(shortId) as string | undefined;
  }

  /** Every claim id at its short id (undefined where a claim was discarded). */
  idsByShortId(): (string | undefined)[] {
    const ids = new Array<string | undefined>(this._nextId).fill(undefined);
    for (const [shortId, id] of this._documentIds) ids[shortId] = id as string;
    return ids;
  }

  /** An indexed term's postings by field id. */
  termData(term: string): FieldData | undefined {
    return this._index.get(term);
  }

  /** Indexed terms starting with `prefix` (itself included). */
  completions(prefix: string): Iterable<[string, FieldData]> {
    return this._index.atPrefix(prefix);
  }

  /** The term index's radix tree (SearchableMap's `_tree`), for a copy to walk (fuzzyTrie.ts). */
  termTree(): Map<string, unknown> {
    return this._index._tree as unknown as Map<string, unknown>;
  }

  fieldIdOf(field: string): number | undefined {
    return this._fieldIds[field];
  }

  get fieldCount(): number {
    return Object.keys(this._fieldIds).length;
  }

  /** Average length (unique words) of a field over the claims, as BM25 normalises by. */
  averageFieldLength(fieldId: number): number | undefined {
    return this._avgFieldLength[fieldId];
  }

  /** Each claim's field lengths, by short id. */
  fieldLengths(): Iterable<[number, number[]]> {
    return this._fieldLength;
  }

  override add(document: T): void {
    super.add(document);
    const shortId = this._nextId - 1;
    // MiniSearch grows each claim's array a field at a time, leaving room for a dozen fields more:
    // a copy holds only the claim's own (a missing field stays a hole).
    const lengths = this._fieldLength.get(shortId)?.slice();
    if (lengths !== undefined) this._fieldLength.set(shortId, lengths);
    this.countLengths(lengths, 1);
  }

  override discard(id: unknown): void {
    const shortId = this._idToShortId.get(id);
    const lengths = this.lengthsOf(id);
    super.discard(id);
    if (shortId !== undefined) this.discarded.push(shortId);
    this.countLengths(lengths, -1);
  }

  override remove(document: T): void {
    const lengths = this.lengthsOf(this._options.extractField(document, this._options.idField));
    super.remove(document);
    this.countLengths(lengths, -1);
  }

  /**
   * Not supported: MiniSearch's removeAll() of every claim puts a plain term map in place of the
   * compact one (and the length sums would have to follow). Nothing removes every claim at once;
   * a ClaimIndex is built anew instead.
   */
  override removeAll(documents?: readonly T[]): void {
    if (documents === undefined) throw new Error('removeAll() of every claim is not supported on the compact index');
    super.removeAll(documents);
  }

  /**
   * From now on keeps the order terms are first added in, which append() needs: for an empty
   * index where a report's claims are indexed apart (staged) while another index answers.
   */
  recordTermOrder(): void {
    if (this._nextId > 0) throw new Error('the term order is recorded from an empty index only');
    this.terms.recordNewTerms();
  }

  /**
   * Adds the claims of `staged` (an index with the same options that recorded its term order
   * from empty, nothing discarded from it) as adding them here one by one, in the order they were
   * added there, would: the same short ids (from shortIdBound on), field lengths and postings, and
   * its terms new here added to the term index in the order it first met them. One synchronous
   * step, a pass over the staged postings, far shorter than indexing the claims. Returns the
   * first short id given; throws, changing nothing, when a claim id is already here.
   */
  append(staged: CompactMiniSearch<T>): number {
    const problem = this.appendProblem(staged);
    if (problem !== null) throw new Error(problem);
    const order = staged.terms.addedTerms() ?? []; // recorded: appendProblem checked
    const offset = this._nextId;
    for (const [shortId, id] of staged._documentIds) {
      const to = offset + shortId;
      this._idToShortId.set(id, to);
      this._documentIds.set(to, id);
      const fields = staged._storedFields.get(shortId);
      if (fields !== undefined) this._storedFields.set(to, fields);
      const lengths = staged._fieldLength.get(shortId);
      if (lengths !== undefined) this._fieldLength.set(to, lengths);
      this.addLengths(lengths, 1);
    }
    this._documentCount += staged._documentCount;
    this._nextId += staged._nextId;
    this.setAverages();
    for (const term of order) {
      const fields = staged._index.get(term);
      if (fields === undefined) continue;
      const here = this._index.fetch(term, () => new Map());
      for (const [fieldId, postings] of fields) {
        // Every short id given here is above those held: each list is the held one, then the staged.
        const held = here.get(fieldId);
        if (held instanceof PostingList) held.appendShifted(postings, offset);
        else here.set(fieldId, shifted(held, postings, offset));
      }
    }
    return offset;
  }

  /** Why append(staged) would throw, once the claims `leaving` are removed; null when it would not. */
  appendProblem(staged: CompactMiniSearch<T>, leaving: ReadonlySet<unknown> = new Set()): string | null {
    if (staged.terms.addedTerms() === null || staged._dirtCount > 0 || staged._documentCount !== staged._nextId) return 'only a staging index with nothing discarded can be appended';
    for (const id of staged._idToShortId.keys()) if (this._idToShortId.has(id) && !leaving.has(id)) return `MiniSearch: duplicate ID ${String(id)}`;
    return null;
  }

  private lengthsOf(id: unknown): number[] | undefined {
    const shortId = this._idToShortId.get(id);
    return shortId === undefined ? undefined : this._fieldLength.get(shortId);
  }

  /** Adds a claim's field lengths to the sums (`sign` 1) or takes them out (-1); sets the averages. */
  private countLengths(lengths: readonly number[] | undefined, sign: 1 | -1): void {
    this.addLengths(lengths, sign);
    this.setAverages();
  }

  private addLengths(lengths: readonly number[] | undefined, sign: 1 | -1): void {
    // forEach skips a field the claim lacks, as MiniSearch records none for it.
    lengths?.forEach((length, fieldId) => {
      this.lengthSums[fieldId] = (this.lengthSums[fieldId] ?? 0) + sign * length;
    });
  }

  /** MiniSearch's `_avgFieldLength` from the sums: each over the claims held, 0 with none. */
  private setAverages(): void {
    const count = this._documentCount;
    this._avgFieldLength = Array.from({ length: this.fieldCount }, (_, fieldId) => (count > 0 ? (this.lengthSums[fieldId] ?? 0) / count : 0));
  }

  /** Sweeps when MiniSearch would vacuum (its conditions met); returns whether it did. */
  sweepIfDue(): boolean {
    const due = this.sweepConditions !== null && this.dirtCount >= this.sweepConditions.minDirtCount && this.dirtFactor >= this.sweepConditions.minDirtFactor;
    return due && this.sweep();
  }

  /**
   * Drops the postings of discarded claims from every term in one pass, as MiniSearch's vacuum
   * does in batches over time: until then they count in each term's document frequency, and an
   * index patched from a snapshot would score differently from one built afresh. Returns whether
   * anything was discarded since the last sweep.
   */
  sweep(): boolean {
    if (this._dirtCount === 0) return false;
    const live = this._documentIds;
    // A report's claims have consecutive short ids: its postings are dropped a run at a time.
    const ranges = this.discarded.length === this._dirtCount ? shortIdRanges(this.discarded) : null;
    const emptyTerms: string[] = [];
    for (const [term, fields] of this._index) {
      for (const [fieldId, postings] of fields) {
        if (postings instanceof PostingList) {
          if (ranges) postings.dropRanges(ranges);
          else postings.retain((id) => live.has(id));
        } else for (const id of [...postings.keys()]) if (!live.has(id)) postings.delete(id);
        if (postings.size === 0) fields.delete(fieldId);
      }
      if (fields.size === 0) emptyTerms.push(term);
    }
    for (const term of emptyTerms) this._index.delete(term);
    this._dirtCount = 0;
    this.discarded = [];
    return true;
  }

  /** Packs the postings lists built a claim at a time into shared arrays (PostingList.pack). */
  packPostings(): void {
    const lists: PostingList[] = [];
    for (const [, fields] of this._index) for (const postings of fields.values()) if (postings instanceof PostingList) lists.push(postings);
    PostingList.pack(lists);
    this.terms.forgetFetched();
  }

  /** The index as data (discarded claims left out), for a snapshot (indexSnapshot.ts). */
  exportState(): IndexState {
    const fieldCount = this.fieldCount;
    const shortIds: number[] = [];
    const ids: string[] = [];
    const fieldLengths: number[] = [];
    for (const [shortId, id] of this._documentIds) {
      shortIds.push(shortId);
      ids.push(id as string);
      const lengths = this._fieldLength.get(shortId) ?? [];
      for (let field = 0; field < fieldCount; field++) fieldLengths.push(lengths[field] ?? 0);
    }
    let capacity = 0;
    for (const [, fields] of this._index) for (const postings of fields.values()) capacity += postings.size;
    const postingIds = new Uint32Array(capacity);
    const postingFrequencies = new Uint16Array(capacity);
    const terms: string[] = [];
    const termFields: number[] = [];
    // After a sweep (or with nothing discarded) every posting is live and is copied whole.
    const allLive = this._dirtCount === 0;
    let at = 0;
    const keep = (shortId: number, frequency: number): void => {
      if (!allLive && !this._documentIds.has(shortId)) return; // discarded, not swept yet
      postingIds[at] = shortId;
      postingFrequencies[at++] = frequency;
    };
    for (const [term, fields] of this._index) {
      const termAt = termFields.length;
      termFields.push(0);
      for (const [fieldId, postings] of fields) {
        const start = at;
        if (postings instanceof PostingList && allLive) {
          postingIds.set(postings.idArray(), at);
          postingFrequencies.set(postings.frequencyArray(), at);
          at += postings.size;
        } else {
          postings.forEach((frequency, shortId) => keep(shortId, frequency));
        }
        if (at > start) {
          termFields.push(fieldId, at - start);
          termFields[termAt] = (termFields[termAt] as number) + 1;
        }
      }
      if (termFields[termAt] === 0) termFields.length = termAt;
      else terms.push(term);
    }
    return {
      documentCount: this._documentIds.size,
      nextId: this._nextId,
      fieldIds: { ...this._fieldIds },
      shortIds,
      ids,
      fieldLengths,
      terms,
      termFields,
      postingIds: postingIds.subarray(0, at),
      postingFrequencies: postingFrequencies.subarray(0, at),
    };
  }

  /**
   * An index with `options` holding `state`, its postings PostingLists over the state's arrays,
   * loaded a turn of the event loop at a time. Throws when the state does not add up (a snapshot
   * that lies is not loaded).
   */
  static async fromState<T>(state: IndexState, options: Options<T>): Promise<CompactMiniSearch<T>> {
    const index = new CompactMiniSearch<T>(options);
    const fieldCount = index.fieldCount;
    if (JSON.stringify(state.fieldIds) !== JSON.stringify(index._fieldIds)) throw new Error('the fields indexed differ');
    if (state.ids.length !== state.shortIds.length || state.fieldLengths.length !== state.ids.length * fieldCount) {
      throw new Error('claim ids and field lengths do not add up');
    }
    index._documentCount = state.documentCount;
    index._nextId = state.nextId;
    for (let i = 0; i < state.shortIds.length; i++) {
      const shortId = state.shortIds[i] as number;
      const id = state.ids[i] as string;
      index._documentIds.set(shortId, id);
      index._idToShortId.set(id, shortId);
      const lengths = state.fieldLengths.slice(i * fieldCount, (i + 1) * fieldCount);
      index._fieldLength.set(shortId, lengths);
      index.addLengths(lengths, 1);
      if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
    }
    index.setAverages();
    let at = 0;
    let read = 0;
    for (const [n, term] of state.terms.entries()) {
      if (n % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
      const fields: [number, PostingList][] = [];
      const count = state.termFields[read++] ?? 0;
      for (let f = 0; f < count; f++) {
        const fieldId = state.termFields[read++] as number;
        const size = state.termFields[read++] as number;
        if (!(size > 0) || at + size > state.postingIds.length) throw new Error(`postings of "${term}" run past the end`);
        fields.push([fieldId, new PostingList(state.postingIds.subarray(at, at + size), state.postingFrequencies.subarray(at, at + size))]);
        at += size;
      }
      index._index.set(term, CompactTermMap.fieldData(fields));
    }
    if (at !== state.postingIds.length || read !== state.termFields.length) throw new Error('postings do not add up');
    return index;
  }
}

/**
 * The short ids as ranges (pairs start, end: from start up to end, not included), sorted; null
 * when they make more than MAX_SWEPT_RANGES (then a test per posting costs less than a search per range).
 */
function shortIdRanges(shortIds: readonly number[]): number[] | null {
  const sorted = Uint32Array.from(shortIds).sort();
  const ranges: number[] = [];
  for (const id of sorted) {
    if (ranges.length > 0 && ranges[ranges.length - 1] === id) ranges[ranges.length - 1] = id + 1;
    else if (ranges.length < 2 * MAX_SWEPT_RANGES) ranges.push(id, id + 1);
    else return null;
  }
  return ranges;
}

/** Above this many ranges of discarded short ids, sweep tests each posting instead. */
const MAX_SWEPT_RANGES = 64;

/**
 * A new list: the postings `held`, if any, then `postings` with every short id moved up by
 * `offset` (each above those held, so in order).
 */
function shifted(held: Map<number, number> | undefined, postings: Map<number, number>, offset: number): PostingList {
  const size = (held?.size ?? 0) + postings.size;
  const ids = new Uint32Array(size);
  const frequencies = new Uint16Array(size);
  let at = 0;
  if (held instanceof PostingList) {
    ids.set(held.idArray());
    frequencies.set(held.frequencyArray());
    at = held.size;
  } else {
    held?.forEach((frequency, shortId) => {
      ids[at] = shortId;
      frequencies[at++] = frequency;
    });
  }
  postings.forEach((frequency, shortId) => {
    ids[at] = offset + shortId;
    frequencies[at++] = frequency;
  });
  return new PostingList(ids, frequencies);
}

/** MiniSearch's own auto-vacuum conditions, read from an index given no options beyond its fields. */
class MiniSearchDefaults extends MiniSearch<never> {
  vacuumConditions(): Required<VacuumConditions> {
    const { autoVacuum } = this._options;
    if (autoVacuum === false || autoVacuum.minDirtCount === undefined || autoVacuum.minDirtFactor === undefined) {
      throw new Error('MiniSearch has no default auto-vacuum conditions');
    }
    return { minDirtCount: autoVacuum.minDirtCount, minDirtFactor: autoVacuum.minDirtFactor };
  }
}

let defaultConditions: Required<VacuumConditions> | undefined;

function miniSearchDefaults(): Required<VacuumConditions> {
  defaultConditions ??= new MiniSearchDefaults({ fields: [] }).vacuumConditions();
  return defaultConditions;
}

function ownValue<V>(record: Record<string, V>, key: string): V | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}
