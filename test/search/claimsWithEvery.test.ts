import { describe, expect, it } from 'vitest';
import { claimsWithEvery } from '../../src/search/claimsWithEvery.js';
import { PostingList } from '../../src/search/postingList.js';
import type { FieldPostings } from '../../src/search/postingsLookup.js';

/** searchPhrases' listing before claimsWithEvery, the oracle: each claim of the rarest word looked up in every other word's fields. */
function oracle(rarest: readonly FieldPostings[], others: readonly (readonly FieldPostings[])[]): number[] {
  const listed = new Set<number>();
  for (const field of rarest) {
    for (const shortId of field.frequencies.keys()) {
      if (!listed.has(shortId) && others.every((postings) => postings.some((p) => p.frequencies.has(shortId)))) listed.add(shortId);
    }
  }
  return [...listed];
}

function field(ids: readonly number[], asMap = false): FieldPostings {
  const postings = new Map([...new Set(ids)].sort((a, b) => a - b).map((id) => [id, 1]));
  return { fieldId: 0, boost: 1, frequencies: asMap ? postings : PostingList.from(postings), idf: 1, avgLength: 1 };
}

/** A seeded generator (mulberry32), so a failure is the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('claimsWithEvery', () => {
  it('lists the claims in the order, and only those, the lookups per claim listed', () => {
    const next = random(46);
    for (let round = 0; round < 150; round++) {
      const asMap = round % 5 === 4;
      const bound = 1 + Math.floor(next() * 3000);
      const words = (sizes: number): FieldPostings[] =>
        Array.from({ length: 1 + Math.floor(next() * 3) }, () => field(Array.from({ length: Math.floor(next() * sizes) }, () => Math.floor(next() * bound)), asMap && next() < 0.5));
      const rarest = words(200);
      const others = Array.from({ length: Math.floor(next() * 4) }, () => words(2500));
      expect([...claimsWithEvery(rarest, others)]).toEqual(oracle(rarest, others));
    }
  });

  it('keeps a claim once when two fields of the rarest word hold it, in the first field\'s place', () => {
    const rarest = [field([9, 3]), field([1, 3, 5])];
    const others = [[field([1, 2, 3]), field([5, 9])]];
    expect([...claimsWithEvery(rarest, others)]).toEqual([3, 9, 1, 5]);
  });

  it('lists every claim of the rarest word when there is no other word, and none when it has none', () => {
    expect([...claimsWithEvery([field([4, 2, 8])], [])]).toEqual([2, 4, 8]);
    expect([...claimsWithEvery([], [[field([1])]])]).toEqual([]);
  });
});
