// The one path from what someone typed to what the bot replies, for every surface (Slack's
// /reports, mentions and DMs; the terminal): help, the list, the status, one report, or an
// answer. Chat-agnostic: each surface renders the Reply its own way.

import type { LibraryView } from '../library/libraryView.js';
import { type LibraryStatus, libraryStatus } from '../library/libraryStatus.js';
import type { RateLimitStore } from '../limits/rateLimiter.js';
import type { Report, ReportIssue } from '../reports/model.js';
import type { Answer } from './answer.js';
import { answerQuestion, searchTextOf } from './answerQuestion.js';
import { findReport, parseRequest } from './parseRequest.js';

export type Reply =
  | { kind: 'help' }
  | { kind: 'list'; reports: Report[]; errors: ReportIssue[] }
  | { kind: 'status'; status: LibraryStatus }
  | { kind: 'show'; report: Report }
  /** `show <name>` where the name is no report (`candidates` empty) or several; `show` alone: name ''. */
  | { kind: 'no-such-report'; name: string; candidates: string[]; reportIds: string[] }
  | { kind: 'rate-limited'; retryAfterMs: number }
  | { kind: 'answer'; answer: Answer };

export interface RequestContext {
  library: LibraryView;
  now: () => number;
  /** Absent when questions are not limited. Only questions count: help, list and the like are free. */
  rateLimiter?: RateLimitStore;
  /** How long a question may wait for a small library to finish loading (default LOAD_WAIT). */
  loadWait?: LoadWait;
}

export interface LoadWait {
  /** A library of at most this many files is small: a question waits for its load to finish. */
  maxFiles: number;
  /** ...but never longer than this; then it is answered from what is loaded, and says so. */
  maxMs: number;
}

/**
 * A few hundred files load within a second or two, so a question asked just after start waits for
 * them instead of getting a partial answer; a large library answers at once, with a note.
 */
export const LOAD_WAIT: LoadWait = { maxFiles: 500, maxMs: 3000 };

/** `user` is who asked (their questions count against their limit). */
export async function handleRequest(context: RequestContext, user: string, text: string): Promise<Reply> {
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
      if (request.name === '') return { kind: 'no-such-report', name: '', candidates: [], reportIds: library.reports.map((r) => r.id) };
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

async function ask(context: RequestContext, user: string, question: string): Promise<Reply> {
  return (await rateLimited(context, user)) ?? (await answerWhenLoaded(context, question));
}

/**
 * A question asked again by a button (Show more, Share): each click costs a whole search, so it
 * counts against the person's limit like the question itself.
 */
export function askAgain(context: RequestContext, user: string, question: string): Promise<Reply> {
  return ask(context, user, question);
}

/** The rate-limited reply when `user` has asked too much; undefined (and one question counted) otherwise. */
export async function rateLimited(context: RequestContext, user: string): Promise<Reply | undefined> {
  const decision = await context.rateLimiter?.take(user, context.now());
  return decision && !decision.allowed ? { kind: 'rate-limited', retryAfterMs: decision.retryAfterMs } : undefined;
}

/** The answer to `question`, once a small library has finished loading (see LOAD_WAIT). */
export async function answerWhenLoaded(context: RequestContext, question: string): Promise<Reply> {
  const { library } = context;
  const wait = context.loadWait ?? LOAD_WAIT;
  // total is 0 until the folder is listed, which takes a moment: wait then too.
  if (library.loading && library.loading.total <= wait.maxFiles) await library.whenLoaded(wait.maxMs);
  // The question's words are embedded (one request, a short timeout; nothing when semantic search
  // is off or unset), and answerQuestion ranks with that vector too.
  await library.semantic?.prepare(searchTextOf(question, library));
  return { kind: 'answer', answer: answerQuestion(library, question) };
}
