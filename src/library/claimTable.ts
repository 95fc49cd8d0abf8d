// What a question's filters read of each served claim, in typed arrays by the index's short id:
// its report (as a number: the report's date and id are read per report), its perspective (as a
// number) and its evidence strength. A filtered question tests thousands of matches, and the
// library's string-keyed maps (short id -> claim id -> claim -> report) cost more per match than
// scoring it; a test here is a few array reads (src/answer/questionFilter.ts builds it).

import { hasStrength } from '../reports/evidenceFlags.js';
import type { Report } from '../reports/model.js';
import type { ClaimIndex } from '../search/claimIndex.js';
import { grownArray } from '../search/grownArray.js';

/** Evidence strengths as bits (EVIDENCE_STRENGTHS). */
export const QUOTED = 1;
export const MULTI_SOURCE = 2;

/** A served report's facts the filters read. */
export interface ReportFacts {
  id: string;
  /** `Research Date`'s first 10 characters (YYYY-MM-DD as written), as `since:` compares it. */
  day: string;
}

export class ClaimTable {
  /** The served claim's report number + 1, by short id; 0: no served claim. */
  private reportOf = new Int32Array(0);
  private perspectiveOf = new Int32Array(0);
  private strengthOf = new Uint8Array(0);
  private readonly reportNumbers = new Map<string, number>();
  /** By report number: the facts of the report served under that id, undefined when none is. */
  private readonly facts: (ReportFacts | undefined)[] = [];
  private readonly perspectiveNumbers = new Map<string, number>();
  private readonly perspectiveNames: string[] = [];
  /**
   * Served reports with a claim whose ids do not say its report (`<report id>#n`, reportId the
   * report's): the table then stands aside, as scopes read a claim's report from its id.
   */
  private readonly irregular = new Set<string>();

  /** `index`: the index whose short ids number the claims (a new index needs a new table). */
  constructor(readonly index: ClaimIndex) {}

  /** Whether the table covers every served claim as the library's maps do (false on MiniSearch's public API). */
  get usable(): boolean {
    return this.index.engine.mode === 'compact' && this.irregular.size === 0;
  }

  /** A report's claims are served (the index holds them). */
  add(report: Report): void {
    this.facts[this.numberOf(report.id)] = { id: report.id, day: report.date.slice(0, 10) };
    for (const claim of report.claims) {
      const shortId = this.index.shortIdOf(claim.id);
      if (claim.reportId !== report.id || claim.id.slice(0, claim.id.lastIndexOf('#')) !== report.id || shortId === undefined) {
        this.irregular.add(report.id);
        continue;
      }
      this.fit(shortId + 1);
      this.reportOf[shortId] = this.numberOf(claim.reportId) + 1;
      this.perspectiveOf[shortId] = this.perspectiveNumberOf(claim.perspective);
      this.strengthOf[shortId] = (hasStrength(claim, 'quoted') ? QUOTED : 0) | (hasStrength(claim, 'multi-source') ? MULTI_SOURCE : 0);
    }
  }

  /** A report is no longer served; before the index drops its claims (their short ids are read). */
  remove(report: Report): void {
    for (const claim of report.claims) {
      const shortId = this.index.shortIdOf(claim.id);
      if (shortId !== undefined && shortId < this.reportOf.length) this.reportOf[shortId] = 0;
    }
    this.facts[this.numberOf(report.id)] = undefined;
    this.irregular.delete(report.id);
  }

  /** The report number of the served claim with this short id, or -1 when none is served. */
  reportNumberOf(shortId: number): number {
    return shortId < this.reportOf.length ? (this.reportOf[shortId] as number) - 1 : -1;
  }

  /** The served report's facts by report number; undefined when none is served under that number. */
  reportFacts(reportNumber: number): ReportFacts | undefined {
    return this.facts[reportNumber];
  }

  /** The report id a report number stands for. */
  reportIdOf(reportNumber: number): string | undefined {
    return this.facts[reportNumber]?.id;
  }

  get reportNumberBound(): number {
    return this.facts.length;
  }

  /** A served claim's perspective number (read only after reportNumberOf says it is served). */
  perspectiveNumberOfClaim(shortId: number): number {
    return this.perspectiveOf[shortId] as number;
  }

  perspectiveName(perspectiveNumber: number): string {
    return this.perspectiveNames[perspectiveNumber] ?? '';
  }

  get perspectiveBound(): number {
    return this.perspectiveNames.length;
  }

  /** A served claim's strengths as QUOTED and MULTI_SOURCE bits. */
  strengthsOf(shortId: number): number {
    return this.strengthOf[shortId] as number;
  }

  private numberOf(reportId: string): number {
    let n = this.reportNumbers.get(reportId);
    if (n === undefined) {
      n = this.facts.length;
      this.reportNumbers.set(reportId, n);
      this.facts.push(undefined);
    }
    return n;
  }

  private perspectiveNumberOf(perspective: string): number {
    let n = this.perspectiveNumbers.get(perspective);
    if (n === undefined) {
      n = this.perspectiveNames.length;
      this.perspectiveNumbers.set(perspective, n);
      this.perspectiveNames.push(perspective);
    }
    return n;
  }

  private fit(size: number): void {
    if (this.reportOf.length >= size) return;
    const capacity = Math.max(size, 1024);
    this.reportOf = grownArray(this.reportOf, capacity);
    this.perspectiveOf = grownArray(this.perspectiveOf, capacity);
    this.strengthOf = grownArray(this.strengthOf, capacity);
  }
}
