// What answering a request reads from the library (LibraryView), and the library as one scope
// sees it (ScopedLibrary): a report outside the scope is not listed, found, searched, suggested
// or named in an error, so nothing built from the view can show it. The whole library is the
// view of scope 'all' (Library implements LibraryView itself, at no cost).

import { collectionOf } from '../reports/collections.js';
import type { Claim, Report, ReportIssue } from '../reports/model.js';
import type { AliasTable } from '../search/aliases.js';
import { claimFilter, type ClaimFilter, type ShortIdScreen } from '../search/claimFilter.js';
import type { ClaimIndex } from '../search/claimIndex.js';
import { grownArray } from '../search/grownArray.js';
import type { SemanticSearch } from '../search/semantic/semanticSearch.js';
import type { ClaimTable } from './claimTable.js';
import type { Library } from './library.js';
import { inScope, type ReportScope } from './reportScope.js';
import type { FunctionWordRarity } from '../search/sharedFunctionWords.js';

export type ClaimSearch = Pick<ClaimIndex, 'search' | 'all' | 'suggest' | 'size' | 'claimsWith' | 'termsNear' | 'keysOfClaim' | 'ownKeysOfClaim' | 'sentenceOfClaim'>;
export type SemanticLookup = Pick<SemanticSearch, 'prepare' | 'vectorOf' | 'search' | 'status'>;

/** A served claim with its report. */
export interface ServedClaim {
  readonly claim: Claim;
  readonly report: Report;
}

export interface LibraryView {
  /** Which reports the view lets through ('all' for the whole library). */
  readonly scope: ReportScope;
  /** Moves with every change to what the library serves (Library.version): what is worked out from it is stale after. */
  readonly version: number;
  readonly reports: Report[];
  /** How many reports `reports` lists, without the copy it makes (read by every answer). */
  readonly reportCount: number;
  report(id: string): Report | undefined;
  claim(id: string): Claim | undefined;
  /** The claim and the report it names (`claim(id)` and `report(claim.reportId)` in one lookup); undefined when either is not seen. */
  served(claimId: string): ServedClaim | undefined;
  /**
   * A served claim's sentence's function words as bits (functionWordBits'), worked out when it was
   * served (servedSentences.ts); undefined for any other text. A view into the library's array,
   * valid until the library next changes: read it at once, do not keep it.
   */
  sentenceFunctionWordBits(sentence: string): Uint32Array | undefined;
  /**
   * Each function word's rarity among the library's served claim sentences (ServedSentences), by
   * its bit: what the reranker weighs each function word a first claim shares with the question by
   * (rerankFeatures.ts).
   */
  functionWordRarity(): FunctionWordRarity;
  readonly claimCount: number;
  /** Whether every claim the index holds is served (then a search needs no filter to leave out unserved ones). */
  readonly servesEveryIndexedClaim: boolean;
  /** The served claims' filter facts by the index's short id, to test filters by (null: test by claim id). */
  readonly claimTable: ClaimTable | null;
  /** Files not served (or served from their last good version), each with its reason. */
  readonly errors: ReportIssue[];
  readonly perspectives: string[];
  readonly index: ClaimSearch;
  readonly aliases: AliasTable;
  readonly semantic: SemanticLookup | null;
  readonly loading: Readonly<{ done: number; total: number }> | null;
  whenLoaded(timeoutMs: number): Promise<boolean>;
  readonly folderMissingSince: Date | null;
  readonly updatedAt: Date;
}

/** Suggested words are checked against this many more than are shown, as some are left out. */
const SUGGESTION_POOL = 4;

export class ScopedLibrary implements LibraryView {
  private readonly visibleCollections = new Map<string, boolean>();
  private cached: { version: number; reports: Report[]; claimCount: number; perspectives: string[] } | undefined;
  /** Whether the scope sees each report number of `numbered`: 0 not known yet, 1 yes, 2 no. */
  private visibleNumbers = new Uint8Array(0);
  private numbered: ClaimTable | undefined;
  readonly index: ClaimSearch;
  readonly semantic: SemanticLookup | null;

  constructor(
    private readonly library: Library,
    readonly scope: ReportScope,
  ) {
    const visibleClaim = (id: string): boolean => this.visible(id.slice(0, id.lastIndexOf('#')));
    const within = (filter?: ClaimFilter): ClaimFilter => claimFilter(filter ? (id: string) => visibleClaim(id) && filter(id) : visibleClaim, this.screenWithin(filter));
    const index = library.index;
    // A question word is taken as typed, no typo forgiven in it, when a claim this scope sees has
    // its key (questionQuery.ts IndexedTerm): not by what a report it cannot see says.
    const indexed = (term: string): boolean => index.hasKeyWhere(term, within());
    this.index = {
      search: (text, filter, options) => index.search(text, within(filter), { ...options, indexed }),
      all: (filter, claimIds) => index.all(within(filter), claimIds),
      // A word is suggested only when a claim this scope sees contains it as written.
      suggest: (text, max = 5) =>
        index
          .suggest(text, max * SUGGESTION_POOL)
          .filter((word) => index.search(word, within((id) => claimContains(library.claim(id), word)), { limit: 1 }).length > 0)
          .slice(0, max),
      get size() {
        return index.size;
      },
      claimsWith: (term) => index.claimsWith(term),
      // Which index words are near a question word, for coverage (claimCoverage.ts, answerability.ts): never shown.
      termsNear: (term, maxEdits, prefix) => index.termsNear(term, maxEdits, prefix),
      // A claim's index keys, for the same (claimCoverage.ts): never shown.
      keysOfClaim: (id) => index.keysOfClaim(id),
      // Its sentence's and evidence's keys, and its sentence's words, for the reranker (rerankFeatures.ts): never shown.
      ownKeysOfClaim: (id) => index.ownKeysOfClaim(id),
      sentenceOfClaim: (id) => index.sentenceOfClaim(id),
    };
    const semantic = library.semantic;
    this.semantic = semantic && {
      prepare: (question) => semantic.prepare(question),
      vectorOf: (question) => semantic.vectorOf(question),
      search: (vector, limit, accepts) => semantic.search(vector, limit, within(accepts)),
      status: () => semantic.status(),
    };
  }

  /** Whether the report with this id (or a file with this path) is in the scope. */
  visible(reportIdOrFile: string): boolean {
    const collection = collectionOf(reportIdOrFile);
    let visible = this.visibleCollections.get(collection);
    if (visible === undefined) {
      visible = inScope(this.scope, collection);
      this.visibleCollections.set(collection, visible);
    }
    return visible;
  }

  /**
   * The scope and `filter` as a test by short id, when the claim table can tell: `filter` has a
   * screen, or there is none and every indexed claim is served (the scope alone passes claims the
   * library does not serve, which the table does not know).
   */
  private screenWithin(filter: ClaimFilter | undefined): ShortIdScreen | undefined {
    const table = this.library.claimTable;
    if (!table || (filter ? filter.screen?.index !== table.index : !this.library.servesEveryIndexedClaim)) return undefined;
    const inner = filter?.screen;
    const passes = (shortId: number): boolean => {
      const report = table.reportNumberOf(shortId);
      return report >= 0 && this.seesReportNumber(table, report) && (!inner || inner.passes(shortId));
    };
    return { index: table.index, exact: inner?.exact ?? true, passes };
  }

  private seesReportNumber(table: ClaimTable, report: number): boolean {
    if (this.numbered !== table) {
      this.numbered = table;
      this.visibleNumbers = new Uint8Array(0);
    }
    if (report >= this.visibleNumbers.length) this.visibleNumbers = grownArray(this.visibleNumbers, Math.max(table.reportNumberBound, report + 1));
    let seen = this.visibleNumbers[report] as number;
    if (seen === 0) {
      seen = this.visible(table.reportIdOf(report) ?? '') ? 1 : 2;
      this.visibleNumbers[report] = seen;
    }
    return seen === 1;
  }

  private get current(): NonNullable<ScopedLibrary['cached']> {
    if (this.cached?.version !== this.library.version) {
      const reports = this.library.reports.filter((report) => this.visible(report.id));
      const seen = new Map<string, string>();
      for (const report of reports) {
        for (const claim of report.claims) {
          const key = claim.perspective.toLowerCase();
          if (claim.perspective && !seen.has(key)) seen.set(key, claim.perspective);
        }
      }
      const claimCount = reports.reduce((sum, report) => sum + report.claims.length, 0);
      this.cached = { version: this.library.version, reports, claimCount, perspectives: [...seen.values()] };
    }
    return this.cached;
  }

  get reports(): Report[] {
    return [...this.current.reports];
  }

  get reportCount(): number {
    return this.current.reports.length;
  }

  report(id: string): Report | undefined {
    return this.visible(id) ? this.library.report(id) : undefined;
  }

  claim(id: string): Claim | undefined {
    return this.visible(id.slice(0, id.lastIndexOf('#'))) ? this.library.claim(id) : undefined;
  }

  /** Any sentence the library serves, in scope or not: bits depend on the text alone, and a caller passes a claim it already has. */
  sentenceFunctionWordBits(sentence: string): Uint32Array | undefined {
    return this.library.sentenceFunctionWordBits(sentence);
  }

  /** The whole library's, in scope or not: as the index's term statistics are. */
  functionWordRarity(): FunctionWordRarity {
    return this.library.functionWordRarity();
  }

  served(claimId: string): ServedClaim | undefined {
    const claim = this.claim(claimId);
    const report = claim && this.report(claim.reportId);
    return claim && report ? { claim, report } : undefined;
  }

  get version(): number {
    return this.library.version;
  }

  get claimCount(): number {
    return this.current.claimCount;
  }

  get claimTable(): ClaimTable | null {
    return this.library.claimTable;
  }

  /** The library's: this view's index leaves out what the scope does not see, with or without a filter. */
  get servesEveryIndexedClaim(): boolean {
    return this.library.servesEveryIndexedClaim;
  }

  get errors(): ReportIssue[] {
    // A folder that cannot be read (`marketing/`) counts as in itself.
    return this.library.errors.filter((error) => this.visible(error.file));
  }

  get perspectives(): string[] {
    return [...this.current.perspectives];
  }

  get aliases(): AliasTable {
    return this.library.aliases;
  }

  get loading(): Readonly<{ done: number; total: number }> | null {
    return this.library.loading;
  }

  whenLoaded(timeoutMs: number): Promise<boolean> {
    return this.library.whenLoaded(timeoutMs);
  }

  get folderMissingSince(): Date | null {
    return this.library.folderMissingSince;
  }

  get updatedAt(): Date {
    return this.library.updatedAt;
  }
}

/** Whether the claim, its quotes, findings or sources contain `word` as written (case aside). */
function claimContains(claim: Claim | undefined, word: string): boolean {
  if (!claim) return false;
  const wanted = word.toLowerCase();
  const texts = [claim.text, ...claim.evidence.flatMap((e) => [e.source, e.quote ?? '', e.finding ?? ''])];
  return texts.some((text) => text.toLowerCase().includes(wanted));
}
