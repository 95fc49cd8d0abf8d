import { describe, expect, it } from 'vitest';
import SearchableMap from 'minisearch/SearchableMap';
import { generateReport } from '../../bench/generateReport.js';
import { DeletionIndex, termsInWalkOrder } from '../../src/search/deletionIndex.js';
import { FuzzyTrie } from '../../src/search/fuzzyTrie.js';
import { termsOf } from '../../src/search/termsOf.js';

type Tree = Map<string, unknown>;

// The words of generated reports as the index keeps them (termsOf), added to a SearchableMap
// (MiniSearch's term index) in the order they come, so some terms end at a node after the
// subtrees of keys added before them ("abcdefg" after "abcdefgh" and "abcdefgi").
function vocabulary(): SearchableMap<number> {
  const map = new SearchableMap<number>();
  for (let i = 0; i < 60; i++) for (const term of termsOf(generateReport(3, i).text)) map.set(term, (map.get(term) ?? 0) + 1);
  for (const term of ['abcdefgh', 'abcdefgi', 'abcdefg', 'bacdefgh', 'aabbccdd', 'abab', 'ab', 'été', 'ete', 'zzzzzzzzzz']) map.set(term, 1);
  return map;
}

/** Words one or two edits from `term`: a letter dropped, doubled, replaced, two swapped, and two of these. */
function typos(term: string): string[] {
  const swap = (s: string, i: number): string => s.slice(0, i) + (s[i + 1] ?? '') + (s[i] ?? '') + s.slice(i + 2);
  const one = [term.slice(1), term.slice(0, -1), term.slice(0, 2) + term.slice(3), `${term}s`, `x${term}`, term.slice(0, 3) + term.slice(2), swap(term, 1), term.replace(/[aeiou]/, 'y')];
  return [...one, ...one.map((t) => swap(t, t.length - 2)), ...one.map((t) => t.replace(/[aeiou]$/, 'q'))];
}

describe('DeletionIndex', () => {
  const map = vocabulary();
  const tree = map._tree as unknown as Tree;
  const trie = new FuzzyTrie(tree);
  const index = DeletionIndex.of(tree);

  it('lists the terms in the order the walk meets them', () => {
    const inWalkOrder = termsInWalkOrder(tree);
    expect(inWalkOrder).toHaveLength(map.size);
    // Every term is within 100 edits of '': the walk's whole order.
    expect(trie.near('', 100).map(([term]) => term)).toEqual(inWalkOrder);
    // A term ending at a node after the subtree of a key added before it: the case where a term's
    // number in FuzzyTrie is not its place in the walk.
    expect(inWalkOrder.indexOf('abcdefg')).toBeGreaterThan(inWalkOrder.indexOf('abcdefgi'));
  });

  it('finds the terms, distances and order the trie walk finds, for indexed words and their typos at distances 1 and 2', () => {
    expect(index).toBeDefined();
    const words = [...map.keys()].filter((term) => term.length >= 3);
    expect(words.length).toBeGreaterThan(1000);
    // Each query once (a typo of one word is often another word, or the same typo of it twice), and
    // the answers compared as text, all checked at the end: one expect per query cost more than
    // the index it checks.
    const queries = new Set(words.flatMap((word) => [word, ...typos(word)]));
    let found = 0;
    let orderMatters = 0;
    const differing: { query: string; distance: number; index: unknown; walk: unknown }[] = [];
    for (const query of queries) {
      for (const distance of [1, 2]) {
        const walked = trie.near(query, distance);
        const indexed = index?.near(query, distance);
        if (JSON.stringify(indexed) !== JSON.stringify(walked)) differing.push({ query, distance, index: indexed, walk: walked });
        found += walked.length;
        if (walked.some(([term], i) => i > 0 && term < (walked[i - 1]?.[0] as string))) orderMatters++;
      }
    }
    expect(differing.slice(0, 5), `${differing.length} of ${queries.size * 2} differ`).toEqual([]);
    expect(queries.size).toBeGreaterThan(20_000);
    expect(found).toBeGreaterThan(50_000);
    expect(orderMatters).toBeGreaterThan(100);
  });

  it('finds what fuzzyGet finds, and leaves a distance above two to the walk', () => {
    for (const query of ['evidnce', 'programme', 'abcdefg', 'bacdefhg', 'ete', 'x', '', 'qqqqqqqq']) {
      for (const distance of [1, 2]) {
        const expected = [...map.fuzzyGet(query, distance)].map(([term, [, d]]) => [term, d]);
        expect(index?.near(query, distance), `${query} ${distance}`).toEqual(expected);
      }
    }
    expect(index?.near('evidence', 3)).toBeUndefined();
  });

  it('is not built when the terms would file more deletions than its bound (the walk is used then)', () => {
    expect(DeletionIndex.of(tree, map.size * 10)).toBeUndefined();
    expect(DeletionIndex.of(tree, map.size * 100)?.termCount).toBe(map.size);
  });
});
