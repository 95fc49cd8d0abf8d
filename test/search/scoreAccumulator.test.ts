import { describe, expect, it } from 'vitest';
import { CompactMiniSearch } from '../../src/search/compactMiniSearch.js';
import { PostingsLookup } from '../../src/search/postingsLookup.js';
import { ScoreAccumulator } from '../../src/search/scoreAccumulator.js';
import { compareTied } from '../../src/search/tiedClaims.js';

// Five documents with short ids 0-4; scores are set by hand, so only the ids matter here.
const miniSearch = new CompactMiniSearch<{ id: string; text: string }>({ fields: ['text'] });
miniSearch.addAll(['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: id })));
const lookup = new PostingsLookup(miniSearch);

function scored(scores: [number, number][]): ScoreAccumulator {
  const accumulator = ScoreAccumulator.for(lookup);
  accumulator.clear();
  for (const [shortId, score] of scores) accumulator.add(shortId, score, 0);
  return accumulator;
}

describe('ScoreAccumulator', () => {
  it('makes results of the best claims only, best first, ties (of equal lengths here) by claim id whatever the order given', () => {
    const accumulator = scored([[0, 1], [1, 3], [2, 2], [3, 3], [4, 2]]);
    const all = accumulator.results(lookup, [0, 1, 2, 3, 4]);
    expect(all.map((r) => r.id)).toEqual(['b', 'd', 'c', 'e', 'a']);
    expect(accumulator.results(lookup, [0, 1, 2, 3, 4], 3)).toEqual(all.slice(0, 3));
    // c and e tie at the cut: c by its id, though e is given first.
    expect(accumulator.results(lookup, [4, 3, 2, 1, 0], 3).map((r) => r.id)).toEqual(['b', 'd', 'c']);
    expect(all[0]).toEqual({ id: 'b', score: 3 });
  });

  it('visits given claims best first, ties by claim id, until told to stop, skipping those that matched nothing', () => {
    const accumulator = scored([[1, 2], [2, 5], [3, 2], [4, 2]]);
    const visited: number[] = [];
    accumulator.visitRanked(lookup, 2, (shortId) => visited.push(shortId) < 4, [0, 4, 1, 3, 2]);
    // b (1), d (3) and e (4) tie: b makes the first batch of 2 by its id, though e is given first.
    expect(visited).toEqual([2, 1, 3, 4]);
  });

  it('visits every claim touched best first, ties by claim id, whatever the order they were scored in', () => {
    const accumulator = scored([[4, 2], [3, 2], [2, 5], [1, 2], [0, 1]]);
    const visited: number[] = [];
    accumulator.visitRanked(lookup, 2, (shortId) => visited.push(shortId) < 5);
    expect(visited).toEqual([2, 1, 3, 4, 0]);
  });

  it('takes the shorter of tied claims first, whatever their ids, then by id', () => {
    // Short ids 0-3: "p" and "q" are longer than "r" and "s"; all four tie on the score given.
    const lengths = new CompactMiniSearch<{ id: string; text: string }>({ fields: ['text'] });
    lengths.addAll([
      { id: 'p', text: 'alpha beta gamma delta' },
      { id: 'q', text: 'alpha beta gamma delta' },
      { id: 's', text: 'alpha' },
      { id: 'r', text: 'alpha' },
    ]);
    const lookup2 = new PostingsLookup(lengths);
    const accumulator = ScoreAccumulator.for(lookup2);
    accumulator.clear();
    for (const shortId of [0, 1, 2, 3]) accumulator.add(shortId, 1, 0);
    expect(accumulator.results(lookup2, [0, 1, 2, 3], 2).map((r) => r.id)).toEqual(['r', 's']);
    expect(accumulator.results(lookup2, [0, 1, 2, 3]).map((r) => r.id)).toEqual(['r', 's', 'p', 'q']);
    const visited: number[] = [];
    accumulator.visitRanked(lookup2, 1, (shortId) => visited.push(shortId) < 4);
    expect(visited).toEqual([3, 2, 0, 1]);
    accumulator.clear();
  });

  it('orders a short run of tied claims (in place) and a long one (sorted) alike: shorter first, then by id, a removed claim last', () => {
    // 24 claims tie at 2 (a long run) with lengths in no order of the short ids; 5 at 1 (a short
    // run) of one length, so their ids decide, one of them removed.
    const words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'];
    const docs = Array.from({ length: 29 }, (_, i) => ({ id: `c${(i * 7) % 29}`, text: i < 24 ? words.slice(0, 1 + ((i * 3) % 5)).join(' ') : 'alpha beta' }));
    const index = new CompactMiniSearch<{ id: string; text: string }>({ fields: ['text'] });
    index.addAll(docs);
    index.discard(docs[26]?.id);
    const lookup3 = new PostingsLookup(index);
    const accumulator = ScoreAccumulator.for(lookup3);
    accumulator.clear();
    const shortIds = docs.map((_, i) => i);
    for (const shortId of [...shortIds].reverse()) accumulator.add(shortId, shortId < 24 ? 2 : 1, 0);
    const expected = (among: number[]): (string | undefined)[] =>
      among
        .map((shortId) => ({ id: lookup3.idOf(shortId), length: lookup3.relativeLength(shortId) }))
        .sort(compareTied)
        .map(({ id }) => id);
    const inOrder = [...expected(shortIds.slice(0, 24)), ...expected(shortIds.slice(24))];
    expect(inOrder.slice(24)).toEqual(['c1', 'c15', 'c22', 'c23', undefined]);
    expect(accumulator.results(lookup3, shortIds).map((r) => r.id)).toEqual(inOrder.slice(0, 28));
    const visited: number[] = [];
    accumulator.visitRanked(lookup3, 30, (shortId) => visited.push(shortId) < 29);
    expect(visited.map((shortId) => lookup3.idOf(shortId))).toEqual(inOrder);
    accumulator.clear();
  });

  it('starts every search from nothing', () => {
    scored([[1, 2]]);
    const accumulator = scored([]);
    expect(accumulator.touchedCount()).toBe(0);
    expect(accumulator.matched(1)).toBe(0);
    expect(accumulator.results(lookup, [1])).toEqual([]);
  });

  it('refuses a search started inside a visit, which would overwrite the scores being visited, and stays usable', () => {
    const accumulator = scored([[1, 2], [2, 5]]);
    expect(() => accumulator.visitRanked(lookup, 2, () => ScoreAccumulator.for(lookup) === accumulator)).toThrow(/inside another search/);
    const visitAgain = (): boolean => {
      accumulator.visitRanked(lookup, 1, () => true);
      return true;
    };
    expect(() => accumulator.visitRanked(lookup, 2, visitAgain)).toThrow(/inside its own visit/);
    // The guard is lifted once a visit ends, thrown out of or not.
    expect(ScoreAccumulator.for(lookup)).toBe(accumulator);
    const visited: number[] = [];
    accumulator.visitRanked(lookup, 2, (shortId) => visited.push(shortId) < 2);
    expect(visited).toEqual([2, 1]);
  });
});
