// The one path from what someone typed to what the bot replies, for every surface (Slack's
// /reports, mentions and DMs; the terminal): help, the list, the status, one report, or an
// answer. Chat-agnostic: each surface renders the Reply its own way.

import type { Library } from '../library/library.js';
import { type LibraryStatus, libraryStatus } from '../library/libraryStatus.js';
import type { RateLimiter } from '../limits/rateLimiter.js';
import type { Report, ReportIssue } from '../reports/model.js';
import type { Answer } from './answer.js';
import { answerQuestion } from './answerQuestion.js';
import { findReport, parseRequest } from './parseRequest.js';

export type Reply =
  | { kind: 'help' }
  | { kind: 'list'; reports: Report[]; errors: ReportIssue[] }
  | { kind: 'status'; status: LibraryStatus }
  | { kind: 'show'; report: Report }
  /** `show <name>` where the name is no report (`candidates` empty) or several. */
  | { kind: 'no-such-report'; name: string; candidates: string[]; reportIds: string[] }
  | { kind: 'rate-limited'; retryAfterMs: number }
  | { kind: 'answer'; answer: Answer };

export interface RequestContext {
  library: Library;
  now: () => number;
  /** Absent when questions are not limited. Only questions count: help, list and the like are free. */
  rateLimiter?: RateLimiter;
}

/** `user` is who asked (their questions count against their limit). */
export function handleRequest(context: RequestContext, user: string, text: string): Reply {
  const { library } = context;
  const request = parseRequest(text);
  switch (request.kind) {
    case 'help':
      return { kind: 'help' };
    case 'list':
      return { kind: 'list', reports: library.reports, errors: library.errors };
    case 'status':
      return { kind: 'status', status: libraryStatus(library) };
    case 'show': {
      const { report, candidates } = findReport(library.reports, request.name);
      if (report) return { kind: 'show', report };
      // "show heat pump risks" names no report: it is a question.
      if (/\s/.test(request.name) && candidates.length === 0) return ask(context, user, text.trim());
      return { kind: 'no-such-report', name: request.name, candidates, reportIds: library.reports.map((r) => r.id) };
    }
    case 'ask':
      return ask(context, user, request.question);
  }
}

function ask(context: RequestContext, user: string, question: string): Reply {
  return rateLimited(context, user) ?? { kind: 'answer', answer: answerQuestion(context.library, question) };
}

/** The rate-limited reply when `user` has asked too much; undefined (and one question counted) otherwise. */
export function rateLimited(context: RequestContext, user: string): Reply | undefined {
  const decision = context.rateLimiter?.take(user, context.now());
  return decision && !decision.allowed ? { kind: 'rate-limited', retryAfterMs: decision.retryAfterMs } : undefined;
}
