// The full-text index of claims: one MiniSearch document per claim, holding the claim, its
// evidence (quotes, findings, source titles), its perspective and its report's topic. Only ids
// are stored in the index; the claims themselves stay in the Library.
// It runs on a CompactMiniSearch (compact postings, pruned search, snapshots) when
// compactEngineCheck.ts finds MiniSearch as it expects, else on a plain MiniSearch through its
// public API alone: the same answers, slower in a large library and never saved. `engine` says
// which, and why.

import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Report } from '../reports/model.js';
import { BoundedMap, type BoundedMemory } from './boundedMap.js';
import { shortIdScreen, shortIdTest, type ClaimFilter } from './claimFilter.js';
import { compactEngineProblem } from './compactEngineCheck.js';
import { CompactMiniSearch } from './compactMiniSearch.js';
import type { IndexState } from './indexState.js';
import { normalizeTerm } from './normalizeTerm.js';
import { PostingsLookup } from './postingsLookup.js';
import { prunedSearch, PRUNING_MIN_DOCUMENTS, searchPhrases, searchWithin, type PruneOptions, type ScoredClaim } from './prunedSearch.js';
import { expandQuestion, type AliasLookup, type Expansion } from './expandQuestion.js';
import { searchEveryMatch } from './exhaustiveSearch.js';
import { searchEverything } from './searchEverything.js';
import { CLAIM_FIELDS, claimDocument, type ClaimDocument } from './claimDocument.js';
import { ClaimKeys } from './claimKeys.js';
import { ClaimLengths } from './claimLengths.js';
import { STAGED_PER_TURN, StagedReport } from './stagedReport.js';
import type { ClaimKeySet } from './claimKeySet.js';
import type { ClaimSentence } from './claimSentence.js';
import { everyMatchQuery, queryTerms, SEARCH_OPTIONS, type IndexedTerm } from './questionQuery.js';
import { AGREEMENT_TOP, byReportAgreement } from './reportAgreement.js';
import { wordsNearByAutoSuggest, wordsNearInVocabulary, writtenRather } from './suggestedWords.js';
import { termsOf } from './termsOf.js';
import { tokenize } from './tokenize.js';
import { yieldToEventLoop } from '../reports/yieldToEventLoop.js';
import { tiesSettled, type TiedClaim } from './tiedClaims.js';

export type { ScoredClaim } from './prunedSearch.js';

/** A ClaimIndex as data: its MiniSearch index, the words its stems were seen as, and each claim's keys. */
export interface ClaimIndexState {
  index: IndexState;
  surfaceTerms: string[];
  surfaceWords: string[];
  /** Each claim's keys, in the order of `index.shortIds`, over `index.terms` (ClaimKeys.export). */
  claimKeys: Uint32Array;
}

/**
 * How ClaimIndex.search searches: see there. `indexed`, whether a claim the asker may see has an
 * index key (a channel's: libraryView.ts), what a question word is taken as typed by
 * (questionQuery.ts IndexedTerm); the whole index's when not given.
 */
export type SearchOptionsOfClaims = {
  exhaustive?: boolean;
  within?: readonly string[];
  phrases?: readonly string[];
  aliases?: AliasLookup;
  indexed?: IndexedTerm;
} & Omit<PruneOptions, 'filter'>;

/** Each of search's options, unset, in one order: search's options start from it (tsc wants a new one here). */
const EVERY_SEARCH_OPTION: { [K in keyof Required<SearchOptionsOfClaims>]: undefined } = {
  exhaustive: undefined,
  within: undefined,
  phrases: undefined,
  aliases: undefined,
  indexed: undefined,
  commonShare: undefined,
  maxCandidates: undefined,
  limit: undefined,
};

/** Which engine a ClaimIndex runs on; `reason` says why it is not the compact one. */
export interface SearchEngine {
  mode: 'compact' | 'public';
  reason?: string;
}

export class ClaimIndex {
  readonly engine: SearchEngine;
  private miniSearch: MiniSearch<ClaimDocument>;
  /** The same index when it is compact; null on the public API alone. */
  private compact: CompactMiniSearch<ClaimDocument> | null;
  /** Stemmed term -> a word as written in the reports (writtenRather's choice), to show suggestions people can read. */
  private readonly surfaceWords = new Map<string, string>();
  /** Reads the compact index's postings for pruned search; dropped when the index changes. */
  private lookup: PostingsLookup | undefined;
  /** termsNear's sets, for the lookup they were read from. */
  private near: { lookup: PostingsLookup; sets: BoundedMemory<string, ReadonlySet<string>> } | undefined;
  /** Each claim's keys, recorded as the claim is indexed (processTerm); null on the public API. */
  private keys: ClaimKeys | null = null;
  /** Each claim's field lengths, on the public API only (the compact engine has its own): to order tied claims alike. */
  private readonly lengths: ClaimLengths | null;

  /** How MiniSearch is set up for claims; processTerm also records each stem's surface word. */
  private readonly options: Options<ClaimDocument> = {
    fields: [...CLAIM_FIELDS],
    storeFields: [],
    tokenize,
    processTerm: (word, field) => {
      const term = normalizeTerm(word);
      if (term !== null) this.noteSurfaceWord(term, word);
      this.keys?.word(term, field === undefined ? 0 : CLAIM_FIELDS.indexOf(field as (typeof CLAIM_FIELDS)[number]));
      return term;
    },
    searchOptions: { ...SEARCH_OPTIONS, processTerm: normalizeTerm },
    // Discarded claims are swept once MiniSearch's auto-vacuum conditions (its defaults) are met,
    // in one pass, so the next question is scored as by an index that never held them: by
    // MiniSearch's vacuum on the public API, by CompactMiniSearch.sweep on the compact one.
    autoVacuum: { batchSize: Number.MAX_SAFE_INTEGER },
  };

  /** `publicApiOnly`: run on MiniSearch's public API even when the compact engine would work. */
  constructor({ publicApiOnly = false }: { publicApiOnly?: boolean } = {}) {
    const problem = publicApiOnly ? 'asked for (publicApiOnly)' : compactEngineProblem();
    if (problem === null) {
      this.compact = new CompactMiniSearch<ClaimDocument>(this.options);
      this.miniSearch = this.compact;
      this.engine = { mode: 'compact' };
      this.keys = new ClaimKeys();
      this.lengths = null;
    } else {
      this.compact = null;
      this.lengths = new ClaimLengths();
      this.miniSearch = new MiniSearch<ClaimDocument>(this.options);
      this.engine = { mode: 'public', reason: problem };
    }
  }

  /**
   * The index `saved` holds (from `state()`, see indexSnapshot.ts), loaded a turn of the event
   * loop at a time; throws when it does not add up, or cannot be loaded on this MiniSearch.
   */
  static async load(saved: ClaimIndexState): Promise<ClaimIndex> {
    const index = new ClaimIndex();
    if (!index.compact) throw new Error(`a saved index needs the compact engine, which is off: ${index.engine.reason}`);
    index.compact = await CompactMiniSearch.fromState(saved.index, index.options);
    index.miniSearch = index.compact;
    index.keys = ClaimKeys.load(saved.claimKeys, saved.index.shortIds, [...saved.index.terms]);
    saved.surfaceTerms.forEach((term, i) => index.surfaceWords.set(term, saved.surfaceWords[i] ?? term));
    return index;
  }

  /** The index as data, for a snapshot; null on the public API (it cannot be read so). */
  state(): ClaimIndexState | null {
    if (!this.compact || !this.keys) return null;
    const index = this.compact.exportState();
    const claimKeys = this.keys.export(index.shortIds, index.terms);
    if (claimKeys === null) return null;
    return { index, surfaceTerms: [...this.surfaceWords.keys()], surfaceWords: [...this.surfaceWords.values()], claimKeys };
  }

  /**
   * Removes what claims dropped by id left in the postings, so they no longer count in term
   * statistics; after a snapshot is patched (removeClaims sweeps as claims are dropped).
   */
  sweep(): void {
    if (this.compact) {
      if (this.compact.sweep()) this.lookup = undefined;
    } else if (this.miniSearch.dirtCount > 0) {
      void this.miniSearch.vacuum({ batchSize: Number.MAX_SAFE_INTEGER });
    }
  }

  /**
   * Packs the postings into shared arrays (CompactMiniSearch.packPostings) and the claims' keys into
   * an array of their size (ClaimKeys.pack): once a load has put every report, so a library built
   * claim by claim holds them as one loaded from a snapshot does.
   */
  pack(): void {
    this.compact?.packPostings();
    this.keys?.pack();
  }

  /** Drops claims by id (those of a report the index holds but the library no longer serves). */
  removeClaims(ids: Iterable<string>): void {
    const indexed = [...new Set(ids)].filter((id) => this.miniSearch.has(id));
    for (const id of indexed) {
      const shortId = this.compact?.shortIdOf(id);
      if (shortId !== undefined) this.keys?.drop(shortId);
    }
    this.miniSearch.discardAll(indexed);
    for (const id of indexed) this.lengths?.remove(id);
    this.lookup = undefined;
    this.compact?.sweepIfDue();
  }

  get size(): number {
    return this.miniSearch.documentCount;
  }

  addReport(report: Report): void {
    for (const claim of report.claims) this.addClaim(claimDocument(claim, report));
    this.lookup = undefined; // its remembered expansions may miss new words
  }

  /**
   * The report's claims indexed apart from this index, STAGED_PER_TURN claims per turn of the
   * event loop, for addStaged to add at once: meanwhile this index answers as before, untouched
   * (claims indexed here, even under other ids, would count in every term's statistics and take
   * places in pruned search). Null on the public API, where addReport is the only way, and when
   * `signal` is aborted (it is checked each turn: a shutdown does not wait for the rest).
   */
  async stageReport(report: Report, signal?: AbortSignal): Promise<StagedReport | null> {
    if (!this.compact) return null;
    const staging = new ClaimIndex();
    if (!staging.compact || !staging.keys) return null;
    staging.compact.recordTermOrder();
    for (const [i, claim] of report.claims.entries()) {
      if (i > 0 && i % STAGED_PER_TURN === 0) {
        await yieldToEventLoop();
        if (signal?.aborted) return null;
      }
      staging.addClaim(claimDocument(claim, report));
    }
    return new StagedReport(report, staging);
  }

  /**
   * Whether addStaged(staged) would succeed once the claims `leaving` are removed: it changes
   * nothing, so a caller can decide before changing anything else (else addReport does it).
   */
  canAddStaged(staged: StagedReport, leaving: ReadonlySet<string>): boolean {
    const { compact, keys } = this;
    const from = staged.index;
    if (!compact || !keys || !from.compact || !from.keys) return true; // addStaged adds it as addReport
    return compact.appendProblem(from.compact, leaving) === null && !keys.recording && !from.keys.recording;
  }

  /**
   * Adds a staged report's claims (stageReport) as addReport(staged.report) would have, to the
   * last bit (the same short ids, postings, field lengths, keys and surface words), in one step
   * that only copies what staging built. Throws, changing nothing, when one of its claim ids is
   * here already (remove the report's old version first).
   */
  addStaged(staged: StagedReport): void {
    const { compact, keys } = this;
    const from = staged.index;
    if (!compact || !keys || !from.compact || !from.keys) {
      this.addReport(staged.report);
      return;
    }
    const offset = compact.append(from.compact);
    keys.append(from.keys, offset, from.compact.shortIdBound);
    for (const [term, word] of from.surfaceWords) this.noteSurfaceWord(term, word);
    this.lookup = undefined;
  }

  /** Keeps `word`, as written, for `term` when it is to be shown rather than the word kept so far. */
  private noteSurfaceWord(term: string, word: string): void {
    const kept = this.surfaceWords.get(term);
    if (kept === undefined || writtenRather(word, kept)) this.surfaceWords.set(term, word);
  }

  /** Indexes one claim, recording its keys on the compact engine. */
  private addClaim(document: ClaimDocument): void {
    const { compact, keys } = this;
    // MiniSearch's add, one claim at a time, so that processTerm's keys are each claim's.
    if (compact && keys) keys.record(() => compact.add(document), () => compact.shortIdOf(document.id));
    else {
      this.miniSearch.add(document);
      this.lengths?.add(document);
    }
  }

  removeReport(report: Report): void {
    this.removeClaims(report.claims.map((claim) => claim.id));
  }

  /** MiniSearch's number for a claim id (what postings are keyed by); undefined on the public API. */
  shortIdOf(id: string): number | undefined {
    return this.compact?.shortIdOf(id);
  }

  /**
   * The claim's index keys, all fields together, in the order reading each field's text with
   * termsOf gives them (claimTerms.ts's termsOfClaimByField), as recorded when it was indexed;
   * undefined when the index does not hold it, has none for it, or runs on the public API.
   */
  keysOfClaim(id: string): ClaimKeySet | undefined {
    const shortId = this.compact?.shortIdOf(id);
    return shortId === undefined ? undefined : this.keys?.keysOf(shortId);
  }

  /**
   * The claim's keys of its sentence (`text`: termsOf of its text, as a set) and of its sentence
   * and evidence together (`own`), as recorded when it was indexed; undefined as for keysOfClaim.
   */
  ownKeysOfClaim(id: string): { text: ClaimKeySet; own: ClaimKeySet } | undefined {
    const shortId = this.compact?.shortIdOf(id);
    return shortId === undefined ? undefined : this.keys?.ownKeysOf(shortId);
  }

  /**
   * The claim's sentence (its text) word by word as the index read it, each word's key by its
   * position (claimSentence.ts); undefined as for keysOfClaim, or when the sentence has no word.
   */
  sentenceOfClaim(id: string): ClaimSentence | undefined {
    const shortId = this.compact?.shortIdOf(id);
    return shortId === undefined ? undefined : this.keys?.sentenceOf(shortId);
  }

  /**
   * Every claim matching the question's own words, unexpanded, scored as MiniSearch scores them;
   * undefined on the public API. What the eval tools compare the search with.
   */
  matchesAsTyped(text: string): ScoredClaim[] | undefined {
    const lookup = this.postings();
    return lookup ? searchEveryMatch(lookup, everyMatchQuery(text, [], this.indexed)) : undefined;
  }

  /** About how many claims have the index key in any field: how common the word is. */
  claimsWith(term: string): number {
    const lookup = this.postings();
    if (lookup) return Math.min(this.size, lookup.occurrences(term));
    return this.miniSearch.search(term, EXACT_KEY).length;
  }

  /**
   * Whether a claim `filter` passes has the index key in any field: claimsWith(term) > 0 among
   * the claims a channel sees, what its searches take a question word as typed by (search's `indexed`).
   */
  hasKeyWhere(term: string, filter: ClaimFilter): boolean {
    const lookup = this.postings();
    if (!lookup) return this.miniSearch.search(term, { ...EXACT_KEY, filter: (result) => filter(result.id as string) }).length > 0;
    const passes = shortIdTest(filter, this, (shortId) => lookup.idOf(shortId));
    for (const field of lookup.postings(term)) {
      for (const shortId of field.frequencies.keys()) if (passes(shortId)) return true;
    }
    return false;
  }

  /**
   * Claims matching the question, best first, at most `limit` of them. A large library prunes:
   * claims matching only the question's common words are not scored when it has telling ones
   * (prunedSearch.ts). `within` names the only claims the question can match (those of one
   * report), which are then scored directly; `phrases` are texts the filter requires (then only
   * claims with all their words are scored); `exhaustive` scores every match, as MiniSearch alone
   * does (for comparison). On the public API every question is searched as `exhaustive`. The
   * claims found are then lifted by how many of the best matches their report holds
   * (reportAgreement.ts).
   * `filter` is tested by short id where it has a screen for this index (claimFilter.ts).
   */
  search(text: string, filter?: ClaimFilter, options: SearchOptionsOfClaims = {}): ScoredClaim[] {
    // The first AGREEMENT_TOP claims are weighed together, however few are asked for.
    const { limit } = options;
    // Every key in one order (undefined when not given), whichever caller passed which: to V8 one
    // shape, so the search code compiled for an answer's options is not thrown away on meeting a
    // suggestion's or a reading's (bench/README.md). Spread, so no option is left behind.
    const asked: SearchOptionsOfClaims = { ...EVERY_SEARCH_OPTION, ...options, limit: limit === undefined ? undefined : Math.max(limit, AGREEMENT_TOP) };
    const found = byReportAgreement(tiesSettled(packed(this.matches(text, filter, asked)), this.tiedClaim));
    return limit === undefined ? found : found.slice(0, limit);
  }

  /**
   * The claims a question's words match, scored by those words alone (search then weighs their
   * reports' agreement): what pruned and exhaustive search give alike.
   */
  matches(
    text: string,
    filter: ClaimFilter | undefined,
    {
      exhaustive = false,
      within,
      phrases = [],
      aliases,
      indexed = this.indexed,
      ...prune
    }: SearchOptionsOfClaims,
  ): ScoredClaim[] {
    const terms = termsOf(text);
    const synonyms = withoutIndexedSources(expandQuestion(text, aliases ? { aliases } : {}), indexed);
    const lookup = exhaustive ? undefined : this.postings();
    if (lookup) {
      const query = queryTerms(terms, synonyms, text, indexed);
      // `filter` always present (undefined when none): one shape of options for the searches below.
      const withFilter: PruneOptions = { ...prune, filter: filter ? shortIdTest(filter, this, (shortId) => lookup.idOf(shortId)) : undefined };
      if (within) {
        const scoped = searchWithin(lookup, query, within.flatMap((id) => lookup.shortIdOf(id) ?? []));
        if (scoped) return (filter ? scoped.filter((result) => filter(result.id)) : scoped).slice(0, prune.limit);
      }
      const large = this.size >= PRUNING_MIN_DOCUMENTS;
      const phraseWords = phrases.flatMap(termsOf);
      const byPhrase = large && phraseWords.length > 0 ? searchPhrases(lookup, query, phraseWords, withFilter) : null;
      if (byPhrase) return byPhrase;
      const pruned = large ? prunedSearch(lookup, query, withFilter) : null;
      if (pruned) return pruned;
    }
    // MiniSearch's scoring over the compact postings, unless claims discarded but not yet swept
    // are in them (MiniSearch's search drops those as it meets them, changing the sums as it goes).
    if (lookup && this.miniSearch.dirtCount === 0) {
      const test = filter ? shortIdTest(filter, this, (shortId) => lookup.idOf(shortId)) : undefined;
      return searchEveryMatch(lookup, everyMatchQuery(text, synonyms, indexed), test, prune.limit, shortIdScreen(filter, this));
    }
    return searchEverything(this.miniSearch, text, synonyms, filter, prune.limit, this.tiedClaim, indexed);
  }

  /** Whether a claim has the index key: a question word with it is taken as typed (questionQuery.ts IndexedTerm). */
  private readonly indexed = (term: string): boolean => this.claimsWith(term) > 0;

  /**
   * What a claim is ordered by among claims that tie (tiedClaims.ts): its relative length, from the
   * compact postings, or on the public API from the lengths kept beside MiniSearch's.
   */
  private readonly tiedClaim = (id: string): TiedClaim => {
    if (this.lengths) return { id, length: this.lengths.relative(id) };
    const lookup = this.postings();
    const shortId = lookup?.shortIdOf(id);
    return { id, length: lookup && shortId !== undefined ? lookup.relativeLength(shortId) : 0 };
  };

  /**
   * The index keys within `maxEdits` edits of `term` (false: only itself, if indexed) and, with
   * `prefix`, every key starting with it, as search expands a word; null on the public API.
   */
  termsNear(term: string, maxEdits: number | false, prefix: boolean): ReadonlySet<string> | null {
    const lookup = this.postings();
    if (!lookup) return null;
    if (this.near?.lookup !== lookup) this.near = { lookup, sets: new BoundedMap(MAX_REMEMBERED_NEAR) };
    const key = `${term}\u0000${String(maxEdits)}\u0000${prefix}`;
    let terms = this.near.sets.get(key);
    if (!terms) {
      terms = new Set(lookup.expand(term, maxEdits, prefix).map((derived) => derived.term));
      this.near.sets.set(key, terms);
    }
    return terms;
  }

  /**
   * Builds what the first search after the index changed would (the postings' lookup, claims'
   * field lengths, the typo neighbours' deletion index and fuzzy trie), so that search does not wait for it: after a live reload.
   */
  prepare(): void {
    this.postings()?.prepare();
  }

  /** The compact index's postings (undefined on the public API). */
  private postings(): PostingsLookup | undefined {
    if (this.lookup === undefined && this.compact) this.lookup = new PostingsLookup(this.compact);
    return this.lookup;
  }

  /**
   * Every claim passing the filter, for questions that are only filters ("report:x"); `within`,
   * as in search, names the only claims that can pass.
   */
  all(filter?: ClaimFilter, within?: readonly string[]): string[] {
    // By push from one literal (not .filter or .map): none found or some, one kind of array.
    const ids: string[] = [];
    if (within) {
      for (const id of within) if (this.miniSearch.has(id) && (!filter || filter(id))) ids.push(id);
      return ids;
    }
    const lookup = this.postings();
    if (lookup) {
      // Claim by claim, by the filter's short-id screen where it has one: MiniSearch's wildcard
      // search makes a result for every claim to drop most, and V8 compiles that search on the
      // few filter-only questions and the engine check's, which each give its options another
      // shape, so its code was thrown away before people's answers (bench/README.md, fifty-seventh session).
      const passes = filter ? shortIdTest(filter, this, (shortId) => lookup.idOf(shortId)) : undefined;
      for (let shortId = 0; shortId < lookup.shortIdBound; shortId++) {
        const id = lookup.idOf(shortId);
        if (id !== undefined && (!passes || passes(shortId))) ids.push(id);
      }
      return ids;
    }
    for (const result of this.miniSearch.search(MiniSearch.wildcard, filter ? { filter: (result) => filter(result.id as string) } : {})) ids.push(result.id as string);
    return ids;
  }

  /** Indexed words close to the question's words, as written in the reports (suggestedWords.ts). */
  suggest(text: string, max = 5): string[] {
    const lookup = this.size >= PRUNING_MIN_DOCUMENTS ? this.postings() : undefined;
    if (lookup) return wordsNearInVocabulary(lookup, this.surfaceWords, text, max);
    return wordsNearByAutoSuggest(this.miniSearch, this.surfaceWords, text, max);
  }
}

/**
 * The claims found, copied by push into one array literal: to V8 one kind of array whichever
 * search found them (a `.map`'s result, a `.filter`'s and an empty literal are each another kind
 * when empty or not), so the code reading a search's results (report agreement, the answer) is
 * compiled for one kind and not thrown away on meeting another.
 */
function packed(found: ScoredClaim[]): ScoredClaim[] {
  const copy: ScoredClaim[] = [];
  for (const claim of found) copy.push(claim);
  return copy;
}

/** The expansions, less those that stand in for a question word only where no claim has it. */
function withoutIndexedSources(expansions: Expansion[], indexed: (term: string) => boolean): Expansion[] {
  if (!expansions.some((expansion) => expansion.unlessSourceIndexed)) return expansions;
  return expansions.filter((expansion) => !expansion.unlessSourceIndexed || !indexed(expansion.source));
}

/** MiniSearch's search for an index key as it is (claimsWith on the public API). */
const EXACT_KEY = { fuzzy: false, prefix: false, processTerm: (term: string) => term, combineWith: 'OR' } satisfies SearchOptions;

/** termsNear's sets remembered (a set for each question word seen; dropped when the index changes). */
const MAX_REMEMBERED_NEAR = 20_000;
