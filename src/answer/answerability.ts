// Whether the claims found answer the question at all. Search always finds something that shares
// a word with a question ("what is the capital of France?" finds a claim about capital costs);
// an answer is only an answer when one of the first claims covers most of what the question
// asks (questionCoverage.ts). Otherwise the bot says the reports do not answer it, and shows the
// closest claims as related, not as answers.

import type { Claim, Report } from '../reports/model.js';
import type { LibraryView } from '../library/libraryView.js';
import { ClaimIndex } from '../search/claimIndex.js';
import { expandQuestion } from '../search/expandQuestion.js';
import { questionCoverage } from '../search/questionCoverage.js';
import { termsOf } from '../search/termsOf.js';

/**
 * How sure the bot must be that a claim answers: the best coverage of the question by one of
 * the first claims (0 to 1), plus STRENGTH_WEIGHT times the log of the first claim's score per
 * unit of the question's IDF (how strongly it matches what it matches). Both alone leave many
 * unanswerable questions answered; chosen on eval/questions.json (answerable questions still
 * answered 95 %+, unanswerable ones declined most), figures in eval/README.md.
 */
export const MIN_CONFIDENCE = 0.32;
const STRENGTH_WEIGHT = 0.1;
/** Below this, strength counts as this: a claim matching almost nothing is not less sure than that. */
const MIN_STRENGTH = 0.01;
/** The claims looked at: an answer shows 3, and one of them answering is enough. */
export const CLAIMS_CHECKED = 3;

/** Whether one of the first claims (best first, with their scores) answers the question. */
export function answersQuestion(library: LibraryView, text: string, ranked: readonly { claim: Claim; report: Report; score: number }[]): boolean {
  return confidence(library, text, ranked) >= MIN_CONFIDENCE;
}

export function confidence(library: LibraryView, text: string, ranked: readonly { claim: Claim; report: Report; score: number }[]): number {
  const terms = termsOf(text);
  if (terms.length === 0 || ranked.length === 0) return 0;
  const idf = idfIn(library);
  const near = (term: string, maxEdits: number | false, prefix: boolean): ReadonlySet<string> | null => library.index.termsNear(term, maxEdits, prefix);
  const question = { terms, expansions: expandQuestion(text, { aliases: library.aliases }), idf, near };
  let best = 0;
  for (const { claim, report } of ranked.slice(0, CLAIMS_CHECKED)) {
    best = Math.max(best, questionCoverage(question, termsOfClaim(claim, report)));
    // Coverage is at most 1: a claim covering the whole question leaves the others nothing to add.
    if (best >= 1) break;
  }
  const idfTotal = [...new Set(terms)].reduce((sum, term) => sum + idf(term), 0);
  const strength = Math.max(MIN_STRENGTH, (ranked[0]?.score ?? 0) / idfTotal);
  return best + STRENGTH_WEIGHT * Math.log(strength);
}

/** IDF as BM25 has it, over the claims served: a word no claim has is the most telling. */
function idfIn(library: LibraryView): (term: string) => number {
  const claims = library.index.size;
  return (term) => {
    const having = library.index.claimsWith(term);
    return Math.log(1 + (claims - having + 0.5) / (having + 0.5));
  };
}

// A claim's keys are read for each question it is among the first answers to: kept for the most
// recent claims (a Claim object is replaced, never changed, when its report changes).
const claimTerms = new Map<Claim, Set<string>>();
const MAX_REMEMBERED = 2000;

function termsOfClaim(claim: Claim, report: Report): Set<string> {
  let terms = claimTerms.get(claim);
  if (!terms) {
    terms = ClaimIndex.termsOfClaim(claim, report);
    if (claimTerms.size >= MAX_REMEMBERED) claimTerms.clear();
    claimTerms.set(claim, terms);
  }
  return terms;
}
