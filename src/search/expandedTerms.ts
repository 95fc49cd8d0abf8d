// A query term as search scores it: expanded to the indexed terms it matches (itself, prefix
// completions, typo neighbours) with their postings, and the walks that add their scores to
// claims, every claim or the candidates alone (prunedSearch.ts decides which terms go where).

import type { FieldPostings, PostingsLookup } from './postingsLookup.js';
import { PostingList } from './postingList.js';
import type { QueryTerm } from './prunedSearch.js';
import type { ScoreAccumulator } from './scoreAccumulator.js';

/** A query term with the indexed terms it matches. */
export interface ExpandedTerm {
  /** Index of its source (question word): its bit in a claim's matched words. */
  source: number;
  /** Whether it is the question word itself (not another word for it). */
  own: boolean;
  boost: number;
  /** Every indexed term it matches with the postings to score, and how many there are. */
  matches: { weight: number; postings: FieldPostings[]; count: number }[];
  postingCount: number;
  /** The postings of the word itself, as typed (not its completions or typo neighbours). */
  exactCount: number;
}

/** Each query term expanded; `sources` gives each its bit. */
export function expandAll(lookup: PostingsLookup, query: QueryTerm[], sources: string[]): ExpandedTerm[] {
  return query.map((term) => {
    const looked = term.term ?? term.source;
    let exactCount = 0;
    const matches = lookup.expand(looked, term.fuzzy, term.prefix).map(({ term: derived, weight }) => {
      const postings = lookup.postings(derived);
      const count = postings.reduce((n, p) => n + p.frequencies.size, 0);
      if (derived === looked) exactCount = count;
      return { weight, postings, count };
    });
    const postingCount = matches.reduce((sum, m) => sum + m.count, 0);
    return { source: sources.indexOf(term.source), own: term.term === undefined, boost: term.boost, matches, postingCount, exactCount };
  });
}

/** Adds a term's score to every claim it occurs in. */
export function walkTerm(lookup: PostingsLookup, scores: ScoreAccumulator, term: ExpandedTerm): void {
  for (const { weight, postings } of term.matches) {
    for (const field of postings) walkPostings(lookup, scores, field, weight * term.boost, term.source);
  }
}

/** Adds the terms' scores to the candidates: walking a term's postings when they are fewer. */
export function addScores(lookup: PostingsLookup, scores: ScoreAccumulator, terms: ExpandedTerm[], candidates: number[]): void {
  scores.mark(candidates);
  // In id order, so each long posting list is read forward once (a claim's sum is the same:
  // its scores are added term by term whatever order the claims are visited in).
  const inIdOrder = Int32Array.from(candidates).sort();
  for (const term of terms) {
    for (const { weight, postings } of term.matches) {
      const factor = weight * term.boost;
      for (const field of postings) {
        if (field.frequencies.size < candidates.length) walkPostings(lookup, scores, field, factor, term.source, true);
        else findPostings(lookup, scores, field, factor, term.source, inIdOrder);
      }
    }
  }
}

/**
 * Adds a term's score in one field to those of `claims` (ascending short ids) it occurs in. In a
 * PostingList each is found by galloping forward from the last one found: common terms have
 * thousands of postings, and a search from the start for each candidate cost a quarter of the
 * time of a natural question.
 */
function findPostings(lookup: PostingsLookup, scores: ScoreAccumulator, field: FieldPostings, factor: number, source: number, claims: Int32Array): void {
  const postings = field.frequencies;
  if (!(postings instanceof PostingList)) {
    for (const shortId of claims) {
      const tf = postings.get(shortId);
      if (tf !== undefined) scores.add(shortId, factor * lookup.score(field, shortId, tf), source);
    }
    return;
  }
  const ids = postings.idArray();
  const frequencies = postings.frequencyArray();
  let low = 0; // every id before it is below the claim sought
  for (let c = 0; c < claims.length; c++) {
    const shortId = claims[c] as number;
    let high = low;
    for (let step = 1; high < ids.length && (ids[high] as number) < shortId; step *= 2) {
      low = high + 1;
      high += step;
    }
    high = Math.min(high, ids.length);
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((ids[middle] as number) < shortId) low = middle + 1;
      else high = middle;
    }
    if (low < ids.length && ids[low] === shortId) scores.add(shortId, factor * lookup.score(field, shortId, frequencies[low] as number), source);
  }
}

/**
 * Adds a term's score in one field to every claim it occurs in (or, `markedOnly`, to the marked
 * claims alone). Postings held in a PostingList are read from its arrays: no call per posting.
 */
function walkPostings(lookup: PostingsLookup, scores: ScoreAccumulator, field: FieldPostings, factor: number, source: number, markedOnly = false): void {
  const postings = field.frequencies;
  if (!(postings instanceof PostingList)) {
    postings.forEach((tf, shortId) => {
      if (!markedOnly || scores.isMarked(shortId)) scores.add(shortId, factor * lookup.score(field, shortId, tf), source);
    });
    return;
  }
  const ids = postings.idArray();
  const frequencies = postings.frequencyArray();
  for (let i = 0; i < ids.length; i++) {
    const shortId = ids[i] as number;
    if (!markedOnly || scores.isMarked(shortId)) scores.add(shortId, factor * lookup.score(field, shortId, frequencies[i] as number), source);
  }
}
