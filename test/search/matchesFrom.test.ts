import { describe, expect, it } from 'vitest';
import { countBelow, firstMatchFrom, overlappingMatches } from '../../src/search/matchesFrom.js';

describe('matches found once and read from a place', () => {
  it('keeps a match starting inside the one before it, and leaves the pattern to start over', () => {
    const pattern = /\bdo(?:\s+do)?\b/g;
    expect(overlappingMatches('do do x do', pattern).map((match) => [match.index, match[0]])).toEqual([[0, 'do do'], [3, 'do'], [8, 'do']]);
    expect(pattern.lastIndex).toBe(0);
    expect(() => overlappingMatches('do', /do/)).toThrow(TypeError);
  });

  it('gives the first match at or after a place, and how many numbers are below a bound', () => {
    const matches = overlappingMatches('a.b.c', /\./g);
    expect(firstMatchFrom(matches, 0)?.index).toBe(1);
    expect(firstMatchFrom(matches, 1)?.index).toBe(1);
    expect(firstMatchFrom(matches, 2)?.index).toBe(3);
    expect(firstMatchFrom(matches, 4)).toBeUndefined();
    expect([0, 1, 4, 5].map((bound) => countBelow([1, 3, 3, 4], bound))).toEqual([0, 0, 3, 4]);
  });
});
