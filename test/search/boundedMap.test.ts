import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../src/search/boundedMap.js';

describe('BoundedMap', () => {
  it('holds up to max entries, and forgets them all when one more comes', () => {
    const map = new BoundedMap<string, number>(3);
    map.set('a', 1).set('b', 2).set('c', 3);
    expect([...map]).toEqual([['a', 1], ['b', 2], ['c', 3]]);
    map.set('d', 4);
    expect([...map]).toEqual([['d', 4]]);
    expect(map.get('a')).toBeUndefined();
  });

  it('behaves as one Map when its entries are spread over several', () => {
    const max = 5000;
    const map = new BoundedMap<string, number>(max);
    const words = Array.from({ length: max }, (_, i) => `word ${i} ${'x'.repeat(i % 7)}`);
    words.forEach((word, i) => {
      map.set(word, i);
      // A word set again does not count twice.
      if (i === 1) map.set(words[0] as string, -1);
    });
    expect(map.size).toBe(max);
    expect(words.every((word, i) => map.get(word) === (i === 0 ? -1 : i))).toBe(true);
    expect(map.has('')).toBe(false);
    expect(new Map(map)).toEqual(new Map(words.map((word, i) => [word, i === 0 ? -1 : i])));
    expect(map.delete(words[1] as string)).toBe(true);
    expect(map.delete(words[1] as string)).toBe(false);
    expect(map.size).toBe(max - 1);
    map.set('', 0).set('one more', 1);
    expect(map.size).toBe(1);
    expect(map.get('one more')).toBe(1);
    expect(map.get('')).toBeUndefined();
    expect([...map]).toEqual([['one more', 1]]);
  });
});
