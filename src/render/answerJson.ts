// The JSON form of an Answer that other tools read (DESIGN.md §3). Keep the shape stable: keys
// may be added (after the existing ones), never renamed or removed.

import type { Evidence, ReportIssue } from '../reports/model.js';
import type { Answer, AnswerItem } from '../answer/answer.js';
import { evidenceFlags, type EvidenceFlag } from '../reports/evidenceFlags.js';
import { plainHint, questionNotes } from './answerText.js';

type ResultJson = {
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
    /** The claim's id, `<report id>#<ordinal>`, as in the feedback log. */
    id: string;
    /** How the report supports the claim (src/reports/evidenceFlags.ts); [] when none applies. */
    flags: EvidenceFlag[];
};

export interface AnswerJson {
  query: string;
  results: ResultJson[];
  errors: { file: string; reason: string }[];
  /** How many claims match in all (`results` holds the first `--limit`); see Answer.total. */
  total: number;
  /**
   * What the person is told besides the claims: problems with the question (none on chat:
   * answerText.ts questionNotes), why nothing matched.
   */
  hints: string[];
  /** False when no claim answers the question (results is then []); see Answer.answered. */
  answered: boolean;
  /** When not answered, the closest claims, shown as related and never as answers. */
  related: ResultJson[];
  /**
   * True when no claim is given and the message only greets, makes small talk or asks for what no
   * report holds (see Answer.chat): to be answered as chat (chatReply.ts), not as "nothing matches".
   */
  chat: boolean;
}

export function answerJson(answer: Answer, limit: number): AnswerJson {
  return {
    query: answer.question,
    results: answer.items.slice(0, limit).map(resultJson),
    errors: answer.errors.map(issueJson),
    total: answer.total,
    hints: answerHints(answer),
    answered: answer.answered,
    related: answer.related.map(resultJson),
    chat: answer.chat,
  };
}

function resultJson({ claim, report, score }: AnswerItem): ResultJson {
  return {
    claim: claim.text,
    perspective: claim.perspective,
    score: Math.round(score * 1000) / 1000,
    report: { id: report.id, file: report.file, topic: report.topic, date: report.date },
    evidence: claim.evidence.map(evidenceJson),
    id: claim.id,
    flags: evidenceFlags(claim),
  };
}

/** The hints of an answer as plain text: those about the question, then why nothing matched. */
export function answerHints(answer: Answer): string[] {
  return [...questionNotes(answer), ...(answer.suggestions?.why ?? [])].map(plainHint);
}

function evidenceJson(evidence: Evidence): ResultJson['evidence'][number] {
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
