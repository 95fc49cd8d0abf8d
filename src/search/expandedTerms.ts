// A query term as search scores it: expanded to the indexed terms it matches (itself, prefix
// completions, typo neighbours) with their postings, and the walks that add their scores to
// claims, every claim or the candidates alone (prunedSearch.ts decides which terms go where).

import type { FieldPostings, PostingsLookup, TermMatches } from './postingsLookup.js';
import { firstAtLeast, PostingList } from './postingList.js';
import type { QueryTerm } from './prunedSearch.js';
import type { ScoreAccumulator } from './scoreAccumulator.js';

/**
 * A field's postings are read whole, each checked against the candidates' marks, when fewer than
 * this many per candidate; else each candidate is looked for in them (galloping). Read in order,
 * a list is in the CPU caches a line ahead; each gallop's probes are a cache miss after idle time
 * and a branch guessed wrong (bench/README.md, fifth session).
 */
const SCAN_RATIO = 8;

/** A query term with the indexed terms it matches. */
export interface ExpandedTerm {
  /** Index of its source (question word): its bit in a claim's matched words. */
  source: number;
  /** Whether it is the question word itself (not another word for it). */
  own: boolean;
  boost: number;
  /** Every indexed term it matches with the postings to score, and how many there are. */
  matches: TermMatches['matches'];
  postingCount: number;
  /** The postings of the word itself, as typed (not its completions or typo neighbours). */
  exactCount: number;
}

/**
 * An expanded term: the one place one is built, so every term has one hidden class (V8 gives an
 * object spread or a literal with its fields in another order another one, and the search's
 * loops, optimized in the start-up warm-up, are thrown away at the first other: bench/README.md,
 * twentieth session).
 */
export function expandedTerm(source: number, own: boolean, boost: number, matches: ExpandedTerm['matches'], postingCount: number, exactCount: number): ExpandedTerm {
  return { source, own, boost, matches, postingCount, exactCount };
}

/** Each query term expanded; `sources` gives each its bit. */
export function expandAll(lookup: PostingsLookup, query: QueryTerm[], sources: string[]): ExpandedTerm[] {
  // By push into one literal (not .map): a .map's array is another kind to V8 once the search
  // calling this is optimized, and split's code, compiled for the first, was thrown away (bench/README.md).
  const terms: ExpandedTerm[] = [];
  for (const term of query) {
    const { matches, exactCount, postingCount } = lookup.matches(term.term ?? term.source, term.fuzzy, term.prefix);
    terms.push(expandedTerm(sources.indexOf(term.source), term.term === undefined, term.boost, matches, postingCount, exactCount));
  }
  return terms;
}

/** Adds a term's score to every claim it occurs in. */
export function walkTerm(lookup: PostingsLookup, scores: ScoreAccumulator, term: ExpandedTerm): void {
  for (const { weight, postings } of term.matches) {
    for (const field of postings) walkPostings(lookup, scores, field, weight * term.boost, term.source);
  }
}

/** Adds the terms' scores to the candidates: reading a field's postings whole when they are few (SCAN_RATIO), else finding each candidate in them. */
export function addScores(lookup: PostingsLookup, scores: ScoreAccumulator, terms: ExpandedTerm[], candidates: number[]): void {
  scores.mark(candidates);
  // In id order, so each long posting list is read forward once (a claim's sum is the same:
  // its scores are added term by term whatever order the claims are visited in).
  const inIdOrder = Int32Array.from(candidates).sort();
  for (const term of terms) {
    for (const { weight, postings } of term.matches) {
      const factor = weight * term.boost;
      for (const field of postings) {
        if (field.frequencies.size < SCAN_RATIO * candidates.length) walkPostings(lookup, scores, field, factor, term.source, true);
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
  const score = lookup.scorer(field);
  let low = 0; // every id before it is below the claim sought
  for (let c = 0; c < claims.length; c++) {
    const shortId = claims[c] as number;
    low = firstAtLeast(ids, low, shortId);
    if (low < ids.length && ids[low] === shortId) scores.add(shortId, factor * score(shortId, frequencies[low] as number), source);
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
  const score = lookup.scorer(field);
  for (let i = 0; i < ids.length; i++) {
    const shortId = ids[i] as number;
    if (!markedOnly || scores.isMarked(shortId)) scores.add(shortId, factor * score(shortId, frequencies[i] as number), source);
  }
}
