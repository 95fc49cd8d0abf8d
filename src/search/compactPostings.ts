// Makes a MiniSearch index keep its postings in PostingLists (postingList.ts) instead of Maps:
// the same index, searched the same way, in about a seventh of the memory. MiniSearch creates a
// Map per term and field in its (private) `addTerm`; this replaces that method on one instance.
// Every other part of MiniSearch reads postings through the Map interface PostingList keeps.
// test/search/compactPostings.test.ts checks the scores match an unchanged MiniSearch.

import type MiniSearch from 'minisearch';
import { internalsOf, type FieldData, type MiniSearchInternals } from './miniSearchInternals.js';
import { PostingList } from './postingList.js';

/** Returns false (and leaves the index as it was) when MiniSearch's internals are not as expected. */
export function usePostingLists(miniSearch: MiniSearch<never> | MiniSearch<unknown>): boolean {
  const internals = internalsOf(miniSearch);
  if (!internals) return false;
  const newFieldData = (): FieldData => new Map();
  internals.addTerm = function addTerm(this: MiniSearchInternals, fieldId: number, shortId: number, term: string): void {
    const fields = this._index.fetch(term, newFieldData);
    const postings = fields.get(fieldId);
    if (postings === undefined) fields.set(fieldId, new PostingList().set(shortId, 1));
    else postings.set(shortId, (postings.get(shortId) ?? 0) + 1);
  };
  return true;
}

/**
 * Drops the postings of discarded claims from every term at once, as MiniSearch's vacuum does in
 * batches over time: until then they count in each term's document frequency, and an index
 * patched from a snapshot would score differently from one built afresh. A pass over 10 million
 * postings takes ~0.1 s. Returns false when the internals are not as expected (nothing is done).
 */
export function sweepDiscarded(miniSearch: object): boolean {
  const index = internalsOf(miniSearch);
  if (!index) return false;
  const live = index._documentIds;
  const emptyTerms: string[] = [];
  for (const [term, fields] of index._index) {
    for (const [fieldId, postings] of fields) {
      if (postings instanceof PostingList) postings.retain((id) => live.has(id));
      else for (const id of [...postings.keys()]) if (!live.has(id)) postings.delete(id);
      if (postings.size === 0) fields.delete(fieldId);
    }
    if (fields.size === 0) emptyTerms.push(term);
  }
  for (const term of emptyTerms) index._index.delete(term);
  index._dirtCount = 0;
  return true;
}
