import { describe, expect, it } from 'vitest';
import { CompactTermMap, type FieldData } from '../../src/search/compactTermMap.js';

const newMap = (): FieldData => new Map();

/** How often the radix tree's root is walked (createPath and lookup read its keys). */
function countRootWalks(terms: CompactTermMap): () => number {
  const root = (terms as unknown as { _tree: Map<string, unknown> })._tree;
  const keys = root.keys.bind(root);
  let walks = 0;
  root.keys = () => {
    walks++;
    return keys();
  };
  return () => walks;
}

describe('CompactTermMap fetch', () => {
  // Indexing fetches a term for every word of every claim: walking the tree each time was most of adding a posting.
  it('gives a term it has fetched without walking the radix tree again', () => {
    const terms = new CompactTermMap();
    const heat = terms.fetch('heat', newMap);
    terms.fetch('heating', newMap);
    terms.fetch('heap', newMap);
    const walks = countRootWalks(terms);
    expect(terms.fetch('heat', newMap)).toBe(heat);
    expect(walks()).toBe(0);
    expect(terms.get('heat')).toBe(heat);
  });

  it('gives what the tree holds after a set, an update, a delete, a clear and once it forgets', () => {
    const terms = new CompactTermMap();
    const first = terms.fetch('roof', newMap);
    const set: FieldData = new Map();
    terms.set('roof', set);
    expect(terms.fetch('roof', newMap)).toBe(set);
    const updated: FieldData = new Map();
    terms.update('roof', () => updated);
    expect(terms.fetch('roof', newMap)).toBe(updated);
    terms.delete('roof');
    expect(terms.has('roof')).toBe(false);
    const again = terms.fetch('roof', newMap);
    expect([first, set, updated]).not.toContain(again);
    expect(terms.get('roof')).toBe(again);
    terms.clear();
    const afterClear = terms.fetch('roof', newMap);
    expect(afterClear).not.toBe(again);
    expect(terms.get('roof')).toBe(afterClear);
    terms.forgetFetched();
    expect(terms.fetch('roof', newMap)).toBe(afterClear);
    expect(terms.size).toBe(1);
  });

  it('records a staging index term order once per term, as before', () => {
    const terms = new CompactTermMap();
    terms.recordNewTerms();
    for (const term of ['b', 'a', 'b', 'c', 'a']) terms.fetch(term, newMap);
    expect(terms.addedTerms()).toEqual(['b', 'a', 'c']);
  });
});
