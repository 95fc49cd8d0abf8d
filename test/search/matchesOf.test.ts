import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/search/matchesOf.js';

/** Each match as matchAll's oracle compares it: the groups, where it starts, the named groups. */
function read(matches: Iterable<RegExpMatchArray>): unknown[] {
  return [...matches].map((match) => ({ groups: [...match], index: match.index, named: match.groups }));
}

describe('matchesOf', () => {
  const cases: [string, RegExp][] = [
    ['How much is a litre of milk, and how much is bread?', /\bhow much is\s+(?:a\s+)?(\w+)/gi],
    ['which country and which city', /\bwhich\s+(?<noun>\w+)/gi],
    ['no match here', /\bzebra\b/g],
    ['', /x*/g],
    ['abc', /x*/g],
    ['a😀b😀', /(?:)/gu],
    ['a😀b😀', /(?:)/g],
    ['Größe in Zürich, Aliağa', /\p{Lu}[\p{L}'-]*/gu],
  ];

  it('yields what matchAll yields, empty matches and code points included', () => {
    for (const [text, pattern] of cases) expect(read(matchesOf(text, pattern))).toEqual(read(text.matchAll(pattern)));
  });

  it('leaves the pattern at the text beginning after every match is read and after a loop left early', () => {
    const pattern = /\d+/g;
    expect([...matchesOf('1 22 333', pattern)].map(([digits]) => digits)).toEqual(['1', '22', '333']);
    expect(pattern.lastIndex).toBe(0);
    for (const [digits] of matchesOf('1 22 333', pattern)) if (digits === '22') break;
    expect(pattern.lastIndex).toBe(0);
    expect(pattern.test('7')).toBe(true);
  });

  it('lets the loop read another text with the same pattern', () => {
    const pattern = /\w+/g;
    const pairs: string[] = [];
    for (const [outer] of matchesOf('ab cd', pattern)) for (const [inner] of matchesOf(outer.toUpperCase(), pattern)) pairs.push(`${outer}:${inner}`);
    expect(pairs).toEqual(['ab:AB', 'cd:CD']);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => [...matchesOf('a', /a/)]).toThrow(TypeError);
    expect(() => [...'a'.matchAll(/a/)]).toThrow(TypeError);
  });
});
