// MiniSearch's term index (term -> field id -> claim -> frequency) with each term's postings in a
// field held in a PostingList (postingList.ts) instead of a Map: the same index, searched the same
// way, in about a seventh of the memory. It is MiniSearch's public SearchableMap: MiniSearch adds
// a posting by `fetch(term, () => new Map())`, then sets a Map of postings per field on what that
// returns; here `fetch` returns field data whose `set` keeps those postings in a PostingList, and
// every later posting of the term in that field goes into the list (MiniSearch reads and writes
// postings through the Map interface PostingList keeps). compactMiniSearch.ts installs it and
// checks, once, that MiniSearch still adds postings this way.

import SearchableMap from 'minisearch/SearchableMap';
import { keepShape } from '../runtime/keptShapes.js';
import { PostingList } from './postingList.js';

/** A term's postings: field id -> claim (short id) -> how often the term occurs there. */
export type FieldData = Map<number, Map<number, number>>;

/** A term's field data whose postings, once set, are PostingLists. */
class CompactFieldData extends Map<number, Map<number, number>> {
  override set(fieldId: number, postings: Map<number, number>): this {
    return super.set(fieldId, postings instanceof PostingList ? postings : PostingList.from(postings));
  }
}

const newFieldData = (): FieldData => new CompactFieldData();

export class CompactTermMap extends SearchableMap<FieldData> {
  /** The terms added, in the order they were first added, once recordNewTerms() is called (a staging index's). */
  private added: string[] | null = null;
  /**
   * The field data fetch gave each term, beside the radix tree: indexing fetches a term for every
   * word of every claim, and walking down the tree to it cost more than the rest of adding the
   * posting. Kept in step by every change made through this map (set, update, delete, clear),
   * the only way MiniSearch and CompactMiniSearch change it; emptied once a load is indexed
   * (forgetFetched), so after a load it holds only the terms a reload fetches.
   */
  private readonly fetched = new Map<string, FieldData>();

  /** As SearchableMap's, but a term seen for the first time gets field data that keeps PostingLists. */
  override fetch(term: string, _initial: () => FieldData): FieldData {
    const known = this.fetched.get(term);
    if (known !== undefined) return known;
    const added = this.added;
    const data =
      added === null
        ? super.fetch(term, newFieldData)
        : super.fetch(term, () => {
            added.push(term);
            return newFieldData();
          });
    this.fetched.set(term, data);
    return data;
  }

  override set(term: string, data: FieldData): SearchableMap<FieldData> {
    this.fetched.delete(term);
    return super.set(term, data);
  }

  override update(term: string, change: (data: FieldData | undefined) => FieldData): SearchableMap<FieldData> {
    this.fetched.delete(term);
    return super.update(term, change);
  }

  override delete(term: string): void {
    this.fetched.delete(term);
    super.delete(term);
  }

  override clear(): void {
    this.fetched.clear();
    super.clear();
  }

  /** Empties fetch's memory of the terms: what it holds is the tree's again, and its memory is freed. */
  forgetFetched(): void {
    this.fetched.clear();
  }

  /**
   * From now on keeps the order terms are first added in (addedTerms): the order another index
   * adds them in when this one's postings are appended to it (CompactMiniSearch.append).
   */
  recordNewTerms(): void {
    this.added ??= [];
  }

  /** The terms added since recordNewTerms(), first added first; null when not recording. */
  addedTerms(): readonly string[] | null {
    return this.added;
  }

  /** Field data for a term, as the snapshot loads it (its postings already PostingLists). */
  static fieldData(entries: Iterable<[number, PostingList]>): FieldData {
    const data = new CompactFieldData();
    for (const [fieldId, postings] of entries) data.set(fieldId, postings);
    return data;
  }
}

// A word's prefix completions are read from a SearchableMap of its subtree (atPrefix), walked by
// its iterator: both made per question word, so one of each is kept.
keepShape(keepShape(new SearchableMap()).entries());
