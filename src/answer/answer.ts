// The Answer: what the bot says to a question, before any chat or terminal formatting. Every
// text in it is taken from the reports as written; nothing is generated.

import type { Claim, Report, ReportIssue } from '../reports/model.js';
import type { ParsedQuery } from '../search/parseQuery.js';

export interface AnswerItem {
  claim: Claim;
  report: Report;
  /** Relevance (MiniSearch BM25 score); 0 when the question was only filters. */
  score: number;
}

/** What to try when nothing matched. */
export interface Suggestions {
  /** Words in the reports close to the question's words (typos, other forms). */
  words: string[];
  perspectives: string[];
  reports: { id: string; topic: string }[];
}

export interface Answer {
  question: string;
  query: ParsedQuery;
  /** Matching claims, best first. */
  items: AnswerItem[];
  /** Hints about the question itself (an unknown filter, a bad date), for the person asking. */
  problems: string[];
  /** Present when nothing matched. */
  suggestions?: Suggestions;
  /** Report files that are not being served, with their reasons. */
  errors: ReportIssue[];
}
