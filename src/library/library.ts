// The reports being served, their claims and the index over them, kept in step. Reports come and
// go one at a time (load, live reload), so the index is updated per report, never rebuilt. Each
// update is synchronous, so a question sees a report either before or after it, never half; a
// live reload indexes the new version apart beforehand, in turns (putInTurns), so that step is short.
// A write to a file made while its new version is indexed apart wins over that version.

import type { Claim, Report, ReportIssue } from '../reports/model.js';
import type { LoadedReports } from '../reports/loadReports.js';
import { reportIdOf } from '../reports/reportId.js';
import { AliasTable, aliasesOf, aliasSlices, type AliasPair } from '../search/aliases.js';
import { ClaimIndex } from '../search/claimIndex.js';
import { letSharedWordNetGo, sharedWordNet, sharedWordNetProblem, wordNetLetGo } from '../search/wordnet/sharedWordNet.js';
import type { WordNet } from '../search/wordnet/wordNet.js';
import type { StagedReport } from '../search/stagedReport.js';
import { yieldToEventLoop } from '../reports/yieldToEventLoop.js';
import type { SemanticSearch } from '../search/semantic/semanticSearch.js';
import { ClaimTable } from './claimTable.js';
import type { IndexSnapshot, SnapshotReport } from './indexSnapshot.js';
import { type LibraryView, ScopedLibrary, type ServedClaim } from './libraryView.js';
import { LoadProgress, type LoadingProgress } from './loadProgress.js';
import { type ReportScope, scopeKey } from './reportScope.js';
import { ServedSentences } from './servedSentences.js';
import type { FunctionWordRarity } from '../search/sharedFunctionWords.js';
import { claimFunctionWords, type PreparedApart } from './preparedApart.js';

/**
 * A report's texts, then its claims, whose names are mined per turn of a live reload
 * (aliasesInTurns). A choice, as STAGED_PER_TURN is, not timed per turn: bench/README.md
 * (twenty-eighth session) times the 5,000-claim report's mining whole, the one step it was.
 */
const MINED_PER_TURN = 100;

export class Library implements LibraryView {
  /**
   * `index`: the empty index to serve from (a test can pass one on MiniSearch's public API).
   * `wordnet`: the reader the reports' gloss pairs are mined by (aliases.ts), by default the one
   * questions are read by (sharedWordNet.ts; making it opens no file); null without WordNet (then
   * a report has no gloss pairs).
   */
  constructor(
    private index_ = new ClaimIndex(),
    wordnet: WordNet | null = sharedWordNet(),
  ) {
    this.table = new ClaimTable(index_);
    this.reader = wordnet;
    this.readerIsShared = wordnet !== null && wordnet === sharedWordNet();
  }

  private reader: WordNet | null;
  /** Whether `reader` is the one questions are read by: dropped there (a failed read), it is dropped here too. */
  private readonly readerIsShared: boolean;

  /**
   * The reader the reports' gloss pairs are mined by; null without WordNet, and from the moment a
   * read through it failed, here or (the shared reader) in a question's search: then reports are
   * served without gloss pairs, as search goes on without WordNet (expandQuestion.ts).
   */
  get wordnet(): WordNet | null {
    if (this.reader !== null && this.readerIsShared && sharedWordNet() !== this.reader) this.reader = null;
    return this.reader;
  }

  /** What filters read of each served claim, by the index's short id (kept in step with the index). */
  private table: ClaimTable;

  /** The whole library is the view that sees every report. */
  readonly scope = 'all' as const;

  /** The names the served reports give things themselves, searched as synonyms. */
  readonly aliases = new AliasTable();

  private readonly reportsById = new Map<string, Report>();
  /** Each served claim with the report serving it: an answer reads both for each of its 50 claims, and one lookup is half the cache misses of two after idle time. */
  private readonly claimsById = new Map<string, ServedClaim>();
  /** What answers read of the served claims' sentences, worked out when they are served. */
  private readonly sentences = new ServedSentences();
  // Kept apart so answering (which reads errors) walks only the broken files, not every file.
  private readonly errorsByFile = new Map<string, ReportIssue>();
  private readonly progress = new LoadProgress();
  private updatedAt_ = new Date();
  private version_ = 0;
  private readonly views = new Map<string, ScopedLibrary>();
  // Answers read these on every question; sorting a large library's reports each time was slow (bench/README.md).
  private sortedReports: Report[] | undefined;
  private perspectiveList: string[] | undefined;

  /** The content hash of each served report's file, where known (the index snapshot names them). */
  private readonly hashes = new Map<string, string>();
  /**
   * Reports a loaded index snapshot holds that are not served yet, by file. Each is confirmed
   * (served, its claims kept in the index) when its file comes with the same hash, or dropped.
   */
  private readonly adopted = new Map<string, { hash: string; reportId: string; claimIds: string[]; aliases: AliasPair[] | undefined }>();
  private indexChanged_ = true;

  /**
   * Each file's last write (put, fail, forget, or a putInTurns asked for), numbered in the order
   * asked: a version indexed in turns is served only if no other write to its file came meanwhile.
   */
  private readonly lastWrite = new Map<string, number>();
  private writes = 0;

  /** Semantic search over the claims, when an embeddings API is configured (EMBEDDINGS_URL); null otherwise. */
  semantic: SemanticSearch | null = null;

  get index(): ClaimIndex {
    return this.index_;
  }

  /** Set while the reports folder is still being read: how far it has got (loadProgress.ts). */
  get loading(): LoadingProgress | null {
    return this.progress.loading;
  }

  setLoading(progress: LoadingProgress | null): void {
    this.progress.setLoading(progress);
  }

  whenLoaded(timeoutMs: number): Promise<boolean> {
    return this.progress.whenLoaded(timeoutMs);
  }

  get folderMissingSince(): Date | null {
    return this.progress.folderMissingSince;
  }

  setFolderMissing(missing: boolean): void {
    this.progress.setFolderMissing(missing);
  }

  /** Counts changes to what is served (reports and errors): a view's cached lists are rebuilt when it moves. */
  get version(): number {
    return this.version_;
  }

  /** The library as a scope sees it (see ScopedLibrary); the library itself for 'all'. */
  view(scope: ReportScope): LibraryView {
    if (scope === 'all') return this;
    const key = scopeKey(scope);
    let view = this.views.get(key);
    if (!view) {
      // Scopes come from the channels file and the command line: a handful, unless rules change often.
      if (this.views.size >= 1000) this.views.clear();
      view = new ScopedLibrary(this, scope);
      this.views.set(key, view);
    }
    return view;
  }

  /** When the reports last changed (load or reload). */
  get updatedAt(): Date {
    return this.updatedAt_;
  }

  /** Whether the index differs from the snapshot it was loaded from or last saved to (true without one). */
  get indexChanged(): boolean {
    return this.indexChanged_;
  }

  /** The index has just been saved as a snapshot. */
  indexSaved(): void {
    this.indexChanged_ = false;
  }

  static from(loaded: LoadedReports<PreparedApart>): Library {
    const library = new Library();
    library.add(loaded);
    return library;
  }

  /** Serves what a load (or one batch of it) found: its reports and its errors. */
  add(loaded: LoadedReports<PreparedApart>): void {
    for (const report of loaded.reports) this.put(report, loaded.hashes?.get(report.file), loaded.prepared?.get(report.file));
    for (const error of loaded.errors) this.fail(error);
  }

  /**
   * Starts from a saved index (indexSnapshot.ts) instead of an empty one; only before anything is
   * served. Until its reports are put, its claims are in the index but not in the library, and
   * answers leave them out (they ask the library for each claim).
   */
  adopt(snapshot: IndexSnapshot): boolean {
    if (this.reportsById.size > 0 || this.index_.size > 0) return false;
    const claimIds = new Map<string, string[]>();
    for (const id of snapshot.claimIds) {
      const reportId = id.slice(0, id.lastIndexOf('#'));
      const ids = claimIds.get(reportId);
      if (ids) ids.push(id);
      else claimIds.set(reportId, [id]);
    }
    this.index_ = snapshot.index;
    this.table = new ClaimTable(snapshot.index);
    for (const { file, hash, reportId, aliases } of snapshot.reports) this.adopted.set(file, { hash, reportId, claimIds: claimIds.get(reportId) ?? [], aliases });
    this.indexChanged_ = false;
    return true;
  }

  /**
   * Drops the snapshot's reports that were not put (files gone, changed into broken ones), and
   * sweeps what dropped claims left in the index; then packs the postings and keys the load indexed.
   */
  finishAdoption(): void {
    for (const file of [...this.adopted.keys()]) this.dropAdopted(file);
    this.index_.sweep();
    this.index_.pack();
  }

  /** Each served report's file, its content hash and id; null when a hash is not known or adoption is not finished. */
  snapshotReports(): SnapshotReport[] | null {
    if (this.adopted.size > 0) return null;
    const reports: SnapshotReport[] = [];
    for (const report of this.reportsById.values()) {
      const hash = this.hashes.get(report.file);
      if (hash === undefined) return null;
      reports.push({ file: report.file, hash, reportId: report.id, aliases: this.aliases.pairsOf(report.id) });
    }
    return reports;
  }

  private dropAdopted(file: string): void {
    const adopted = this.adopted.get(file);
    if (!adopted) return;
    this.adopted.delete(file);
    this.index_.removeClaims(adopted.claimIds);
    this.indexChanged_ = true;
  }

  /**
   * Serves a report, replacing the one with the same id; clears its file's error. `hash` is its
   * file's content hash, when known: a report a loaded snapshot holds with that hash is not indexed
   * again. `apart`: the report prepared on a parse worker (preparedApart.ts); its names are taken
   * when mined with the files this library's WordNet reads (or both without WordNet), else mined here.
   */
  put(report: Report, hash?: string, apart?: PreparedApart): void {
    this.wrote(report.file);
    const names = apart?.names;
    this.serve(report, hash, names && names.wordnet === (this.wordnet?.dir ?? null) ? { claims: null, aliases: names.pairs } : null, apart);
  }

  /**
   * Serves a report as put does, without holding the event loop for long: its claims are indexed
   * apart first, a slice per turn (ClaimIndex.stageReport), and its names found, while the version
   * served keeps answering; then it is served in one short synchronous step, as put would serve
   * it (the same index to the last bit). A question sees the old version or the new, never half.
   * For a live reload, where a large report otherwise holds every answer due meanwhile.
   * 'superseded': another write to its file (put, fail, forget, a later putInTurns) came
   * meanwhile and stands; 'stopped': `signal` was aborted first. Neither serves anything.
   */
  async putInTurns(report: Report, signal?: AbortSignal): Promise<'served' | 'superseded' | 'stopped'> {
    const write = this.wrote(report.file);
    const claims = await this.index_.stageReport(report, signal);
    await yieldToEventLoop();
    const aliases = await this.aliasesInTurns(report, signal);
    await yieldToEventLoop();
    if (signal?.aborted) return 'stopped';
    if (this.lastWrite.get(report.file) !== write) return 'superseded';
    this.serve(report, undefined, { claims, aliases });
    return 'served';
  }

  /** Numbers a write to `file` as the last one asked for it. */
  private wrote(file: string): number {
    this.lastWrite.set(file, ++this.writes);
    return this.writes;
  }

  /** put, with what putInTurns worked out beforehand (null: nothing), and its claims' function words worked out on a parse worker. */
  private serve(report: Report, hash: string | undefined, prepared: { claims: StagedReport | null; aliases: AliasPair[] } | null, apart?: PreparedApart): void {
    // Ids are paths, so only `x.md` beside `x.MD` can share one: the first served keeps it.
    const holder = this.reportsById.get(report.id);
    if (holder && holder.file !== report.file) {
      this.fail({ file: report.file, reason: `has the same report id "${report.id}" as ${holder.file}, which is served; rename one of them` });
      return;
    }
    const adopted = this.adopted.get(report.file);
    const indexed = adopted !== undefined && hash !== undefined && adopted.hash === hash && adopted.reportId === report.id;
    // Checked before anything changes: were the staged claims refused halfway, the library would
    // list the new version with its claims missing from the index and the old version gone.
    const staged = !indexed && prepared?.claims?.report === report && this.index_.canAddStaged(prepared.claims, this.leaving(holder, adopted)) ? prepared.claims : null;
    if (indexed) this.adopted.delete(report.file);
    else this.dropAdopted(report.file);
    // The new version's sentences before the old one's go: those it keeps are not worked out again.
    for (let i = 0; i < report.claims.length; i++) this.sentences.served((report.claims[i] as Claim).text, claimFunctionWords(apart, i));
    this.removeReport(report.id);
    this.reportsById.set(report.id, report);
    // An unchanged file's names come with its claims from the snapshot: mining every report's
    // text for them cost a good part of a warm start.
    this.aliases.add(report.id, (indexed ? adopted.aliases : undefined) ?? prepared?.aliases ?? this.aliasesOf(report), report.file);
    this.reportsChanged();
    for (const claim of report.claims) this.claimsById.set(claim.id, { claim, report });
    if (!indexed) {
      if (staged) this.index_.addStaged(staged);
      else this.index_.addReport(report);
      this.indexChanged_ = true;
    }
    this.table.add(report);
    if (hash !== undefined) this.hashes.set(report.file, hash);
    else this.hashes.delete(report.file);
    this.errorsByFile.delete(report.file);
    this.updatedAt_ = new Date();
    this.version_++;
  }

  /**
   * The names a report defines, its gloss pairs mined by `wordnet`. A WordNet whose files fail
   * part-way (a read error, isReadError: ENOENT, EIO…) is let go, the problem recorded
   * (wordNetProblem; the shared reader's where questions record theirs, sharedWordNet.ts), and the
   * report's names mined without it: the bot serves on without WordNet rather than fail the load
   * or reload. Any other error is a bug and is thrown.
   */
  private aliasesOf(report: Report): AliasPair[] {
    const reader = this.wordnet;
    if (reader === null) return aliasesOf(report, null);
    try {
      return aliasesOf(report, reader);
    } catch (error) {
      this.letGoOfWordNet(reader, error);
      return aliasesOf(report, null);
    }
  }

  /**
   * Lets WordNet go now if one of the files it would read cannot be opened (WordNet.checkFiles),
   * as a read failing part-way would later: a start does this before reading the index snapshot,
   * so a WordNet whose files stay missing is no reason to mine every report again at each start.
   */
  checkWordNet(): void {
    const reader = this.wordnet;
    try {
      reader?.checkFiles();
    } catch (error) {
      this.letGoOfWordNet(reader, error);
    }
  }

  /**
   * After a read error through `reader` (anything else is thrown): mining goes on without it. The
   * shared reader is let go as a question's failed read lets it go (letSharedWordNetGo), why kept
   * with it; a reader of the library's own, why kept here.
   */
  private letGoOfWordNet(reader: WordNet | null, error: unknown): void {
    letSharedWordNetGo(reader, error);
    this.reader = null;
    if (!this.readerIsShared) this.wordNetProblem_ ??= wordNetLetGo(error);
  }

  /**
   * aliasesOf a slice at a time (MINED_PER_TURN), the event loop turning between slices: a large
   * report's names took one long step. A reader let go meanwhile (a question's failed read) or
   * failing here: the report is mined without WordNet, as aliasesOf would mine it from then on.
   * Stopped (`signal`): no names, and putInTurns serves nothing of the report.
   */
  private async aliasesInTurns(report: Report, signal?: AbortSignal): Promise<AliasPair[]> {
    const reader = this.wordnet;
    const slices = aliasSlices(report, reader, MINED_PER_TURN);
    try {
      for (let step = slices.next(); ; step = slices.next()) {
        if (step.done) return step.value;
        await yieldToEventLoop();
        if (signal?.aborted) return [];
        if (this.wordnet !== reader) return aliasesOf(report, null);
      }
    } catch (error) {
      this.letGoOfWordNet(reader, error);
      return aliasesOf(report, null);
    }
  }

  /** Why a reader of its own was let go (aliasesOf); the shared reader's is kept with it. */
  private wordNetProblem_: string | null = null;

  /**
   * Why the reports' names are mined without WordNet since a read failed, by serving a report or
   * (the shared reader) by a question's search; null while none has.
   */
  get wordNetProblem(): string | null {
    return this.readerIsShared ? sharedWordNetProblem() : this.wordNetProblem_;
  }

  /** The claim ids serve takes out of the index before adding a report: its old version's and a snapshot's for its file. */
  private leaving(holder: Report | undefined, adopted: { claimIds: string[] } | undefined): Set<string> {
    const ids = new Set(adopted?.claimIds);
    for (const claim of holder?.claims ?? []) ids.add(claim.id);
    return ids;
  }

  /** A file that cannot be read as a report. Its last good version, if any, stays served. */
  fail(error: ReportIssue): void {
    this.wrote(error.file);
    this.dropAdopted(error.file);
    this.errorsByFile.set(error.file, error);
    this.updatedAt_ = new Date();
    this.version_++;
  }

  /** A file that is gone: its report and its error go with it. */
  forget(file: string): void {
    this.wrote(file);
    this.dropAdopted(file);
    // Not another file's report that has the same id (see put).
    if (this.reportsById.get(reportIdOf(file))?.file === file) this.removeReport(reportIdOf(file));
    this.errorsByFile.delete(file);
    this.updatedAt_ = new Date();
    this.version_++;
  }

  private removeReport(reportId: string): void {
    const old = this.reportsById.get(reportId);
    if (!old) return;
    this.table.remove(old);
    this.index_.removeReport(old);
    this.indexChanged_ = true;
    for (const claim of old.claims) {
      this.claimsById.delete(claim.id);
      this.sentences.notServed(claim.text);
    }
    this.reportsById.delete(reportId);
    this.aliases.remove(reportId);
    this.hashes.delete(old.file);
    this.reportsChanged();
  }

  private reportsChanged(): void {
    this.sortedReports = undefined;
    this.perspectiveList = undefined;
  }

  /** Files not served, or served from their last good version, each with its reason. */
  get errors(): ReportIssue[] {
    const errors: ReportIssue[] = [];
    for (const [file, error] of [...this.errorsByFile].sort(([a], [b]) => a.localeCompare(b))) {
      errors.push(
        this.reportsById.get(reportIdOf(file))?.file === file
          ? { ...error, reason: `${error.reason}; the last good version is still served` }
          : error,
      );
    }
    return errors;
  }

  get reports(): Report[] {
    this.sortedReports ??= [...this.reportsById.values()].sort((a, b) => a.id.localeCompare(b.id));
    return [...this.sortedReports];
  }

  get reportCount(): number {
    return this.reportsById.size;
  }

  get claimCount(): number {
    return this.claimsById.size;
  }

  report(id: string): Report | undefined {
    return this.reportsById.get(id);
  }

  claim(id: string): Claim | undefined {
    return this.claimsById.get(id)?.claim;
  }

  sentenceFunctionWordBits(sentence: string): Uint32Array | undefined {
    return this.sentences.functionWordBitsOf(sentence);
  }

  functionWordRarity(): FunctionWordRarity {
    return this.sentences.functionWordRarity();
  }

  served(id: string): ServedClaim | undefined {
    const served = this.claimsById.get(id);
    if (!served || served.claim.reportId === served.report.id) return served;
    // A claim naming another report than the one serving it: that report, as `report()` gives it.
    const report = this.reportsById.get(served.claim.reportId);
    return report && { claim: served.claim, report };
  }

  /** The served claims' filter facts by short id (claimTable.ts); null when it cannot stand for the maps. */
  get claimTable(): ClaimTable | null {
    return this.table.usable ? this.table : null;
  }

  /**
   * Whether every claim the index holds is served: no loaded snapshot's report is waiting to be
   * confirmed, and the index holds as many claims as are served (every served claim is indexed).
   */
  get servesEveryIndexedClaim(): boolean {
    return this.adopted.size === 0 && this.index_.size === this.claimsById.size;
  }

  /** Distinct perspectives across reports, as written, in first-seen order. */
  get perspectives(): string[] {
    if (!this.perspectiveList) {
      const seen = new Map<string, string>();
      for (const report of this.reports) {
        for (const claim of report.claims) {
          const key = claim.perspective.toLowerCase();
          if (claim.perspective && !seen.has(key)) seen.set(key, claim.perspective);
        }
      }
      this.perspectiveList = [...seen.values()];
    }
    return [...this.perspectiveList];
  }
}
