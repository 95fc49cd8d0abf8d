// A MiniSearch index (with PostingLists, see compactPostings.ts) as plain data and back, so a
// restart loads the index instead of building it (20,000 reports: ~10 s to build). MiniSearch's
// own toJSON/loadJSON would do, but they turn every posting into an object key and back
// (20,000 reports: 7 s to write, 107 MB); here postings stay two typed arrays. This reads and sets
// MiniSearch 7's internal fields (miniSearchInternals.ts): when they are not there, nothing is
// exported and the index is built as before.
// test/library/indexSnapshot.test.ts checks a loaded index searches exactly as the one saved.

import MiniSearch, { type Options } from 'minisearch';
import { yieldToEventLoop } from '../reports/yieldToEventLoop.js';
import { internalsOf, type FieldData } from './miniSearchInternals.js';
import { PostingList } from './postingList.js';

export interface IndexState {
  documentCount: number;
  nextId: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** Each claim's short id and id. */
  shortIds: number[];
  ids: string[];
  /** Each claim's field lengths, `fieldCount` per claim, in the order of shortIds. */
  fieldLengths: number[];
  terms: string[];
  /** Per term, in order: how many fields it occurs in, then each field's id and posting count. */
  termFields: number[];
  /** All postings, term by term and field by field as termFields lists them. */
  postingIds: Uint32Array;
  postingFrequencies: Uint16Array;
}

/** Claims or terms loaded between turns of the event loop (20,000 reports: ~10 ms each). */
const YIELD_EVERY = 20_000;

/** The index as data (discarded claims left out), or null when its internals are not as expected. */
export function exportIndexState(miniSearch: object): IndexState | null {
  const index = internalsOf(miniSearch);
  if (!index) return null;
  const fieldCount = Object.keys(index._fieldIds).length;
  const shortIds: number[] = [];
  const ids: string[] = [];
  const fieldLengths: number[] = [];
  for (const [shortId, id] of index._documentIds) {
    shortIds.push(shortId);
    ids.push(id);
    const lengths = index._fieldLength.get(shortId) ?? [];
    for (let field = 0; field < fieldCount; field++) fieldLengths.push(lengths[field] ?? 0);
  }
  let capacity = 0;
  for (const [, fields] of index._index) for (const postings of fields.values()) capacity += postings.size;
  const postingIds = new Uint32Array(capacity);
  const postingFrequencies = new Uint16Array(capacity);
  const terms: string[] = [];
  const termFields: number[] = [];
  let at = 0;
  for (const [term, fields] of index._index) {
    const termAt = termFields.length;
    termFields.push(0);
    for (const [fieldId, postings] of fields) {
      const start = at;
      // After a sweep (or with nothing discarded) every posting is live and is copied whole.
      const allLive = index._dirtCount === 0;
      const keep = (shortId: number, frequency: number): void => {
        if (!allLive && !index._documentIds.has(shortId)) return; // discarded, not swept yet
        postingIds[at] = shortId;
        postingFrequencies[at++] = frequency;
      };
      if (postings instanceof PostingList && allLive) {
        postingIds.set(postings.idArray(), at);
        postingFrequencies.set(postings.frequencyArray(), at);
        at += postings.size;
      } else if (postings instanceof PostingList) {
        const ids = postings.idArray();
        const frequencies = postings.frequencyArray();
        for (let i = 0; i < ids.length; i++) keep(ids[i] as number, frequencies[i] as number);
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
    documentCount: index._documentIds.size,
    nextId: index._nextId,
    fieldIds: { ...index._fieldIds },
    averageFieldLength: [...index._avgFieldLength],
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
 * A MiniSearch index with `options` holding `state`, its postings in PostingLists over the
 * state's arrays. Throws when the state does not add up (a snapshot that lies is not loaded).
 */
export async function importIndexState<T>(state: IndexState, options: Options<T>): Promise<MiniSearch<T>> {
  const miniSearch = MiniSearch.loadJS<T>(
    {
      documentCount: state.documentCount,
      nextId: state.nextId,
      documentIds: {},
      fieldIds: state.fieldIds,
      fieldLength: {},
      averageFieldLength: state.averageFieldLength,
      storedFields: {},
      dirtCount: 0,
      index: [],
      serializationVersion: 2,
    },
    options,
  );
  const index = internalsOf(miniSearch);
  if (!index) throw new Error('this MiniSearch version keeps its index differently');
  const fieldCount = Object.keys(state.fieldIds).length;
  if (state.ids.length !== state.shortIds.length || state.fieldLengths.length !== state.ids.length * fieldCount) {
    throw new Error('claim ids and field lengths do not add up');
  }
  for (let i = 0; i < state.shortIds.length; i++) {
    const shortId = state.shortIds[i] as number;
    const id = state.ids[i] as string;
    index._documentIds.set(shortId, id);
    index._idToShortId.set(id, shortId);
    index._fieldLength.set(shortId, state.fieldLengths.slice(i * fieldCount, (i + 1) * fieldCount));
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
  }
  let at = 0;
  let read = 0;
  for (const [n, term] of state.terms.entries()) {
    if (n % YIELD_EVERY === YIELD_EVERY - 1) await yieldToEventLoop();
    const fields: FieldData = new Map();
    const count = state.termFields[read++] ?? 0;
    for (let f = 0; f < count; f++) {
      const fieldId = state.termFields[read++] as number;
      const size = state.termFields[read++] as number;
      if (!(size > 0) || at + size > state.postingIds.length) throw new Error(`postings of "${term}" run past the end`);
      fields.set(fieldId, new PostingList(state.postingIds.subarray(at, at + size), state.postingFrequencies.subarray(at, at + size)));
      at += size;
    }
    index._index.set(term, fields);
  }
  if (at !== state.postingIds.length || read !== state.termFields.length) throw new Error('postings do not add up');
  return miniSearch;
}
