// What to try when a question matched nothing: why (which filter left no claims, when the words
// alone match some), words close to the question's words (when they match nothing), and the
// perspectives and reports there are, those where the question's words match first.

import type { LibraryView } from '../library/libraryView.js';
import { hasStrength } from '../reports/evidenceFlags.js';
import type { Report } from '../reports/model.js';
import type { ScoredClaim } from '../search/claimIndex.js';
import type { ParsedQuery } from '../search/parseQuery.js';
import { termsOf } from '../search/termsOf.js';
import { tokenize } from '../search/tokenize.js';
import type { Suggestions } from './answer.js';
import { claimIdsOf } from './claimIdsOf.js';
import { PerspectiveMatcher } from './perspectiveFilter.js';
import { questionFilter, type QuestionFilters } from './questionFilter.js';

/** Claims matching the words alone that order the perspectives and reports by relevance. */
const RELEVANCE_HITS = 200;

/**
 * `asTyped`: query.text as the person typed it (readQuestion's queryAsTyped), what the hints quote;
 * the search is of query.text. `reportId`: the report the `report:` filter names (null when it
 * names none, undefined without one). `searched`: the words' search as made here, when the answer
 * has made it already.
 */
export function suggestNext(library: LibraryView, query: ParsedQuery, asTyped: string, reportId: string | null | undefined, searched?: readonly ScoredClaim[]): Suggestions {
  const hasWords = termsOf(query.text).length > 0;
  // Searched as the answer searches (the reports' aliases too), so a question that found claims
  // by a name only a report defines ("wegovy") is not told its words match nothing.
  const hits = hasWords ? (searched ?? library.index.search(query.text, undefined, { limit: RELEVANCE_HITS, aliases: library.aliases })) : [];
  const byReport = new Map<string, number>();
  const byPerspective = new Map<string, number>();
  for (const hit of hits) {
    const claim = library.claim(hit.id);
    if (!claim) continue;
    byReport.set(claim.reportId, (byReport.get(claim.reportId) ?? 0) + hit.score);
    byPerspective.set(claim.perspective, (byPerspective.get(claim.perspective) ?? 0) + hit.score);
  }
  // Without words, the report filter says what is relevant: its perspectives first.
  const named = !hasWords && reportId ? library.report(reportId) : undefined;
  for (const claim of named?.claims ?? []) byPerspective.set(claim.perspective, (byPerspective.get(claim.perspective) ?? 0) + 1);
  const wordsMatch = hasWords && byReport.size > 0;
  return {
    why: !hasWords || wordsMatch ? whyNothing(library, query, asTyped, reportId, hasWords) : [],
    words: hasWords && !wordsMatch ? closeWords(library, query.text, asTyped) : [],
    perspectives: byRelevance(library.perspectives, (p) => byPerspective.get(p)),
    reports: reportsByRelevance(library, byReport),
  };
}

type ListedReport = Suggestions['reports'][number];

/**
 * Every report, as suggestions list them: those with a relevance first, most relevant first (ties
 * in the library's order), the rest in the library's order; what byRelevance gives. A large
 * library lists thousands of reports, so the list is made once per library state and each
 * question reads only its relevant reports' places in it.
 */
export function reportsByRelevance(library: LibraryView, byReport: ReadonlyMap<string, number>): ListedReport[] {
  const { entries, position } = listedReports(library);
  const relevant: { at: number; score: number }[] = [];
  for (const [id, score] of byReport) {
    const at = position.get(id);
    if (at !== undefined) relevant.push({ at, score });
  }
  relevant.sort((a, b) => b.score - a.score || a.at - b.at);
  const first = new Uint8Array(entries.length);
  for (const { at } of relevant) first[at] = 1;
  // By push from a literal (not .map): with relevant reports or none, one kind of array.
  const listed: ListedReport[] = [];
  for (const { at } of relevant) listed.push(entries[at] as ListedReport);
  for (let at = 0; at < entries.length; at++) if (first[at] === 0) listed.push(entries[at] as ListedReport);
  return listed;
}

/** Each library view's reports as listed, with each id's place; valid while the view serves the same reports. */
const listed = new WeakMap<LibraryView, { reports: readonly Report[]; entries: readonly ListedReport[]; position: ReadonlyMap<string, number> }>();

function listedReports(library: LibraryView): { entries: readonly ListedReport[]; position: ReadonlyMap<string, number> } {
  const reports = library.reports;
  const known = listed.get(library);
  if (known && sameReports(known.reports, reports)) return known;
  // Shared by the answers made before the library changes: frozen, so none can change another's.
  const entries = reports.map((r): ListedReport => Object.freeze({ id: r.id, topic: r.topic }));
  const made = { reports, entries, position: new Map(reports.map((r, i) => [r.id, i])) };
  listed.set(library, made);
  return made;
}

/**
 * Which filters leave no claim: one that no value of the library meets (no perspective with that
 * word, no report that recent), or one that no claim matching the words passes. Each filter is
 * tried alone with the words, so the sentence names the one to change.
 */
function whyNothing(library: LibraryView, query: ParsedQuery, asTyped: string, reportId: string | null | undefined, hasWords: boolean): string[] {
  const { perspective, since } = query.filters;
  const about = `“${asTyped}”`;
  // Each filter alone, as the answer tests it (by short id where the library can). The filters and
  // options as literals of the answer's shape (every key, in its order; undefined when not given):
  // to V8 one shape whichever filter is tried, and the answer's code is not thrown away for another.
  const matchesWith = (filters: QuestionFilters, extra: { within?: string[] } = {}): boolean => {
    const { perspective, since, strength, reportId, phrases } = filters;
    const accepts = questionFilter(library, { perspective, since, strength, reportId, phrases });
    return library.index.search(query.text, accepts, { phrases, limit: 1, aliases: library.aliases, within: extra.within }).length > 0;
  };

  const why: string[] = [];
  const report = reportId ? library.report(reportId) : undefined;
  if (report && hasWords && !matchesWith({}, { within: claimIdsOf(report) })) {
    why.push(`No claim of \`report:${report.id}\` matches ${about}; the reports where it does are listed first.`);
  }
  if (perspective) {
    const matcher = new PerspectiveMatcher(perspective);
    const keeps = (p: string): boolean => matcher.keeps(p);
    const kept = library.perspectives.filter(keeps);
    const under = kept.length === 1 ? `the perspective “${kept[0]}”` : `a perspective with the word \`${perspective}\``;
    if (kept.length === 0) why.push(`No perspective has the word \`${perspective}\`; see the perspectives below.`);
    else if (report && !report.claims.some((claim) => keeps(claim.perspective))) {
      why.push(`\`report:${report.id}\` has no claim under ${under}; its perspectives are listed first.`);
    } else if (hasWords && !matchesWith({ perspective })) why.push(`No claim under ${under} matches ${about}.`);
  }
  if (since) {
    const newest = library.reports.reduce((latest, r) => (r.date.slice(0, 10) > latest ? r.date.slice(0, 10) : latest), '');
    if (!(newest >= since)) why.push(`No report was researched on or after ${since}${newest ? `; the newest is from ${newest}` : ''}.`);
    else if (report && !(report.date.slice(0, 10) >= since)) {
      why.push(`\`report:${report.id}\` was researched ${report.date ? `on ${report.date.slice(0, 10)}` : 'on no known date'}, before ${since}.`);
    } else if (hasWords && !matchesWith({ since })) {
      why.push(`No report researched on or after ${since} has a claim matching ${about}.`);
    }
  }
  for (const strength of query.filters.strength ?? []) {
    const said = strength === 'quoted' ? 'a verbatim quote' : 'two sources or more';
    if (!library.reports.some((report) => report.claims.some((claim) => hasStrength(claim, strength)))) why.push(`No claim in the reports has ${said} (\`strength:${strength}\`).`);
    else if (hasWords && !matchesWith({ strength: [strength] })) why.push(`No claim with ${said} matches ${about}.`);
  }
  for (const phrase of query.phrases) {
    if (!matchesWith({ phrases: [phrase] })) why.push(`No claim contains the phrase “${phrase}” as written; try its words without quotes.`);
  }
  const filtered = Object.keys(query.filters).length > 0 || query.phrases.length > 0;
  if (why.length === 0 && filtered && reportId !== null) {
    why.push(`Each filter alone keeps some claims${hasWords ? ` matching ${about}` : ''}, but no claim passes them all; drop one.`);
  }
  return why;
}

/**
 * Words in the reports near the searched words, leaving out those the person typed and those
 * searched for them (a word typed with two letters swapped is searched as the word meant).
 */
function closeWords(library: LibraryView, searched: string, asTyped: string): string[] {
  const typed = new Set([...tokenize(asTyped), ...tokenize(searched)].map((word) => word.toLowerCase()));
  return library.index.suggest(searched).filter((word) => !typed.has(word.toLowerCase()));
}

function sameReports(a: readonly Report[], b: readonly Report[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Those with a relevance first, most relevant first; the rest as they were. */
export function byRelevance<T>(values: readonly T[], relevance: (value: T) => number | undefined): T[] {
  // Each value's relevance read once: a large library lists thousands of reports per question.
  const relevant: { value: T; score: number }[] = [];
  const rest: T[] = [];
  for (const value of values) {
    const score = relevance(value);
    if (score === undefined) rest.push(value);
    else relevant.push({ value, score });
  }
  relevant.sort((a, b) => b.score - a.score);
  const ordered: T[] = [];
  for (const r of relevant) ordered.push(r.value);
  for (const value of rest) ordered.push(value);
  return ordered;
}
