// A search index as plain data, so a restart loads the index instead of building it.
// MiniSearch's own toJSON/loadJSON would do, but they turn every posting into an object key and
// back (slow and large: bench/README.md); here postings stay two typed arrays. CompactMiniSearch exports and imports it (exportState, fromState); indexSnapshot.ts
// writes it to disk. test/library/indexSnapshot.test.ts checks a loaded index searches exactly as
// the one saved.

export interface IndexState {
  documentCount: number;
  nextId: number;
  fieldIds: Record<string, number>;
  /** Each claim's short id and id. */
  shortIds: number[];
  ids: string[];
  /** Each claim's field lengths, `fieldCount` per claim, in the order of shortIds (the average
   * lengths BM25 normalises by are worked out from these on load, not saved). */
  fieldLengths: number[];
  terms: string[];
  /** Per term, in order: how many fields it occurs in, then each field's id and posting count. */
  termFields: number[];
  /** All postings, term by term and field by field as termFields lists them. */
  postingIds: Uint32Array;
  postingFrequencies: Uint16Array;
}
