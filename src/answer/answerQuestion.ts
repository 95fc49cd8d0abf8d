// Answers a question from the library: parse the question, resolve its filters, rank claims,
// and when nothing matches, gather suggestions.

import type { Report } from '../reports/model.js';
import type { Library } from '../library/library.js';
import { normalizeTerm } from '../search/normalizeTerm.js';
import { parseQuery, type ParsedQuery } from '../search/parseQuery.js';
import { tokenize } from '../search/tokenize.js';
import type { Answer, AnswerItem, Suggestions } from './answer.js';
import { limitQuestion } from './limitQuestion.js';
import { findReport } from './parseRequest.js';
import { phraseMatcher } from './phraseMatcher.js';

/** Ranked matches kept per answer; enough for several pages of "Show more". */
export const MAX_ITEMS = 50;

export function answerQuestion(library: Library, asked: string): Answer {
  const { question, note } = limitQuestion(asked);
  const query = parseQuery(question);
  const problems = note ? [note, ...query.problems] : [...query.problems];
  if (library.loading) {
    const { done, total } = library.loading;
    problems.push(`Still loading the reports (${done} of ${total || 'all'} files read): this answer may miss some.`);
  }
  const answer = (items: AnswerItem[]): Answer => ({
    question,
    query,
    items,
    problems,
    ...(items.length === 0 ? { suggestions: suggestionsFor(library, query) } : {}),
    errors: library.errors,
  });

  const reportId = resolveReport(library, query, problems);
  if (reportId === null) return answer([]);
  const accepts = claimFilter(library, query, reportId);
  // A report filter names the only claims that can match: the index scores those alone.
  const within = reportId === undefined ? undefined : library.report(reportId)?.claims.map((claim) => claim.id);

  const hasFilters = Object.keys(query.filters).length > 0 || query.phrases.length > 0;
  const hasWords = tokenize(query.text).some((word) => normalizeTerm(word) !== null);
  if (hasWords) {
    // Asking for the claims kept, not every candidate: the rest would be built only to be dropped.
    const hits = library.index.search(query.text, accepts, { phrases: query.phrases, limit: MAX_ITEMS, ...(within ? { within } : {}) });
    return answer(hits.slice(0, MAX_ITEMS).flatMap((hit) => item(library, hit.id, hit.score)));
  }
  if (query.text !== '' && !hasFilters) {
    problems.push('Your question has only common words (what, is, the...); add the topic you are asking about.');
  }
  if (!hasFilters) return answer([]);
  // Only filters: every claim they allow, in report order.
  const ids = library.index.all(accepts, within).sort(byReportThenOrdinal(library));
  return answer(ids.slice(0, MAX_ITEMS).flatMap((id) => item(library, id, 0)));
}

function item(library: Library, claimId: string, score: number): AnswerItem[] {
  const claim = library.claim(claimId);
  const report = claim && library.report(claim.reportId);
  return claim && report ? [{ claim, report, score }] : [];
}

/** The report id the `report:` filter names (see findReport); null, with a hint, if none. */
function resolveReport(library: Library, query: ParsedQuery, problems: string[]): string | undefined | null {
  const wanted = query.filters.report;
  if (wanted === undefined) return undefined;
  const { report, candidates } = findReport(library.reports, wanted);
  if (report) return report.id;
  problems.push(
    candidates.length > 1
      ? `\`report:${wanted}\` matches several reports (${candidates.join(', ')}); name one.`
      : `No report is called \`${wanted}\`. Reports: ${library.reports.map((r) => r.id).join(', ') || 'none loaded'}.`,
  );
  return null;
}

function claimFilter(library: Library, query: ParsedQuery, reportId: string | undefined): (id: string) => boolean {
  const { perspective, since } = query.filters;
  const perspectiveTerms = perspective ? termsOf(perspective) : [];
  // Claims share a few dozen perspectives; stemming each once per question, not once per claim.
  const perspectiveMatches = new Map<string, boolean>();
  const containsPhrases = phraseMatcher(query.phrases);
  // A filter turns down hundreds of claims per question in a large library: the claim's own
  // perspective is checked before its report is looked up.
  return (id) => {
    const claim = library.claim(id);
    if (!claim) return false;
    if (perspectiveTerms.length > 0) {
      let matches = perspectiveMatches.get(claim.perspective);
      if (matches === undefined) {
        const terms = new Set(termsOf(claim.perspective));
        matches = perspectiveTerms.every((t) => terms.has(t));
        perspectiveMatches.set(claim.perspective, matches);
      }
      if (!matches) return false;
    }
    const report = library.report(claim.reportId);
    if (!report) return false;
    if (reportId !== undefined && report.id !== reportId) return false;
    if (since !== undefined && !(report.date.slice(0, 10) >= since)) return false;
    return containsPhrases(claim);
  };
}

function termsOf(text: string): string[] {
  return tokenize(text).flatMap((word) => normalizeTerm(word) ?? []);
}

function byReportThenOrdinal(library: Library): (a: string, b: string) => number {
  const position = (id: string): [string, number] => {
    const claim = library.claim(id);
    return [claim?.reportId ?? '', Number(id.slice(id.lastIndexOf('#') + 1))];
  };
  return (a, b) => {
    const [ra, na] = position(a);
    const [rb, nb] = position(b);
    return ra === rb ? na - nb : ra.localeCompare(rb);
  };
}

function suggestionsFor(library: Library, query: ParsedQuery): Suggestions {
  return {
    words: query.text ? library.index.suggest(query.text) : [],
    perspectives: library.perspectives,
    reports: library.reports.map((r: Report) => ({ id: r.id, topic: r.topic })),
  };
}
