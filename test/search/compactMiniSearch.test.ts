import MiniSearch, { type Options } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { CompactMiniSearch } from '../../src/search/compactMiniSearch.js';
import { PostingList } from '../../src/search/postingList.js';
import { PostingsLookup } from '../../src/search/postingsLookup.js';
import { searchWithin, type QueryTerm } from '../../src/search/prunedSearch.js';
import { tiesById } from '../support/rankings.js';

interface Doc {
  id: string;
  text: string;
  note: string;
}

const WORDS = ['heat', 'roof', 'green', 'cooling', 'centre', 'deaths', 'older', 'residents', 'canopy', 'pavement', 'albedo', 'study', 'trial', 'cost'];
const docs: Doc[] = Array.from({ length: 400 }, (_, i) => ({
  id: `r${Math.floor(i / 10)}#${i % 10}`,
  text: Array.from({ length: 6 + (i % 5) }, (_, j) => WORDS[(i * 7 + j * j) % WORDS.length]).join(' '),
  note: Array.from({ length: 3 + (i % 3) }, (_, j) => WORDS[(i + j * 5) % WORDS.length]).join(' '),
}));
const OPTIONS: Options<Doc> = { fields: ['text', 'note'], storeFields: [] };
const QUERIES = ['heat roof', 'cooling centre deaths', 'canopy', 'albedo pavment', 'olde', 'cost study trial green'];
const SEARCH = { boost: { text: 2 }, fuzzy: 0.2, prefix: true } as const;

function indexes(): { stock: MiniSearch<Doc>; compact: CompactMiniSearch<Doc> } {
  const stock = new MiniSearch<Doc>(OPTIONS);
  const compact = new CompactMiniSearch<Doc>(OPTIONS);
  stock.addAll(docs);
  compact.addAll(docs);
  return { stock, compact };
}

function expectSameResults(stock: MiniSearch<Doc>, compact: MiniSearch<Doc>): void {
  for (const query of QUERIES) {
    const expected = stock.search(query, SEARCH);
    expect(expected.length).toBeGreaterThan(0);
    expect(compact.search(query, SEARCH)).toEqual(expected);
  }
}

describe('MiniSearch with PostingLists', () => {
  it('keeps its postings in PostingLists', () => {
    const { compact } = indexes();
    const lists = [...compact.completions('')].flatMap(([, fields]) => [...fields.values()]);
    expect(lists.length).toBeGreaterThan(WORDS.length);
    for (const list of lists) expect(list).toBeInstanceOf(PostingList);
  });

  it('finds and scores as an unchanged MiniSearch does', () => {
    const { stock, compact } = indexes();
    expectSameResults(stock, compact);
  });

  it('still does after claims are discarded, removed and added again', () => {
    const { stock, compact } = indexes();
    for (const index of [stock, compact]) {
      for (const doc of docs.slice(40, 80)) index.discard(doc.id);
      for (const doc of docs.slice(100, 120)) index.remove(doc);
      index.addAll(docs.slice(40, 60).map((doc) => ({ ...doc, text: `${doc.text} albedo` })));
    }
    expectSameResults(stock, compact);
    // Searching dropped the discarded claims' postings in both; they still agree after.
    expectSameResults(stock, compact);
    expect(compact.documentCount).toBe(stock.documentCount);
  });
});

describe('a sweep of discarded claims', () => {
  /** Every term's postings by field, terms sorted. */
  function postings(index: CompactMiniSearch<Doc>): [string, [number, [number, number][]][]][] {
    return [...index.completions('')]
      .map(([term, fields]): [string, [number, [number, number][]][]] => [term, [...fields].map(([fieldId, list]): [number, [number, number][]] => [fieldId, [...list]])])
      .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  }

  // A report's claims in a run, a few reports' runs, claims scattered (more runs than are searched for one by one).
  const patterns: [string, (i: number) => boolean][] = [
    ['one run', (i) => i >= 40 && i < 80],
    ['a few runs', (i) => (i >= 10 && i < 20) || (i >= 150 && i < 153) || i === 399],
    ['scattered', (i) => i % 3 === 1],
  ];

  it.each(patterns)('leaves the postings of the claims kept, and drops terms left with none (%s)', (_, discarded) => {
    const compact = new CompactMiniSearch<Doc>(OPTIONS);
    compact.addAll([...docs, { id: 'only#1', text: 'zyzzyva', note: 'zyzzyva' }]);
    const gone = new Set([...docs.filter((_, i) => discarded(i)).map((doc) => doc.id), 'only#1']);
    const goneShortIds = new Set([...gone].map((id) => compact.shortIdOf(id)));
    const expected = postings(compact)
      .map(([term, fields]): [string, [number, [number, number][]][]] => [term, fields.map(([fieldId, list]): [number, [number, number][]] => [fieldId, list.filter(([id]) => !goneShortIds.has(id))]).filter(([, list]) => list.length > 0)])
      .filter(([, fields]) => fields.length > 0);
    compact.discardAll([...gone]);
    expect(compact.sweep()).toBe(true);
    expect(postings(compact)).toEqual(expected);
    expect(compact.termData('zyzzyva')).toBeUndefined();
    expect(compact.dirtCount).toBe(0);
  });
});

describe('MiniSearch with PostingLists, whatever order claims were added in', () => {
  // A library adds reports as its parse workers finish, or loads a saved index: every order must
  // score alike to the last bit, or near-tied claims come back in another order.
  const orders = [docs, [...docs].reverse(), [...docs.filter((_, i) => i % 3 === 0), ...docs.filter((_, i) => i % 3 !== 0)]];
  const prefixes = ['c', 'co', 'p', 'st', 're'];

  async function built(): Promise<CompactMiniSearch<Doc>[]> {
    const indexes = orders.map((order) => {
      const index = new CompactMiniSearch<Doc>(OPTIONS);
      index.addAll(order);
      return index;
    });
    const saved = indexes[1] as CompactMiniSearch<Doc>;
    return [...indexes, await CompactMiniSearch.fromState(saved.exportState(), OPTIONS)];
  }

  /** Each question's claims and exact scores, claims that tie exactly listed by id. */
  function scored(index: CompactMiniSearch<Doc>): [string, number][][] {
    const lookup = new PostingsLookup(index as unknown as CompactMiniSearch<never>);
    const everyClaim = docs.flatMap((doc) => index.shortIdOf(doc.id) ?? []);
    return QUERIES.map((question) => {
      const query: QueryTerm[] = question.split(' ').map((word) => ({ source: word, boost: 1, fuzzy: 0.2, prefix: true }));
      return tiesById(searchWithin(lookup, query, everyClaim) ?? []);
    });
  }

  it('removes claims listed, but not every claim at once (the compact term map would be lost)', async () => {
    const [index] = await built();
    index?.removeAll(docs.slice(0, 10));
    expect(index?.documentCount).toBe(docs.length - 10);
    expect(() => index?.removeAll()).toThrow(/not supported/);
  });

  it('keeps the same average field lengths', async () => {
    const [first, ...others] = await built();
    for (const index of others) {
      for (const fieldId of [0, 1]) expect(index.averageFieldLength(fieldId)).toBe(first?.averageFieldLength(fieldId));
    }
    // Still so after claims are dropped in another order than they were added.
    for (const index of [first, ...others]) for (const doc of [...docs.slice(50, 90)].reverse()) index?.discard(doc.id);
    for (const index of others) {
      for (const fieldId of [0, 1]) expect(index.averageFieldLength(fieldId)).toBe(first?.averageFieldLength(fieldId));
    }
  });

  it('expands a word to the same terms in the same order, and scores every claim alike', async () => {
    const [first, ...others] = await built();
    if (!first) throw new Error('no index');
    const expansions = (index: CompactMiniSearch<Doc>) => {
      const lookup = new PostingsLookup(index as unknown as CompactMiniSearch<never>);
      return prefixes.map((prefix) => lookup.expand(prefix, 1, true));
    };
    expect(expansions(first).flat().length).toBeGreaterThan(prefixes.length);
    for (const index of others) {
      expect(expansions(index)).toEqual(expansions(first));
      expect(scored(index)).toEqual(scored(first));
    }
  });
});
