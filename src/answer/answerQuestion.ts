// Answers a question from the library: parse the question, resolve its filters, rank claims,
// and when nothing matches, gather suggestions (suggestNext.ts).

import type { LibraryView } from '../library/libraryView.js';
import type { Report } from '../reports/model.js';
import type { ParsedQuery } from '../search/parseQuery.js';
import { fuseRankings, MIN_SIMILARITY } from '../search/semantic/fuseRankings.js';
import { greetsOrRequests } from '../search/chatQuestion.js';
import { hasTerms } from '../search/termsOf.js';
import { tokenize } from '../search/tokenize.js';
import type { ScoredClaim } from '../search/claimIndex.js';
import { CLAIMS_PER_PAGE, type Answer, type AnswerItem } from './answer.js';
import { answersQuestion, CLAIMS_SHOWN } from './answerability.js';
import { claimIdsOf } from './claimIdsOf.js';
import { findReport, reportIdName } from './parseRequest.js';
import { questionFilter } from './questionFilter.js';
import { readQuestion } from './readQuestion.js';
import { rerankClaims } from './rerankClaims.js';
import { servedItems } from './servedItems.js';
import { suggestNext } from './suggestNext.js';

/** Ranked matches kept per answer; enough for several pages of "Show more". */
export const MAX_ITEMS = 50;
/** Closest claims shown when none answers the question: a page's worth. */
export const RELATED_SHOWN = CLAIMS_PER_PAGE;

export function answerQuestion(library: LibraryView, asked: string): Answer {
  // What a chat message wraps the question in (greetings, markup, filler) is not searched for.
  const { question, note, query, queryAsTyped, typed } = readQuestion(asked, library);
  // By push into one literal (a spread copy, empty, is another kind of array to V8 than a full one).
  const problems: string[] = [];
  if (note) problems.push(note);
  for (const problem of query.problems) problems.push(problem);
  if (library.loading) {
    const { done, total } = library.loading;
    problems.push(`Still loading the reports (${done} of ${total || 'all'} files read): this answer may miss some.`);
  }
  const reportId = resolveReport(library, query, problems);
  /** The search suggestNext would make, when the answer's search was that search. */
  let wordsAlone: ScoredClaim[] | undefined;
  // Every way out calls answerOf, one function (a closure made per question was another target to
  // V8 at a call site met once a warm-up round, and its code was thrown away at the next: bench/README.md).
  const read: ReadQuestion = { question, query, queryAsTyped, problems, reportId };

  if (reportId === null) return answerOf(library, read, undefined, []);
  // Every key given (undefined when not asked), in one order: one shape of filters whatever the question.
  const { perspective, since, strength } = query.filters;
  const accepts = questionFilter(library, { perspective, since, strength, reportId, phrases: query.phrases });
  const hasFilters = hasFilter(query);
  // With no filter, it only confirms a claim is served: when every claim the index holds is,
  // search goes without it (hundreds of lookups per question in a large library).
  const filtered = hasFilters || !library.servesEveryIndexedClaim ? accepts : undefined;
  // A report filter names the only claims that can match: the index scores those alone.
  const within = reportId === undefined ? undefined : claimIdsOf(library.report(reportId));

  const hasWords = hasTerms(query.text);
  if (hasWords) {
    // Asking for the claims kept, not every candidate: the rest would be built only to be dropped.
    const hits = library.index.search(query.text, filtered, { phrases: query.phrases, limit: MAX_ITEMS, aliases: library.aliases, within });
    // A declined question's suggestions search the same words with no filter, for more claims:
    // when this search was that one and found fewer than it asked for, it found them all.
    // The phrases read first: a property read only after rarer tests can still have met nothing
    // when V8 compiles answerQuestion, which it then throws away there (bench/README.md, twenty-second session).
    if (query.phrases.length === 0 && filtered === undefined && within === undefined && hits.length < MAX_ITEMS) {
      wordsAlone = hits;
    }
    const items = servedItems(library, hits, MAX_ITEMS);
    // Filters and phrases already say what is wanted; free words must be covered by a claim.
    // The decision reads the search's order (its first claims' scores); the claims shown first
    // are then ordered by the reranker, and the names a question asks for are read over them.
    // How the question asks (for a number, a price, a date) is read from it as typed: the chat
    // filler the search leaves out ("the stat on…") is often how it asks.
    const shown = rerankClaims(library, query.text, items, typed);
    const answered = items.length > 0 && (hasFilters || answersQuestion(library, query.text, items, typed, shown));
    // Declined, it stays declined with semantic search on too (semanticAnswer): no vector search.
    if (items.length > 0 && !answered) return answerOf(library, read, wordsAlone, [], 0, shown.slice(0, RELATED_SHOWN));
    const close = closeInMeaning(library, query.text, accepts);
    if (close) return semanticAnswer(library, read, wordsAlone, shown, answered, close);
    return answerOf(library, read, wordsAlone, shown, hits.length);
  }
  if (query.text !== '' && !hasFilters) problems.push(noTopicWords(queryAsTyped));
  if (!hasFilters) return answerOf(library, read, undefined, []);
  // Only filters: every claim they allow, in report order.
  const ids = library.index.all(filtered, within).sort(byReportThenOrdinal(library));
  // By push into one literal (not .map): servedItems reads every question's hits, one kind of array.
  const hits: ScoredClaim[] = [];
  for (let i = 0; i < ids.length && i < MAX_ITEMS; i++) hits.push({ id: ids[i] as string, score: 0 });
  return answerOf(library, read, undefined, servedItems(library, hits, MAX_ITEMS), ids.length);
}

/** What answerQuestion read of the question, for the answer it gives. */
interface ReadQuestion {
  question: string;
  query: ParsedQuery;
  queryAsTyped: string;
  problems: string[];
  reportId: string | null | undefined;
}

/**
 * The answer with these items (none: not answered, with suggestions; `related`, the closest
 * claims then); `wordsAlone` is the search suggestNext would make, when the answer's was that one.
 */
function answerOf(library: LibraryView, read: ReadQuestion, wordsAlone: ScoredClaim[] | undefined, items: AnswerItem[], total = items.length, related: AnswerItem[] = []): Answer {
  const { question, query, queryAsTyped, problems, reportId } = read;
  return {
    question,
    query,
    answered: items.length > 0,
    items,
    related,
    reportCount: library.reportCount,
    total,
    problems,
    ...(items.length === 0 ? { suggestions: suggestNext(library, query, queryAsTyped, reportId, wordsAlone) } : {}),
    // Read only when no claim is given (a question answered is no chat) and reports are served
    // (with none, that is what every surface says).
    chat: items.length === 0 && library.reportCount > 0 && greetsOrRequests(question),
    errors: library.errors,
  };
}

/**
 * The words of a question that are searched for (no filters, no chat wrapping): what semantic
 * search embeds. In `library`, as answerQuestion searches them there (readQuestion; null: as typed).
 */
export function searchTextOf(asked: string, library: LibraryView | null): string {
  return readQuestion(asked, library).query.text;
}

/**
 * The claims whose vectors are close to the question's (cosine similarity MIN_SIMILARITY or more),
 * closest first, when semantic search is on and the question was embedded (see handleRequest);
 * undefined otherwise.
 */
function closeInMeaning(library: LibraryView, text: string, accepts: (id: string) => boolean): { id: string }[] | undefined {
  const vector = library.semantic?.vectorOf(text);
  if (!library.semantic || !vector) return undefined;
  return library.semantic.search(vector, MAX_ITEMS, accepts).filter((hit) => hit.similarity >= MIN_SIMILARITY);
}

/**
 * The answer with semantic search on, for a question the decision answered or one no word of which
 * finds a claim. The decision (`answered`) is the lexical one, on what it was fitted on: the
 * search's hits and scores, and the reranker's order (`shown`); closeness in meaning adds to it and
 * never overrules it. A question it answers shows first the claims the decision read (the
 * reranker's first CLAIMS_SHOWN: an answer is about what it shows), then the other reranked claims
 * fused with those close in meaning. One it declines stays declined, close claims or not, and is
 * answered without a vector search (answerQuestion): it read the claims its words found and said no
 * ("do heat pumps work in Canada?" is not answered by heat pump claims close in meaning that never
 * name Canada). Only when no word of the question finds a claim, in any form, is there nothing for
 * it to read: then the claims close in meaning answer, closest first ("is quiphen safe?" finds the
 * zorblat claim), and none close leaves nothing matching. Scores are the fused rank scores
 * (fuseRankings.ts), the first page's too, so they need not fall from one claim to the next.
 */
function semanticAnswer(library: LibraryView, read: ReadQuestion, wordsAlone: ScoredClaim[] | undefined, shown: AnswerItem[], answered: boolean, close: readonly { id: string }[]): Answer {
  if (answered) {
    // Fused, a claim the decision never read could go first (a lexical hit far down that is
    // closest in meaning outscores the reranked first, when that one is not close).
    const fused = fuseRankings([shown.map((item) => item.claim.id), close.map((hit) => hit.id)]);
    const decided = shown.slice(0, CLAIMS_SHOWN).map((item) => item.claim.id);
    const first = fused.filter((hit) => decided.includes(hit.id)).sort((a, b) => decided.indexOf(a.id) - decided.indexOf(b.id));
    const ordered = [...first, ...fused.filter((hit) => !decided.includes(hit.id))];
    return answerOf(library, read, wordsAlone, servedItems(library, ordered, MAX_ITEMS), ordered.length);
  }
  const byMeaning = fuseRankings([close.map((hit) => hit.id)]);
  return answerOf(library, read, wordsAlone, servedItems(library, byMeaning, MAX_ITEMS), byMeaning.length);
}

/**
 * The hint for a question with no word to search for, naming the words searched for: as typed,
 * but chat shorthand spelled out ("can u?" names "can, you").
 */
function noTopicWords(text: string): string {
  const typed = [...new Set(tokenize(text).map((word) => word.toLowerCase()))];
  if (typed.length === 0) return 'Your question has no words to search for; ask about a topic, e.g. "what are the risks of synthetic data?".';
  const shown = typed.length > 6 ? `${typed.slice(0, 6).join(', ')}, …` : typed.join(', ');
  return `Your question has only common words (${shown}), which say nothing about a topic; add the topic you are asking about.`;
}

/** The report id the `report:` filter names (see findReport); null, with a hint, if none. */
function resolveReport(library: LibraryView, query: ParsedQuery, problems: string[]): string | undefined | null {
  const wanted = query.filters.report;
  if (wanted === undefined) return undefined;
  const exact = exactReport(library, wanted);
  if (exact) return exact.id;
  const { report, candidates } = findReport(library.reports, wanted);
  if (report) return report.id;
  problems.push(
    candidates.length > 1
      ? `\`report:${wanted}\` matches several reports (${candidates.join(', ')}); name one.`
      : `No report is called \`${wanted}\`.${library.reportCount === 0 ? ' No reports are loaded.' : ''}`,
  );
  return null;
}

/**
 * The report whose id is the name (any case), as findReport finds it first, from each library
 * state's reports by lowercased id: findReport reads every report's id, and a large library's
 * reports, after idle time, are thousands of cache misses per question naming one.
 */
function exactReport(library: LibraryView, name: string): Report | undefined {
  let known = reportsByLowerId.get(library);
  if (known?.version !== library.version) {
    const byId = new Map<string, Report>();
    for (const report of library.reports) {
      const id = report.id.toLowerCase();
      if (!byId.has(id)) byId.set(id, report);
    }
    known = { version: library.version, byId };
    reportsByLowerId.set(library, known);
  }
  return known.byId.get(reportIdName(name));
}
const reportsByLowerId = new WeakMap<LibraryView, { version: number; byId: ReadonlyMap<string, Report> }>();

/** Whether the question filters claims at all (filters or quoted phrases). */
function hasFilter(query: ParsedQuery): boolean {
  return Object.keys(query.filters).length > 0 || query.phrases.length > 0;
}

function byReportThenOrdinal(library: LibraryView): (a: string, b: string) => number {
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
