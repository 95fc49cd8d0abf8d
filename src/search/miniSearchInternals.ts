// MiniSearch 7's internal fields (declared protected or private in its types) that the search
// modules read or set: pruned search reads the postings (postingsLookup.ts), compact postings
// replace `addTerm` and sweep discarded claims (compactPostings.ts), the index snapshot exports and
// imports the whole index (indexState.ts). One typed view with one runtime check: when a MiniSearch
// version keeps them differently, `internalsOf` returns null and each of those falls back to
// MiniSearch's public API (the index is built and searched as MiniSearch alone does).

/** A term's postings: field id -> claim (short id) -> how often the term occurs there. */
export type FieldData = Map<number, Map<number, number>>;

export interface MiniSearchInternals {
  /** MiniSearch's radix tree of terms (its SearchableMap). */
  _index: Iterable<[string, FieldData]> & {
    get(term: string): FieldData | undefined;
    set(term: string, data: FieldData): unknown;
    delete(term: string): unknown;
    fetch(term: string, initial: () => FieldData): FieldData;
    atPrefix(prefix: string): Iterable<[string, FieldData]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldData, number]>;
  };
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _nextId: number;
  _dirtCount: number;
  documentCount: number;
  addTerm(fieldId: number, shortId: number, term: string): void;
}

const INDEX_METHODS = ['get', 'set', 'delete', 'fetch', 'atPrefix', 'fuzzyGet'] as const;

/** The internals of a MiniSearch instance, or null when they are not as expected. */
export function internalsOf(miniSearch: object): MiniSearchInternals | null {
  const internals = miniSearch as Partial<Record<keyof MiniSearchInternals, unknown>>;
  const index = internals._index as (Partial<Record<(typeof INDEX_METHODS)[number], unknown>> & { [Symbol.iterator]?: unknown }) | undefined;
  const ok =
    index !== undefined &&
    INDEX_METHODS.every((method) => typeof index[method] === 'function') &&
    typeof index[Symbol.iterator] === 'function' &&
    internals._documentIds instanceof Map &&
    internals._idToShortId instanceof Map &&
    typeof internals._fieldIds === 'object' &&
    internals._fieldIds !== null &&
    internals._fieldLength instanceof Map &&
    Array.isArray(internals._avgFieldLength) &&
    typeof internals._nextId === 'number' &&
    typeof internals._dirtCount === 'number' &&
    typeof internals.documentCount === 'number' &&
    typeof internals.addTerm === 'function';
  return ok ? (miniSearch as MiniSearchInternals) : null;
}
