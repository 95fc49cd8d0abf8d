// How much of a question a claim covers: the share of the question's words, each weighted by how
// telling it is (IDF: rare words say what the question is about, common ones little), that the
// claim has, as typed, with a typo, or in other words (an expansion, at its weight). A claim that
// matches "heat pump" but not "serviced" in "how often should a heat pump be serviced?" covers
// the common part of the question and not the part that asks something; the reports do not answer it.

import type { Expansion } from './expandQuestion.js';

export interface CoverageQuestion {
  /** The question's index keys, in order (the last may be typed only in part). */
  terms: readonly string[];
  expansions: readonly Expansion[];
  /** How telling each question key is; higher for rarer words. */
  idf: (term: string) => number;
  /**
   * Every index key within `maxEdits` edits of a question key (false: only itself), and (prefix)
   * every key it starts, when the index can list them (ClaimIndex.termsNear): then a claim's keys
   * are looked up there instead of each compared with the question key.
   */
  near?: (term: string, maxEdits: number | false, prefix: boolean) => ReadonlySet<string> | null;
}

/**
 * An expansion at this weight or more counts as the word itself (a synonym of the word's main
 * sense); lighter ones count in proportion.
 */
const FULL_CREDIT_WEIGHT = 0.5;

/** The covered share of the question, 0 to 1, for a claim whose index keys are `claimTerms`. */
export function questionCoverage(question: CoverageQuestion, claimTerms: ReadonlySet<string>): number {
  const weights = new Map<string, number>();
  for (const term of question.terms) weights.set(term, question.idf(term));
  let total = 0;
  let covered = 0;
  const byTerm = [...weights];
  byTerm.forEach(([term, weight], i) => {
    total += weight;
    covered += weight * credit(term, i === byTerm.length - 1, question, claimTerms);
  });
  return total > 0 ? covered / total : 0;
}

/** Typos forgiven in a question key: none under 5 letters, one edit under 7, else two. */
function maxEdits(term: string): number | false {
  return term.length >= 7 ? 2 : term.length >= 5 ? 1 : false;
}

/** How much the claim has of one question word: 1 as typed (or with a typo), less in other words. */
function credit(term: string, last: boolean, { expansions, near }: CoverageQuestion, claimTerms: ReadonlySet<string>): number {
  if (claimTerms.has(term)) return 1;
  const edits = maxEdits(term);
  const prefix = last && term.length >= 3;
  if (edits !== false || prefix) {
    const keys = near?.(term, edits, prefix);
    if (keys) {
      // The same test as below, as set lookups: the smaller set walked.
      if (keys.size < claimTerms.size) {
        for (const key of keys) if (claimTerms.has(key)) return 1;
      } else {
        for (const claimTerm of claimTerms) if (keys.has(claimTerm)) return 1;
      }
    } else {
      for (const claimTerm of claimTerms) {
        if (prefix && claimTerm.startsWith(term)) return 1;
        if (edits !== false && withinEdits(term, claimTerm, edits)) return 1;
      }
    }
  }
  let best = 0;
  for (const expansion of expansions) {
    if (expansion.source === term && claimTerms.has(expansion.term)) best = Math.max(best, Math.min(1, expansion.weight / FULL_CREDIT_WEIGHT));
  }
  return best;
}

/** Whether a and b are at most `max` edits apart (insertions, deletions, substitutions). */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return false;
    previous = current;
  }
  return (previous[b.length] as number) <= max;
}
