// Search for large libraries. Common terms are where search time goes: "study", "effect", "cost"
// or "risk" (and their synonyms) occur in a third of the claims or more, and MiniSearch scores
// every claim a query term matches (bench, 20k claims: p50 15 ms, p99 98 ms). As Lucene's
// common-terms query does, only claims matching a telling (rarer) term of the question are
// scored, by all of its terms: first the telling terms' postings are walked, the best candidates
// kept, then the common terms are looked up in those candidates alone. Scores are MiniSearch's
// own for the claims scored (same fuzzy, prefix, boosts, BM25+, times the number of question
// terms matched); what changes is that a claim matching only common words of a question with
// telling ones is not returned, and only the best candidates by their telling terms are completed.
// Measured on the eval questions hidden among 20k generated claims (bench/rankingAtScale.ts):
// as good as exhaustive scoring; see bench/README.md.

import type { FieldPostings, PostingsLookup } from './postingsLookup.js';

/** Below this many claims every question is scored exhaustively: it is fast, and the eval sets
 * (under 100 claims) measure exactly the ranking the search options were tuned on. */
export const PRUNING_MIN_DOCUMENTS = 2000;
/**
 * A query term whose matches (postings, all fields, fuzzy and prefix included) exceed this share of
 * the claims is common. At 0.05 the top answer is the exhaustive one for 93% of the bench's 1,000
 * questions and eval recall at scale is unchanged; 0.01 was faster and as good at scale but kept
 * the exhaustive top answer for only 59% (bench/README.md).
 */
export const COMMON_TERM_SHARE = 0.05;
/** When every term is common, the one with fewest matches selects, if under this share. */
const ALL_COMMON_SHARE = 0.25;
/** Candidates kept (by their telling terms' score) for common terms to be added to: four pages of
 * answers (MAX_ITEMS 50); 500 was no better at scale and slower. */
export const MAX_CANDIDATES = 200;

/** One term of the query as MiniSearch would search it. */
export interface QueryTerm {
  /** The question word or synonym; claims are ranked by how many distinct ones they match. */
  source: string;
  /** Multiplies the term's score (synonyms count less than the question's own words). */
  boost: number;
  fuzzy: number | boolean;
  prefix: boolean;
}

export interface PrunedResult {
  id: string;
  score: number;
  /** The query terms (sources) the claim matched. */
  queryTerms: string[];
}

export interface PruneOptions {
  commonShare?: number;
  maxCandidates?: number;
  /** Only claims it accepts are candidates (the question's filters). */
  filter?: (id: string) => boolean;
}

interface ExpandedTerm {
  source: number;
  boost: number;
  /** Every indexed term it matches with the postings to score. */
  matches: { weight: number; postings: FieldPostings[] }[];
  postingCount: number;
}

interface Candidate {
  shortId: number;
  score: number;
  sources: Set<number>;
}

/** Ranked claims, or null when the question is better scored exhaustively (nothing common to skip). */
export function prunedSearch(
  lookup: PostingsLookup,
  query: QueryTerm[],
  fieldBoosts: Readonly<Record<string, number>>,
  { commonShare = COMMON_TERM_SHARE, maxCandidates = MAX_CANDIDATES, filter }: PruneOptions = {},
): PrunedResult[] | null {
  const documentCount = lookup.documentCount;
  if (documentCount < PRUNING_MIN_DOCUMENTS) return null;
  const sources = [...new Set(query.map((term) => term.source))];
  const { telling, common } = split(expandAll(lookup, query, fieldBoosts, sources), documentCount, commonShare);
  if (!telling || common.length === 0) return null;

  // Telling terms: walk their postings.
  const byShortId = new Map<number, Candidate>();
  for (const term of telling) {
    for (const { weight, postings } of term.matches) {
      for (const field of postings) {
        for (const [shortId, tf] of field.frequencies) {
          let candidate = byShortId.get(shortId);
          if (!candidate) {
            candidate = { shortId, score: 0, sources: new Set() };
            byShortId.set(shortId, candidate);
          }
          candidate.score += weight * term.boost * lookup.score(field, shortId, tf);
          candidate.sources.add(term.source);
        }
      }
    }
  }
  // The best by their telling terms, filtered in that order (a filter can cost: phrases are
  // searched in the claim's text), until enough pass.
  const ranked = [...byShortId.values()].sort((a, b) => b.score * b.sources.size - a.score * a.sources.size);
  const candidates: Candidate[] = [];
  for (const candidate of ranked) {
    const id = lookup.idOf(candidate.shortId);
    if (id === undefined || (filter && !filter(id))) continue;
    candidates.push(candidate);
    if (candidates.length >= maxCandidates) break;
  }
  if (candidates.length === 0) return null;

  // Common terms: look each candidate up.
  addScores(lookup, common, candidates);
  return rankedResults(lookup, candidates, sources);
}

/**
 * The claims `within` (ids), scored by every query term exactly as MiniSearch's search would
 * score them, without walking any postings: for questions scoped to a few claims (one report).
 */
export function searchWithin(lookup: PostingsLookup, query: QueryTerm[], fieldBoosts: Readonly<Record<string, number>>, within: Iterable<number>): PrunedResult[] {
  const sources = [...new Set(query.map((term) => term.source))];
  const terms = expandAll(lookup, query, fieldBoosts, sources);
  const candidates: Candidate[] = [...within].map((shortId) => ({ shortId, score: 0, sources: new Set() }));
  addScores(lookup, terms, candidates);
  return rankedResults(
    lookup,
    candidates.filter((c) => c.sources.size > 0),
    sources,
  );
}

/**
 * Claims that can contain every phrase of the question, scored as in searchWithin: only claims
 * with each of the phrases' words (exactly, in some field) can, so those are listed from the
 * rarest word's postings, passed through `filter` (which checks the phrases), then scored.
 */
export function searchPhrases(
  lookup: PostingsLookup,
  query: QueryTerm[],
  fieldBoosts: Readonly<Record<string, number>>,
  phraseWords: readonly string[],
  filter?: (id: string) => boolean,
): PrunedResult[] {
  const words = [...new Set(phraseWords)].map((word) => ({ word, count: lookup.occurrences(word) }));
  if (words.length === 0) return [];
  words.sort((a, b) => a.count - b.count);
  const [rarest, ...others] = words.map(({ word }) => lookup.postings(word, fieldBoosts));
  const listed = new Set<number>();
  for (const field of rarest ?? []) {
    for (const shortId of field.frequencies.keys()) {
      if (listed.has(shortId)) continue;
      if (!others.every((postings) => postings.some((p) => p.frequencies.has(shortId)))) continue;
      const id = lookup.idOf(shortId);
      if (id !== undefined && (!filter || filter(id))) listed.add(shortId);
    }
  }
  return searchWithin(lookup, query, fieldBoosts, listed);
}

function expandAll(lookup: PostingsLookup, query: QueryTerm[], fieldBoosts: Readonly<Record<string, number>>, sources: string[]): ExpandedTerm[] {
  return query.map((term) => {
    const matches = lookup.expand(term.source, term.fuzzy, term.prefix).map(({ term: derived, weight }) => ({ weight, postings: lookup.postings(derived, fieldBoosts) }));
    const postingCount = matches.reduce((sum, m) => sum + m.postings.reduce((n, p) => n + p.frequencies.size, 0), 0);
    return { source: sources.indexOf(term.source), boost: term.boost, matches, postingCount };
  });
}

/** Adds the terms' scores to the candidates by looking each candidate up in the postings. */
function addScores(lookup: PostingsLookup, terms: ExpandedTerm[], candidates: Candidate[]): void {
  for (const term of terms) {
    for (const { weight, postings } of term.matches) {
      for (const field of postings) {
        for (const candidate of candidates) {
          const tf = field.frequencies.get(candidate.shortId);
          if (tf === undefined) continue;
          candidate.score += weight * term.boost * lookup.score(field, candidate.shortId, tf);
          candidate.sources.add(term.source);
        }
      }
    }
  }
}

function rankedResults(lookup: PostingsLookup, candidates: Candidate[], sources: string[]): PrunedResult[] {
  return candidates
    .map((c) => ({
      id: lookup.idOf(c.shortId) as string,
      // As MiniSearch ranks: the summed score times the number of question terms matched.
      score: c.score * c.sources.size,
      queryTerms: [...c.sources].map((i) => sources[i] as string),
    }))
    .sort((a, b) => b.score - a.score);
}

/** Telling terms select candidates; null when none can (then search exhaustively). */
function split(terms: ExpandedTerm[], documentCount: number, commonShare: number): { telling: ExpandedTerm[] | null; common: ExpandedTerm[] } {
  const matching = terms.filter((term) => term.postingCount > 0);
  const cutoff = commonShare * documentCount;
  const telling = matching.filter((term) => term.postingCount <= cutoff);
  const common = matching.filter((term) => term.postingCount > cutoff);
  if (telling.length > 0) return { telling, common };
  // All common ("food risks"): the one with fewest matches selects, unless even it is everywhere.
  const rarest = [...common].sort((a, b) => a.postingCount - b.postingCount)[0];
  if (!rarest || rarest.postingCount > ALL_COMMON_SHARE * documentCount) return { telling: null, common };
  // Every occurrence of the rarest source selects (a question can repeat a word).
  return {
    telling: common.filter((term) => term.source === rarest.source),
    common: common.filter((term) => term.source !== rarest.source),
  };
}
