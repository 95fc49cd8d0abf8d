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
});
