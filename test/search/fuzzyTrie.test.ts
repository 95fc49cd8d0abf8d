import { describe, expect, it } from 'vitest';
import SearchableMap from 'minisearch/SearchableMap';
import { generateReport } from '../../bench/generateReport.js';
import { FuzzyTrie } from '../../src/search/fuzzyTrie.js';
import { termsOf } from '../../src/search/termsOf.js';

// The words of generated reports, added to a SearchableMap (MiniSearch's term index) in the order
// they come: what fuzzyGet finds is compared with what the copy in typed arrays finds.
function vocabulary(): SearchableMap<number> {
  const map = new SearchableMap<number>();
  for (let i = 0; i < 60; i++) for (const term of termsOf(generateReport(1, i).text)) map.set(term, (map.get(term) ?? 0) + 1);
  // Words that split edges late, share long prefixes, or are one letter apart.
  for (const term of ['a', 'ab', 'abc', 'abd', 'abcdefgh', 'abcdefgi', 'zz', 'zzz', 'été', 'ete']) map.set(term, 1);
  return map;
}

describe('FuzzyTrie', () => {
  it('finds the terms, distances and order SearchableMap.fuzzyGet finds, at every distance', () => {
    const map = vocabulary();
    const trie = new FuzzyTrie(map._tree as unknown as Map<string, unknown>);
    expect(trie.termCount).toBe(map.size);
    const queries = [...[...map.keys()].filter((_, i) => i % 7 === 0), 'abce', 'zzzz', 'ete', 'x', 'programm', 'pattern', 'qqqqqqqq', 'technolog'];
    let found = 0;
    for (const query of queries) {
      for (const distance of [1, 2, 3]) {
        const expected = [...map.fuzzyGet(query, distance)].map(([term, [, d]]) => [term, d]);
        expect(trie.near(query, distance), `${query} ${distance}`).toEqual(expected);
        found += expected.length;
      }
    }
    expect(found).toBeGreaterThan(1000);
  });

  it('finds what fuzzyGet finds for long words no term is, three and four edits away', () => {
    const map = vocabulary();
    const trie = new FuzzyTrie(map._tree as unknown as Map<string, unknown>);
    const long = [...map.keys()].filter((term) => term.length >= 9).filter((_, i) => i % 5 === 0);
    // Three letters replaced, as the warm-up's far typos are (and a letter added, one dropped).
    const queries = [...long.map((term) => [...term].map((c, i) => (i % 3 === 1 ? 'x' : c)).join('')), ...long.map((term) => `${term}s`), ...long.map((term) => term.slice(1)), 'chromodynamics', 'abcdefghij'];
    let found = 0;
    for (const query of queries) {
      for (const distance of [3, 4]) {
        const expected = [...map.fuzzyGet(query, distance)].map(([term, [, d]]) => [term, d]);
        expect(trie.near(query, distance), `${query} ${distance}`).toEqual(expected);
        found += expected.length;
      }
    }
    expect(queries.length).toBeGreaterThan(30);
    expect(found).toBeGreaterThan(100);
  });
});
