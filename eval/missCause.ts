// Why a question's answer is not among the first 3 claims, in the terms eval/README.md groups the
// ranking's misses by (ninth session): what the answering claim shares with the question as
// searched, and whether the claims shown above it are of the answer's own report.

import type { Claim } from '../src/reports/model.js';
import type { Expansion } from '../src/search/expandQuestion.js';
import { evidenceText } from '../src/search/claimDocument.js';
import { termsOf } from '../src/search/termsOf.js';

/** What the answering claim that shares most with the question shares with it. */
export type SharedWords = 'own words in its sentence' | 'other words only (expansions)' | 'its evidence only' | 'nothing';

export interface MissCause {
  shared: SharedWords;
  /** Of the (up to) 3 claims shown, how many are of the answer's report. */
  shownFromItsReport: number;
}

/**
 * `terms` are the question's index keys (termsOf of its searched text), `expansions` what search
 * adds to them, `answers` the claims that answer it, `shown` the first 3 claims found.
 */
export function missCause(terms: readonly string[], expansions: readonly Expansion[], answers: readonly Claim[], shown: readonly Claim[]): MissCause {
  let shared: SharedWords = 'nothing';
  let reportId: string | undefined;
  for (const claim of answers) {
    reportId ??= claim.reportId;
    const sentence = new Set(termsOf(claim.text));
    const evidence = new Set(termsOf(evidenceText(claim)));
    const inEither = (term: string): boolean => sentence.has(term) || evidence.has(term);
    const found: SharedWords = terms.some((term) => sentence.has(term))
      ? 'own words in its sentence'
      : expansions.some((expansion) => inEither(expansion.term))
        ? 'other words only (expansions)'
        : terms.some((term) => evidence.has(term))
          ? 'its evidence only'
          : 'nothing';
    if (ORDER.indexOf(found) < ORDER.indexOf(shared)) {
      shared = found;
      reportId = claim.reportId;
    }
  }
  return { shared, shownFromItsReport: shown.filter((claim) => claim.reportId === reportId).length };
}

/** Most shared first. */
export const ORDER: readonly SharedWords[] = ['own words in its sentence', 'other words only (expansions)', 'its evidence only', 'nothing'];
