// The claims that can hold a question's quoted phrases: those with each of the phrases' words
// (exactly, in some field), listed from the rarest word's postings (prunedSearch.ts searchPhrases).
// The other words' sorted id lists are read forward beside the rarest word's, not searched once per
// claim and word: a phrase's rarest word can be in hundreds of claims, and each search was a binary
// search behind two closures, in the slowest first-seen answers (bench/README.md, forty-sixth session).

import type { FieldPostings } from './postingsLookup.js';
import { firstAtLeast, PostingList } from './postingList.js';

/**
 * The short ids `rarest` holds (its fields in order, each field's ids in order, each id once) that
 * every word of `others` holds too, in one of its fields.
 */
export function claimsWithEvery(rarest: readonly FieldPostings[], others: readonly (readonly FieldPostings[])[]): Set<number> {
  const listed = new Set<number>();
  const sorted = others.every((fields) => fields.every((field) => field.frequencies instanceof PostingList));
  for (const field of rarest) {
    const postings = field.frequencies;
    if (!sorted || !(postings instanceof PostingList)) {
      // Maps (MiniSearch's public API): each claim looked up.
      for (const shortId of postings.keys()) if (!listed.has(shortId) && heldByEvery(others, shortId)) listed.add(shortId);
      continue;
    }
    const ids = postings.idArray();
    const lists = others.map((fields) => fields.map((other) => (other.frequencies as PostingList).idArray()));
    // Where each list was last read: the ids sought only grow within one field of the rarest word.
    const cursors = lists.map((fields) => new Int32Array(fields.length));
    for (let i = 0; i < ids.length; i++) {
      const shortId = ids[i] as number;
      if (listed.has(shortId)) continue;
      let every = true;
      for (let w = 0; w < lists.length && every; w++) {
        const fields = lists[w] as Uint32Array[];
        const at = cursors[w] as Int32Array;
        every = false;
        for (let f = 0; f < fields.length; f++) {
          const list = fields[f] as Uint32Array;
          const found = firstAtLeast(list, at[f] as number, shortId);
          at[f] = found;
          if (found < list.length && list[found] === shortId) {
            every = true;
            break;
          }
        }
      }
      if (every) listed.add(shortId);
    }
  }
  return listed;
}

function heldByEvery(others: readonly (readonly FieldPostings[])[], shortId: number): boolean {
  for (const fields of others) {
    let held = false;
    for (const field of fields) {
      if (field.frequencies.has(shortId)) {
        held = true;
        break;
      }
    }
    if (!held) return false;
  }
  return true;
}
