// The Answer: what the bot says to a question, before any chat or terminal formatting. Every
// text in it is taken from the reports as written; nothing is generated.

import type { Claim, Report, ReportIssue } from '../reports/model.js';
import type { ParsedQuery } from '../search/parseQuery.js';

/**
 * The claims a page of an answer shows: Slack's first page and each "Show more", and a declined
 * question's related claims. The "no answer" decision reads the names a question asks for over
 * the first page (answerability.ts): an answer is about what it shows.
 */
export const CLAIMS_PER_PAGE = 3;

export interface AnswerItem {
  claim: Claim;
  report: Report;
  /** Relevance (MiniSearch BM25 score); 0 when the question was only filters. */
  score: number;
}

/** What to try when nothing matched. */
export interface Suggestions {
  /**
   * Why nothing matched when the question's words alone do match claims: which filter left none,
   * and what it could have been (e.g. "No perspective contains `zzz`."). Empty when the words
   * themselves match nothing.
   */
  why: string[];
  /** Words in the reports close to the question's words (typos, other forms); none the person typed. */
  words: string[];
  /** Every perspective, those where the question's words match first. */
  perspectives: string[];
  /** Every report, those where the question's words match first. */
  reports: { id: string; topic: string }[];
}

export interface Answer {
  question: string;
  query: ParsedQuery;
  /**
   * False when no claim answers the question: nothing matched, or what matched does not cover
   * what the question asks (answerability.ts). `items` is then empty.
   */
  answered: boolean;
  /** Matching claims, best first (at most MAX_ITEMS); none when not answered. */
  items: AnswerItem[];
  /** When not answered: the closest claims (at most 3), to show as related, never as answers. */
  related: AnswerItem[];
  /** Reports being served; 0 when the folder is empty or none of its files could be read. */
  reportCount: number;
  /**
   * How many claims match. Exact when the search scores every match (libraries under 2,000
   * claims, questions that are only filters); pruned searches count at most MAX_ITEMS.
   */
  total: number;
  /** Hints about the question itself (an unknown filter, a bad date), for the person asking. */
  problems: string[];
  /** Present when nothing matched. */
  suggestions?: Suggestions;
  /**
   * True when no claim is given, reports are served, and the question only greets, makes small
   * talk or requests what no report meets ("hi", "how's your day going?", "can you write me a
   * haiku?": greetsOrRequests in chatQuestion.ts): said to the bot, it is answered as chat, not as
   * a search that found nothing. Decided here once; every renderer reads it as it is.
   */
  chat: boolean;
  /** Report files that are not being served, with their reasons. */
  errors: ReportIssue[];
}
