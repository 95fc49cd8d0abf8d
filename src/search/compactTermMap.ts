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

  /** As SearchableMap's, but a term seen for the first time gets field data that keeps PostingLists. */
  override fetch(term: string, _initial: () => FieldData): FieldData {
    const added = this.added;
    if (added === null) return super.fetch(term, newFieldData);
    return super.fetch(term, () => {
      added.push(term);
      return newFieldData();
    });
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
