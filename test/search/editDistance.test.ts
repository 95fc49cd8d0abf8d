import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/search/editDistance.js';

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
