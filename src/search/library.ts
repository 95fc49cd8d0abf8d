// The reports being served, their claims and the index over them, kept in step. Reports come and
// go one at a time (load, reload), so the index is updated per report, never rebuilt.

import type { Claim, Report, ReportIssue } from '../reports/model.js';
import type { LoadedReports } from '../reports/loadReports.js';
import { ClaimIndex } from './claimIndex.js';

export class Library {
  readonly index = new ClaimIndex();
  private readonly reportsById = new Map<string, Report>();
  private readonly claimsById = new Map<string, Claim>();
  /** Files not served (or served from their last good version), each with its reason. */
  errors: ReportIssue[] = [];
  /** Reports served with a fallback. */
  warnings: ReportIssue[] = [];

  static from(loaded: LoadedReports): Library {
    const library = new Library();
    for (const report of loaded.reports) library.put(report);
    library.errors = [...loaded.errors];
    library.warnings = [...loaded.warnings];
    return library;
  }

  /** Adds a report, or replaces the one with the same id. */
  put(report: Report): void {
    this.remove(report.id);
    this.reportsById.set(report.id, report);
    for (const claim of report.claims) this.claimsById.set(claim.id, claim);
    this.index.addReport(report);
  }

  remove(reportId: string): void {
    const old = this.reportsById.get(reportId);
    if (!old) return;
    this.index.removeReport(old);
    for (const claim of old.claims) this.claimsById.delete(claim.id);
    this.reportsById.delete(reportId);
  }

  get reports(): Report[] {
    return [...this.reportsById.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  get claimCount(): number {
    return this.claimsById.size;
  }

  report(id: string): Report | undefined {
    return this.reportsById.get(id);
  }

  claim(id: string): Claim | undefined {
    return this.claimsById.get(id);
  }

  /** Distinct perspectives across reports, as written, in first-seen order. */
  get perspectives(): string[] {
    const seen = new Map<string, string>();
    for (const report of this.reports) {
      for (const claim of report.claims) {
        const key = claim.perspective.toLowerCase();
        if (claim.perspective && !seen.has(key)) seen.set(key, claim.perspective);
      }
    }
    return [...seen.values()];
  }
}
