// The JSON form of an Answer that other tools read (DESIGN.md §3). Keep the shape stable.

import type { Evidence, ReportIssue } from '../reports/model.js';
import type { Answer } from '../answer/answer.js';

export interface AnswerJson {
  query: string;
  results: {
    claim: string;
    perspective: string;
    score: number;
    report: { id: string; file: string; topic: string; date: string };
    evidence: {
      source: string;
      quote: string | null;
      finding: string | null;
      reference: { n: number; title: string; url: string | null } | null;
    }[];
  }[];
  errors: { file: string; reason: string }[];
}

export function answerJson(answer: Answer, limit: number): AnswerJson {
  return {
    query: answer.question,
    results: answer.items.slice(0, limit).map(({ claim, report, score }) => ({
      claim: claim.text,
      perspective: claim.perspective,
      score: Math.round(score * 1000) / 1000,
      report: { id: report.id, file: report.file, topic: report.topic, date: report.date },
      evidence: claim.evidence.map(evidenceJson),
    })),
    errors: answer.errors.map(issueJson),
  };
}

function evidenceJson(evidence: Evidence): AnswerJson['results'][number]['evidence'][number] {
  const ref = evidence.reference;
  return {
    source: evidence.source,
    quote: evidence.quote ?? null,
    finding: evidence.finding ?? null,
    reference: ref ? { n: ref.n, title: ref.title, url: ref.url } : null,
  };
}

/** The line, where known, is part of the reason so the shape stays `{ file, reason }`. */
export function issueJson(issue: ReportIssue): { file: string; reason: string } {
  return { file: issue.file, reason: issue.line !== undefined ? `line ${issue.line}: ${issue.reason}` : issue.reason };
}
