// The full-text index of claims: one MiniSearch document per claim, holding the claim, its
// evidence (quotes, findings, source titles), its perspective and its report's topic. Only ids
// are stored in the index; the claims themselves stay in the Library.

import MiniSearch, { type Options, type SearchOptions, type SearchResult, type Suggestion } from 'minisearch';
import type { Claim, Report } from '../reports/model.js';
import { foldTerm, normalizeTerm } from './normalizeTerm.js';
import { sweepDiscarded, usePostingLists } from './compactPostings.js';
import { exportIndexState, importIndexState, type IndexState } from './indexState.js';
import { PostingsLookup } from './postingsLookup.js';
import { prunedSearch, PRUNING_MIN_DOCUMENTS, searchPhrases, searchWithin, type PruneOptions, type QueryTerm } from './prunedSearch.js';
import { synonymsFor } from './synonyms.js';
import { tokenize } from './tokenize.js';

interface ClaimDocument {
  id: string;
  text: string;
  evidence: string;
  sources: string;
  perspective: string;
  topic: string;
}

/** A ClaimIndex as data: its MiniSearch index and the words its stems were seen as. */
export interface ClaimIndexState {
  index: IndexState;
  surfaceTerms: string[];
  surfaceWords: string[];
}

const FIELDS = ['text', 'evidence', 'sources', 'perspective', 'topic'] as const;

/**
 * How a question is matched. Each value was chosen on `npm run eval` (eval/questions.json); the
 * figures are in eval/README.md.
 */
export const SEARCH_OPTIONS: SearchOptions = {
  // The claim is what is answered, so its words count most; quotes and findings next (questions
  // about evidence are answered only there); source titles for "what does <source> say".
  boost: { text: 3, evidence: 1.5, sources: 1, perspective: 1, topic: 0.5 },
  // Typos are forgiven in words of 5+ letters (after stemming): on shorter words one edit is a
  // different word ("risk" ~ "disk"), and fuzzy lookups of short words cost the most.
  // 5-6 letters: one edit; 7+: two, so a swap of two letters ("upfornt") is forgiven.
  fuzzy: (term) => (term.length >= 7 ? 2 : term.length >= 5 ? 1 : false),
  // People type the last word as they think; complete it when it has 3+ letters.
  prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
  combineWith: 'OR',
};

/** Each field's boost, every field listed (MiniSearch counts a field without a boost as 1). */
const FIELD_BOOSTS: Record<string, number> = Object.fromEntries(FIELDS.map((field) => [field, SEARCH_OPTIONS.boost?.[field] || 1]));

/** How much a synonym counts against the word the person typed. */
export const SYNONYM_WEIGHT = 0.3;

export class ClaimIndex {
  private search_: MiniSearch<ClaimDocument>;
  /** Stemmed term -> a word as written in the reports, to show suggestions people can read. */
  private readonly surfaceWords = new Map<string, string>();
  /** Reads the index's postings for pruned search; null when MiniSearch's internals differ. */
  private lookup: PostingsLookup | null | undefined;

  /** How MiniSearch is set up for claims; processTerm also records each stem's surface word. */
  private readonly options: Options<ClaimDocument> = {
    fields: [...FIELDS],
    storeFields: [],
    tokenize,
    processTerm: (word) => {
      const term = normalizeTerm(word);
      if (term !== null && !this.surfaceWords.has(term)) this.surfaceWords.set(term, foldTerm(word) ?? term);
      return term;
    },
    searchOptions: { ...SEARCH_OPTIONS, processTerm: normalizeTerm },
    // Discarded claims are swept here (removeClaims), synchronously: MiniSearch's own vacuum runs
    // in the background and walks terms that a sweep of a patched snapshot may have removed.
    autoVacuum: false,
  };

  constructor() {
    this.search_ = new MiniSearch<ClaimDocument>(this.options);
    usePostingLists(this.search_);
  }

  /**
   * The index `saved` holds (from `state()`, see indexSnapshot.ts), loaded a turn of the event
   * loop at a time; throws when it does not add up.
   */
  static async load(saved: ClaimIndexState): Promise<ClaimIndex> {
    const index = new ClaimIndex();
    index.search_ = await importIndexState(saved.index, index.options);
    usePostingLists(index.search_);
    saved.surfaceTerms.forEach((term, i) => index.surfaceWords.set(term, saved.surfaceWords[i] ?? term));
    return index;
  }

  /** The index as data, for a snapshot; null when this MiniSearch cannot be read so. */
  state(): ClaimIndexState | null {
    const index = exportIndexState(this.search_);
    return index && { index, surfaceTerms: [...this.surfaceWords.keys()], surfaceWords: [...this.surfaceWords.values()] };
  }

  /**
   * Removes what claims dropped by id left in the postings, so they no longer count in term
   * statistics (see sweepDiscarded); after a snapshot is patched, and as claims are dropped.
   * Nothing to do when no claim was dropped since the last sweep.
   */
  sweep(): void {
    if (this.search_.dirtCount > 0 && sweepDiscarded(this.search_)) this.lookup = undefined;
  }

  /** Drops claims by id (those of a report the index holds but the library no longer serves). */
  removeClaims(ids: Iterable<string>): void {
    for (const id of ids) {
      if (this.search_.has(id)) this.search_.discard(id);
    }
    this.lookup = undefined;
    // When MiniSearch would vacuum (its default thresholds): a pass over every posting is ~0.1 s
    // at 200k claims, so not after each report, but before stale counts skew scores much.
    if (this.search_.dirtCount >= SWEEP_MIN_DISCARDED && this.search_.dirtFactor >= SWEEP_MIN_SHARE) this.sweep();
  }

  get size(): number {
    return this.search_.documentCount;
  }

  addReport(report: Report): void {
    this.search_.addAll(report.claims.map((claim) => claimDocument(claim, report)));
    this.lookup = undefined; // its remembered expansions may miss new words
  }

  removeReport(report: Report): void {
    this.removeClaims(report.claims.map((claim) => claim.id));
  }

  /**
   * Claims matching the question, best first. A large library prunes: claims matching only the
   * question's common words are not scored when it has telling ones (prunedSearch.ts).
   * `within` names the only claims the question can match (those of one report), which are then
   * scored directly; `phrases` are texts the filter requires (then only claims with all their
   * words are scored); `exhaustive` scores every match, as MiniSearch alone does (for comparison).
   */
  search(
    text: string,
    filter?: (claimId: string) => boolean,
    {
      exhaustive = false,
      within,
      phrases = [],
      ...prune
    }: { exhaustive?: boolean; within?: readonly string[]; phrases?: readonly string[] } & Omit<PruneOptions, 'filter'> = {},
  ): SearchResult[] {
    const options: SearchOptions = filter ? { filter: (result) => filter(result.id as string) } : {};
    const terms = tokenize(text).flatMap((word) => normalizeTerm(word) ?? []);
    const synonyms = synonymsFor(terms);
    const scoped = within && !exhaustive ? this.searchWithin(terms, synonyms, within) : null;
    if (scoped) return filter ? scoped.filter((result) => filter(result.id)) : scoped;
    const phraseWords = phrases.flatMap((phrase) => tokenize(phrase).flatMap((word) => normalizeTerm(word) ?? []));
    const byPhrase = phraseWords.length > 0 && !exhaustive ? this.searchPhrases(terms, synonyms, phraseWords, { ...prune, ...(filter ? { filter } : {}) }) : null;
    if (byPhrase) return byPhrase;
    const pruned = exhaustive ? null : this.prunedSearch(terms, synonyms, { ...prune, ...(filter ? { filter } : {}) });
    if (pruned) return pruned;
    if (synonyms.length === 0) return this.search_.search(text, options);
    // The question's own words first; synonyms help at a lower weight, exact forms only.
    return this.search_.search(
      {
        combineWith: 'OR',
        queries: [text, { queries: [synonyms.join(' ')], processTerm: (t) => t, boostTerm: () => SYNONYM_WEIGHT, fuzzy: false, prefix: false }],
      },
      options,
    );
  }

  /** The search above, pruned (null when this index or question is better searched in full). */
  private prunedSearch(terms: string[], synonyms: string[], options: PruneOptions): SearchResult[] | null {
    const lookup = this.size >= PRUNING_MIN_DOCUMENTS ? this.postings() : null;
    return lookup && prunedSearch(lookup, queryTerms(terms, synonyms), FIELD_BOOSTS, options);
  }

  /** The search above, of a few named claims only (null without access to the postings). */
  private searchWithin(terms: string[], synonyms: string[], within: readonly string[]): SearchResult[] | null {
    const lookup = this.postings();
    if (!lookup) return null;
    const shortIds = within.flatMap((id) => lookup.shortIdOf(id) ?? []);
    return searchWithin(lookup, queryTerms(terms, synonyms), FIELD_BOOSTS, shortIds);
  }

  /** The search above for a question with phrases, in a large library (else null). */
  private searchPhrases(terms: string[], synonyms: string[], phraseWords: string[], options: PruneOptions): SearchResult[] | null {
    const lookup = this.size >= PRUNING_MIN_DOCUMENTS ? this.postings() : null;
    if (!lookup) return null;
    return searchPhrases(lookup, queryTerms(terms, synonyms), FIELD_BOOSTS, phraseWords, options);
  }

  private postings(): PostingsLookup | null {
    if (this.lookup === undefined) this.lookup = PostingsLookup.of(this.search_);
    return this.lookup;
  }

  /**
   * Every claim passing the filter, for questions that are only filters ("report:x"); `within`,
   * as in search, names the only claims that can pass.
   */
  all(filter?: (claimId: string) => boolean, within?: readonly string[]): string[] {
    if (within) return within.filter((id) => this.search_.has(id) && (!filter || filter(id)));
    return this.search_
      .search(MiniSearch.wildcard, filter ? { filter: (result) => filter(result.id as string) } : {})
      .map((result) => result.id as string);
  }

  /** Indexed words close to the question's words, as written in the reports. */
  suggest(text: string, max = 5): string[] {
    const lookup = this.size >= PRUNING_MIN_DOCUMENTS ? this.postings() : null;
    if (lookup) return this.suggestFromVocabulary(lookup, text, max);
    const suggestions: Suggestion[] = this.search_.autoSuggest(text, { fuzzy: SUGGESTION_FUZZY, prefix: true, combineWith: 'OR' });
    const words = new Set<string>();
    for (const suggestion of suggestions) {
      for (const term of suggestion.terms) words.add(this.surfaceWords.get(term) ?? term);
      if (words.size >= max) break;
    }
    return [...words].slice(0, max);
  }

  /**
   * Suggestions for a large library: autoSuggest runs a whole search with loose fuzzy matching
   * (20k claims: 25 ms, and more with every report), when what is wanted is the indexed words
   * near the question's words. These come from the index's vocabulary with the same looseness
   * (fuzzy 0.34, prefix), closest and most used first.
   */
  private suggestFromVocabulary(lookup: PostingsLookup, text: string, max: number): string[] {
    const near = new Map<string, number>();
    for (const term of tokenize(text).flatMap((word) => normalizeTerm(word) ?? [])) {
      for (const { term: word, weight } of lookup.expand(term, SUGGESTION_FUZZY, true)) {
        const rank = weight * Math.log(1 + lookup.occurrences(word));
        near.set(word, Math.max(rank, near.get(word) ?? 0));
      }
    }
    const words = new Set<string>();
    for (const [term] of [...near].sort((a, b) => b[1] - a[1])) {
      words.add(this.surfaceWords.get(term) ?? term);
      if (words.size >= max) break;
    }
    return [...words];
  }
}

/** Discarded claims, in number and as a share of the index, that make removeClaims sweep. */
const SWEEP_MIN_DISCARDED = 20;
const SWEEP_MIN_SHARE = 0.1;

/** How loosely suggestions match the question's words (as MiniSearch's fuzzy ratio). */
const SUGGESTION_FUZZY = 0.34;

/**
 * The terms MiniSearch would search for a question: each word with its fuzzy and prefix matching,
 * then the synonyms, exact and at their lower weight.
 */
function queryTerms(terms: string[], synonyms: string[]): QueryTerm[] {
  return [
    ...terms.map((term, i) => ({ source: term, boost: 1, fuzzy: fuzzyOf(term, i, terms), prefix: prefixOf(term, i, terms) })),
    ...synonyms.map((term) => ({ source: term, boost: SYNONYM_WEIGHT, fuzzy: false, prefix: false })),
  ];
}

function fuzzyOf(term: string, i: number, terms: string[]): number | boolean {
  const { fuzzy } = SEARCH_OPTIONS;
  return typeof fuzzy === 'function' ? fuzzy(term, i, terms) : (fuzzy ?? false);
}

function prefixOf(term: string, i: number, terms: string[]): boolean {
  const { prefix } = SEARCH_OPTIONS;
  return typeof prefix === 'function' ? prefix(term, i, terms) : prefix === true;
}

function claimDocument(claim: Claim, report: Report): ClaimDocument {
  return {
    id: claim.id,
    text: claim.text,
    evidence: claim.evidence.flatMap((e) => [e.quote ?? '', e.finding ?? '']).join('\n'),
    sources: claim.evidence.map((e) => `${e.source}\n${e.reference?.title ?? ''}`).join('\n'),
    perspective: claim.perspective,
    topic: report.topic,
  };
}
