import { describe, expect, it } from 'vitest';
import { editDistance, editDistanceWithSwaps } from '../../src/search/editDistance.js';

describe('editDistance', () => {
  it('counts the letters inserted, deleted or replaced to make one string the other', () => {
    expect(editDistance('limit', 'limit')).toBe(0);
    expect(editDistance('limt', 'limit')).toBe(1);
    expect(editDistance('limit', 'limt')).toBe(1);
    expect(editDistance('json', 'jsan')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('counts a swap of two neighbouring letters as two edits', () => {
    expect(editDistance('reprot', 'report')).toBe(2);
  });

  it('is the other string’s length when one is empty', () => {
    expect(editDistance('', 'width')).toBe(5);
    expect(editDistance('width', '')).toBe(5);
    expect(editDistance('', '')).toBe(0);
  });
});

describe('editDistanceWithSwaps', () => {
  it('counts a swap of two neighbouring letters as one edit, and the rest as editDistance does', () => {
    expect(editDistanceWithSwaps('hosue', 'house')).toBe(1);
    expect(editDistanceWithSwaps('urugauy', 'uruguay')).toBe(1);
    expect(editDistanceWithSwaps('reprot', 'report')).toBe(1);
    expect(editDistanceWithSwaps('kitten', 'sitting')).toBe(3);
    expect(editDistanceWithSwaps('limt', 'limit')).toBe(1);
    expect(editDistanceWithSwaps('', 'width')).toBe(5);
    expect(editDistanceWithSwaps('width', '')).toBe(5);
    // Each letter swapped once: "ca" to "abc" is three edits, not two.
    expect(editDistanceWithSwaps('ca', 'abc')).toBe(3);
  });
});
