// Search for large libraries. Common terms are where search time goes: "study", "effect", "cost"
// or "risk" (and their synonyms) occur in a third of the claims or more, and MiniSearch scores
// every claim a query term matches (bench/README.md has the figures). As Lucene's
// common-terms query does, only claims matching a telling (rarer) term of the question are
// scored, by all of its terms: first the telling terms' postings are walked, the best candidates
// kept, then the common terms are looked up in those candidates alone. Scores are MiniSearch's
// own for the claims scored (same fuzzy, prefix, boosts, BM25+, times the number of question
// terms matched); what changes is that a claim matching only common words of a question with
// telling ones is not returned (unless too few claims have the telling ones: then the next
// rarest words select too), and only the best candidates by their telling terms are completed.
// Measured on the eval questions hidden among 20k generated claims (bench/rankingAtScale.ts):
// as good as exhaustive scoring; see bench/README.md.

import { claimsWithEvery } from './claimsWithEvery.js';
import { addScores, expandAll, expandedTerm, walkTerm, type ExpandedTerm } from './expandedTerms.js';
import type { PostingsLookup } from './postingsLookup.js';
import { ScoreAccumulator } from './scoreAccumulator.js';

/** Below this many claims every question is scored exhaustively: it is fast, and the eval sets
 * (under 100 claims) measure exactly the ranking the search options were tuned on. */
export const PRUNING_MIN_DOCUMENTS = 2000;
/**
 * A query term whose matches (postings, all fields, fuzzy and prefix included) exceed this share of
 * the claims is common. At 0.05 the top answer is nearly always the exhaustive one and eval recall
 * at scale is unchanged; 0.01 was faster and as good at scale but kept the exhaustive top answer
 * far less often (bench/README.md).
 */
export const COMMON_TERM_SHARE = 0.05;
/** When every term is common, the one with fewest matches selects, if under this share. */
const ALL_COMMON_SHARE = 0.25;
/** Candidates kept (by their telling terms' score) for common terms to be added to: four pages of
 * answers (MAX_ITEMS 50); 500 was no better at scale and slower. */
export const MAX_CANDIDATES = 200;
/** Matched question words are kept as bits of two 32-bit numbers per claim (synonyms add many). */
const MAX_SOURCES = 64;

/** One term of the query as MiniSearch would search it. */
export interface QueryTerm {
  /** The question word it is or stands for; claims are ranked by how many distinct ones they match. */
  source: string;
  /** The word to look up, when not the source itself (an expansion of the question word). */
  term?: string;
  /** Multiplies the term's score (synonyms count less than the question's own words). */
  boost: number;
  /** A ratio of the term's length, or an edit distance (1 or more), as MiniSearch's `fuzzy`. */
  fuzzy: number | false;
  prefix: boolean;
}

/** A claim found, with its score (higher is better). */
export interface ScoredClaim {
  id: string;
  score: number;
}

export interface PruneOptions {
  commonShare?: number;
  maxCandidates?: number;
  /** Only claims (short ids) it accepts are candidates: live claims the question's filters pass (claimFilter.ts's shortIdTest). */
  filter?: (shortId: number) => boolean;
  /** Results wanted, best first (default: all). An answer keeps 50 (MAX_ITEMS) of the 200
   * candidates: building, copying and collecting the rest cost more than scoring them. */
  limit?: number;
}

/** Ranked claims, or null when the question is better scored exhaustively (nothing common to skip). */
export function prunedSearch(
  lookup: PostingsLookup,
  query: QueryTerm[],
  { commonShare = COMMON_TERM_SHARE, maxCandidates = MAX_CANDIDATES, filter, limit }: PruneOptions = {},
): ScoredClaim[] | null {
  const documentCount = lookup.documentCount;
  if (documentCount < PRUNING_MIN_DOCUMENTS) return null;
  const sources = sourcesOf(query);
  if (!sources) return null;
  const { telling, common } = split(expandAll(lookup, query, sources), documentCount, commonShare);
  if (!telling) return null;
  // With nothing common to skip every match is walked: the best `maxCandidates` are the
  // exhaustive result's first ones, and the rest are never shown (answers keep 50).
  const keep = maxCandidates;

  const scores = ScoreAccumulator.for(lookup);
  try {
    // Telling terms: walk their postings.
    for (const term of telling) walkTerm(lookup, scores, term);
    // Fewer claims have them than are kept: the question's next rarest words select too, as a
    // claim may say the rest in common words ("which state made utilities test for
    // microplastics?": the answer says "suppliers", and "microplastics" is common).
    const remaining = [...common];
    while (scores.touchedCount() < keep) {
      // The question's own word with fewest exact postings, the first of them on a tie (a stable sort's first).
      let next: ExpandedTerm | undefined;
      for (const term of remaining) {
        if (term.own && term.postingCount <= ALL_COMMON_SHARE * documentCount && (next === undefined || term.exactCount < next.exactCount)) next = term;
      }
      if (!next) break;
      const source = next.source;
      for (const term of termsWhere(remaining, (t) => t.source === source)) {
        walkTerm(lookup, scores, term);
        remaining.splice(remaining.indexOf(term), 1);
      }
    }
    // The best by their telling terms, filtered in that order (a filter can cost), until enough pass.
    const candidates: number[] = [];
    scores.visitRanked(lookup, keep, (shortId) => {
      if (filter ? filter(shortId) : lookup.idOf(shortId) !== undefined) candidates.push(shortId);
      return candidates.length < keep;
    });
    // Nothing matched at all: so would exhaustive search. All filtered out: claims matching only
    // common words might pass, so let exhaustive search look.
    if (candidates.length === 0) return scores.touchedCount() === 0 || !filter ? [] : null;
    // Common terms: add them to the candidates alone.
    addScores(lookup, scores, remaining, candidates);
    return scores.results(lookup, candidates, limit);
  } finally {
    scores.clear();
  }
}

/**
 * The claims `within` (short ids), scored by every query term exactly as MiniSearch's search would
 * score them, without walking any postings: for questions scoped to a few claims (one report).
 */
export function searchWithin(lookup: PostingsLookup, query: QueryTerm[], within: Iterable<number>): ScoredClaim[] | null {
  const sources = sourcesOf(query);
  if (!sources) return null;
  const scores = ScoreAccumulator.for(lookup);
  try {
    const candidates = [...new Set(within)];
    addScores(lookup, scores, expandAll(lookup, query, sources), candidates);
    return scores.results(lookup, candidates);
  } finally {
    scores.clear();
  }
}

/**
 * Claims that can contain every phrase of the question: only claims with each of the phrases'
 * words (exactly, in some field) can, so those are listed from the rarest word's postings,
 * scored as in searchWithin, then passed through `filter` (which checks the phrases, at a cost
 * per claim) best first, until `maxCandidates` pass.
 */
export function searchPhrases(
  lookup: PostingsLookup,
  query: QueryTerm[],
  phraseWords: readonly string[],
  { filter, maxCandidates = MAX_CANDIDATES, limit }: Pick<PruneOptions, 'filter' | 'maxCandidates' | 'limit'> = {},
): ScoredClaim[] | null {
  const words = [...new Set(phraseWords)].map((word) => ({ word, count: lookup.occurrences(word) }));
  if (words.length === 0) return [];
  words.sort((a, b) => a.count - b.count);
  const [rarest, ...others] = words.map(({ word }) => lookup.postings(word));
  const listed = claimsWithEvery(rarest ?? [], others);
  const sources = sourcesOf(query);
  if (!sources) return null;
  const scores = ScoreAccumulator.for(lookup);
  try {
    const candidates = [...listed];
    addScores(lookup, scores, expandAll(lookup, query, sources), candidates);
    // Best first through the filter; only the claims that pass are made results. Every term is
    // scored already, so the visit order is the results' order: the first `limit` to pass are
    // the results, and checking more phrases would only find claims dropped after.
    const wanted = Math.min(maxCandidates, limit ?? Infinity);
    const passed: number[] = [];
    scores.visitRanked(
      lookup,
      wanted,
      (shortId) => {
        if (filter ? filter(shortId) : lookup.idOf(shortId) !== undefined) passed.push(shortId);
        return passed.length < wanted;
      },
      candidates,
    );
    return scores.results(lookup, passed, limit);
  } finally {
    scores.clear();
  }
}

/** The distinct sources of the query, or null when there are more than a claim's bits can hold. */
function sourcesOf(query: QueryTerm[]): string[] | null {
  const sources = [...new Set(query.map((term) => term.source))];
  return sources.length <= MAX_SOURCES ? sources : null;
}

/**
 * Telling terms select candidates; null when none can (then search exhaustively). A question
 * word is common when it is, as typed, in more than `commonShare` of the claims; its other words
 * (synonyms, completions, typo neighbours) then only score candidates, however rare: "hybrid" is
 * common, and its rare synonym "loanblend" would pick claims that say nothing else the question
 * asks. Of a telling word, only the indexed words that are rare themselves select: "resign" is
 * rare, its typo neighbour "design" is not.
 */
function split(terms: ExpandedTerm[], documentCount: number, commonShare: number): { telling: ExpandedTerm[] | null; common: ExpandedTerm[] } {
  const matching = termsWhere(terms, (term) => term.postingCount > 0);
  if (matching.length === 0) return { telling: matching, common: matching }; // nothing matches: nothing to walk
  const cutoff = commonShare * documentCount;
  const commonSources = new Set<number>();
  for (const term of terms) if (term.own && term.exactCount > cutoff) commonSources.add(term.source);
  const telling: ExpandedTerm[] = [];
  const common: ExpandedTerm[] = [];
  for (const term of matching) {
    // One pass: a last word's completions can be hundreds, and looking each up in the rare ones cost their square.
    const rare: ExpandedTerm['matches'][number][] = [];
    const rest: ExpandedTerm['matches'][number][] = [];
    if (!commonSources.has(term.source)) for (const m of term.matches) (m.count > 0 && m.count <= cutoff ? rare : rest).push(m);
    if (rare.length === 0) {
      common.push(term);
      continue;
    }
    telling.push(withMatches(term, rare));
    if (rest.length > 0) common.push(withMatches(term, rest));
  }
  if (telling.length > 0) return { telling, common };
  // All common ("food risks"): the question word with fewest postings selects, unless even it is everywhere.
  // The first of the fewest (as a stable sort's first): no sorted copy read past its end when none is the question's own.
  let rarest: ExpandedTerm | undefined;
  for (const term of matching) if (term.own && (rarest === undefined || term.exactCount < rarest.exactCount)) rarest = term;
  if (!rarest || rarest.postingCount > ALL_COMMON_SHARE * documentCount) return { telling: null, common: matching };
  // Every occurrence of the rarest source selects (a question can repeat a word).
  const source = rarest.source;
  return {
    telling: termsWhere(matching, (term) => term.source === source),
    common: termsWhere(matching, (term) => term.source !== source),
  };
}

/**
 * The terms `test` keeps, in order, pushed into one array literal: to V8 an array of one kind,
 * empty or not. (`.filter`'s and `[]`'s empty results are another kind than a filled one, and
 * code compiled on meeting one kind was thrown away on meeting the other.)
 */
function termsWhere(terms: readonly ExpandedTerm[], test: (term: ExpandedTerm) => boolean): ExpandedTerm[] {
  const kept: ExpandedTerm[] = [];
  for (const term of terms) if (test(term)) kept.push(term);
  return kept;
}

function withMatches(term: ExpandedTerm, matches: ExpandedTerm['matches']): ExpandedTerm {
  // Built as expandAll builds terms, not spread: one hidden class for every term (expandedTerm).
  const postingCount = matches.reduce((sum, m) => sum + m.count, 0);
  return expandedTerm(term.source, term.own, term.boost, matches, postingCount, term.exactCount);
}
