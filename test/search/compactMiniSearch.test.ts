import MiniSearch, { type Options } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { CompactMiniSearch } from '../../src/search/compactMiniSearch.js';
import { PostingList } from '../../src/search/postingList.js';

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
