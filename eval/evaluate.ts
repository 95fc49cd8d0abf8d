// Measures ranking on eval/questions.json: Recall@1, Recall@3 and MRR, overall and per kind.

import MiniSearch from 'minisearch';
import { answerQuestion, MAX_ITEMS } from '../src/answer/answerQuestion.js';
import { readQuestion } from '../src/answer/readQuestion.js';
import { servedItems } from '../src/answer/servedItems.js';
import type { FoundClaim } from '../src/answer/rerankFeatures.js';
import { CLAIM_FIELDS, claimDocument, type ClaimDocument } from '../src/search/claimDocument.js';
import type { Library } from '../src/library/library.js';

export interface EvalQuestion {
  q: string;
  kind: string;
  /** Claims that answer the question: a report id and the start of the claim text. */
  expect: { report: string; claim: string }[];
}

export interface Metrics {
  n: number;
  recall1: number;
  recall3: number;
  mrr: number;
}

/** Ranks claim ids for a question, best first. */
export type Ranker = (question: string) => string[];

export function botRanker(library: Library): Ranker {
  return (question) => answerQuestion(library, question).items.map((item) => item.claim.id);
}

/** The bot's ranking with nothing declined: a declined question's related claims (its top 3) count as its answer. */
export function rankingAloneRanker(library: Library): Ranker {
  return (question) => {
    const answer = answerQuestion(library, question);
    return (answer.answered ? answer.items : answer.related).map((item) => item.claim.id);
  };
}

/** MiniSearch as it comes: same documents and fields, no option set. */
export function untunedRanker(library: Library): Ranker {
  const index = new MiniSearch<ClaimDocument>({ fields: [...CLAIM_FIELDS] });
  for (const report of library.reports) {
    index.addAll(report.claims.map((claim) => claimDocument(claim, report)));
  }
  return (question) => index.search(question).map((result) => result.id as string);
}

/** The claim ids a question expects; throws when the question names a claim that does not exist. */
export function expectedIds(library: Library, question: EvalQuestion): Set<string> {
  const ids = new Set<string>();
  for (const { report, claim } of question.expect) {
    const found = library.report(report)?.claims.find((c) => c.text.startsWith(claim));
    if (!found) throw new Error(`eval question "${question.q}" expects a claim not in ${report}: "${claim}"`);
    ids.add(found.id);
  }
  return ids;
}

/**
 * The search's own order for an eval question, as answerQuestion searches it (read by
 * readQuestion, no filter: no eval question has one), each claim with its report and score: the
 * first MAX_ITEMS, before the reranker and the "no answer" decision. Also the text searched, and
 * the question as typed (what the reranker and the decision read for how it asks).
 */
export function searchedClaims(library: Library, question: string): { text: string; typed: string; found: FoundClaim[] } {
  const { query, typed } = readQuestion(question, library);
  const hits = library.index.search(query.text, undefined, { phrases: query.phrases, limit: MAX_ITEMS, aliases: library.aliases });
  return { text: query.text, typed, found: servedItems(library, hits) };
}

/** Questions no claim answers (`"expect": []`): scored as declined or not, never in recall. */
export function isUnanswerable(question: EvalQuestion): boolean {
  return question.expect.length === 0;
}

export function evaluate(library: Library, questions: EvalQuestion[], rank: Ranker): Map<string, Metrics> {
  const sums = new Map<string, { n: number; r1: number; r3: number; rr: number }>();
  for (const question of questions.filter((q) => !isUnanswerable(q))) {
    const expected = expectedIds(library, question);
    const ranked = rank(question.q);
    const position = ranked.findIndex((id) => expected.has(id));
    for (const kind of ['all', question.kind]) {
      const sum = sums.get(kind) ?? { n: 0, r1: 0, r3: 0, rr: 0 };
      sum.n++;
      if (position === 0) sum.r1++;
      if (position >= 0 && position < 3) sum.r3++;
      if (position >= 0) sum.rr += 1 / (position + 1);
      sums.set(kind, sum);
    }
  }
  const metrics = new Map<string, Metrics>();
  for (const [kind, s] of sums) metrics.set(kind, { n: s.n, recall1: s.r1 / s.n, recall3: s.r3 / s.n, mrr: s.rr / s.n });
  return metrics;
}

/**
 * How the ranker knows when there is no answer: the share of unanswerable questions it declines
 * (no results: the bot says the reports do not answer it), and of answerable ones it answers.
 */
export function declining(questions: EvalQuestion[], rank: Ranker): { unanswerable: number; declined: number; answerable: number; answered: number } {
  const unanswerable = questions.filter(isUnanswerable);
  const answerable = questions.filter((q) => !isUnanswerable(q));
  // A set with no question of a side has no share of it (NaN, printed "-"), not 0 %: held-out 1 has no unanswerable question.
  const share = (n: number, of: number): number => (of === 0 ? Number.NaN : n / of);
  return {
    unanswerable: unanswerable.length,
    declined: share(unanswerable.filter((q) => rank(q.q).length === 0).length, unanswerable.length),
    answerable: answerable.length,
    answered: share(answerable.filter((q) => rank(q.q).length > 0).length, answerable.length),
  };
}

/** Questions whose expected claim is not in the top 3, with what came first: for tuning by hand. */
export function misses(library: Library, questions: EvalQuestion[], rank: Ranker): string[] {
  return questions.filter((q) => !isUnanswerable(q)).flatMap((question) => {
    const expected = expectedIds(library, question);
    const ranked = rank(question.q);
    const position = ranked.findIndex((id) => expected.has(id));
    if (position >= 0 && position < 3) return [];
    const top = ranked[0] ? library.claim(ranked[0])?.text.slice(0, 70) : '(nothing)';
    return [`[${question.kind}] ${question.q}  -> rank ${position < 0 ? 'none' : position + 1}; top: ${top}`];
  });
}
