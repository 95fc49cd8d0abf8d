// The report model: what a parsed research report is, independent of how it was stored or asked.

/** One entry of a report's numbered References list. `url` is null when the report says `Unknown`. */
export interface Reference {
  n: number;
  title: string;
  url: string | null;
}

/** A source a claim cites, with the verbatim quote or key finding that supports the claim. */
export interface Evidence {
  source: string;
  quote?: string;
  finding?: string;
  /** The References entry whose title matches `source`, when there is one. */
  reference?: Reference;
}

export interface Claim {
  /** Stable across reloads of an unchanged report: `<report id>#<ordinal>`, ordinal from 1. */
  id: string;
  reportId: string;
  /** Exactly as written in the report (line wraps folded to one space). */
  text: string;
  /** The heading the claim sits under, e.g. "Data Quality Perspective"; "" when there is none. */
  perspective: string;
  evidence: Evidence[];
  /** 1-based line of the claim in its file. */
  line: number;
}

export interface FocusArea {
  title: string;
  /** Labelled points such as { label: "Risks", text: "..." }; label is "" for an unlabelled point. */
  points: { label: string; text: string }[];
}

export interface Report {
  /** The file stem: `synthetic-data-llm-training` for `synthetic-data-llm-training.md`. */
  id: string;
  /** The file name, without directories. */
  file: string;
  topic: string;
  /** `Research Date` as written (e.g. "2026-01-15 15:15"); "" when the report has none. */
  date: string;
  sourcesAnalyzed?: number;
  summary: string;
  angles: string[];
  claims: Claim[];
  focusAreas: FocusArea[];
  conclusions: string;
  references: Reference[];
}

/**
 * A problem with a report file, as data. As an error the file is not served; as a warning the
 * report is served with a fallback (e.g. a topic taken from the file name).
 */
export interface ReportIssue {
  file: string;
  line?: number;
  reason: string;
}

export type ParseResult =
  | { ok: true; report: Report; warnings: ReportIssue[] }
  | { ok: false; error: ReportIssue };
