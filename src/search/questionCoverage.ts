// How much of a question a claim covers: the share of the question's words, each weighted by how
// telling it is (IDF: rare words say what the question is about, common ones little), that the
// claim has, as typed, with a typo, or in other words (an expansion, at its weight). A claim that
// matches "heat pump" but not "serviced" in "how often should a heat pump be serviced?" covers
// the common part of the question and not the part that asks something; the reports do not answer it.

import { ClaimKeySet } from './claimKeySet.js';
import type { Expansion } from './expandQuestion.js';

export interface CoverageQuestion {
  /** The question's index keys, in order (the last may be typed only in part). */
  terms: readonly string[];
  expansions: readonly Expansion[];
  /** How telling each question key is; higher for rarer words. The same each time a key is asked (coverageParts keeps them). */
  idf: (term: string) => number;
  /**
   * Every index key within `maxEdits` edits of a question key (false: only itself), and (prefix)
   * every key it starts, when the index can list them (ClaimIndex.termsNear): then a claim's keys
   * are looked up there instead of each compared with the question key.
   */
  near?: (term: string, maxEdits: number | false, prefix: boolean) => ReadonlySet<string> | null;
  /** Keys typed as names (capitalised inside the question): a name is no misspelt stem of another word, nor the start of one. */
  names?: ReadonlySet<string>;
  /**
   * Keys of words a dictionary lists as typed (WordNet: "capital", "France"): a real word is what
   * was meant, not a typo of a different word a claim has ("capita").
   */
  dictionaryWords?: ReadonlySet<string>;
}

/**
 * An expansion at this weight or more counts as the word itself (a synonym of the word's main
 * sense); lighter ones count in proportion.
 */
const FULL_CREDIT_WEIGHT = 0.5;

/** The covered share of the question, 0 to 1, for a claim whose index keys are `claimTerms`. */
export function questionCoverage(question: CoverageQuestion, claimTerms: ReadonlySet<string>): number {
  const { typed, otherWords } = coverageParts(question, claimTerms);
  return typed + otherWords;
}

/** How one question word is covered by a claim: its share of the question and its credit. */
export interface WordCoverage {
  term: string;
  /** The word's share of the question's IDF (all words' shares add up to 1). */
  share: number;
  /** 1 when the claim has it as typed, with a typo or completed; else its best expansion's credit, or 0. */
  credit: number;
  /** Whether the claim has the word itself (as typed, with a typo, or completed), not only other words for it. */
  typed: boolean;
}

/**
 * The covered share of the question split by how it is covered: `typed` (the claim has the
 * question's own words, or typos of them) and `otherWords` (only expansions), with each word's part.
 */
export function coverageParts(question: CoverageQuestion, claimTerms: ReadonlySet<string>): { typed: number; otherWords: number; words: WordCoverage[] } {
  const { terms, weights, total } = weightedTerms(question);
  const words: WordCoverage[] = [];
  let typed = 0;
  let otherWords = 0;
  if (total <= 0) return { typed, otherWords, words };
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as string;
    const share = (weights[i] as number) / total;
    const asTyped = hasAsTyped(term, i === terms.length - 1, question, claimTerms);
    const credit = asTyped ? 1 : expansionCredit(term, question, claimTerms);
    if (asTyped) typed += share;
    else otherWords += share * credit;
    words.push({ term, share, credit, typed: asTyped });
  }
  return { typed, otherWords, words };
}

/** The question's distinct keys in order, each with its weight (idf), and the weights' sum. */
interface WeightedTerms {
  terms: readonly string[];
  weights: number[];
  total: number;
}

interface RecentWeights {
  idf: CoverageQuestion['idf'];
  terms: readonly string[];
  weighted: WeightedTerms;
}

/**
 * weightedTerms' last answers, by the question's `idf` and `terms` array (they depend on those
 * alone): coverageParts is asked for each claim checked, where a Map per call was a large share of
 * a back-to-back answer's allocation. A few, most recent first: the reranker asks the question's
 * array and each claim's part of it in turn (rerankFeatures.ts), the decision one array under the
 * weighted and then the plain idf (answerability.ts). Not a WeakMap: V8's scavenge keeps a WeakMap's
 * values whether or not their keys live, so every answer's weights outlived it and were promoted
 * (bench/README.md, twenty-sixth session).
 */
const recentWeights: RecentWeights[] = [];
const RECENT_WEIGHTS = 4;

/** Puts `recent` first, the entries before place `at` one place later (the one at `at` is replaced). */
function putFirst(recent: RecentWeights, at: number): void {
  for (let j = at; j > 0; j--) recentWeights[j] = recentWeights[j - 1] as RecentWeights;
  recentWeights[0] = recent;
}

function weightedTerms({ terms, idf }: CoverageQuestion): WeightedTerms {
  // One key is cheap to weigh, and its arrays are made per call (askedNames.ts): not kept.
  if (terms.length === 1) {
    const weight = idf(terms[0] as string);
    return { terms, weights: [weight], total: weight };
  }
  for (let i = 0; i < recentWeights.length; i++) {
    const recent = recentWeights[i] as RecentWeights;
    if (recent.terms !== terms || recent.idf !== idf) continue;
    putFirst(recent, i);
    return recent.weighted;
  }
  // A key typed twice counts once, in its first place.
  const byTerm = new Map<string, number>();
  for (const term of terms) byTerm.set(term, idf(term));
  let total = 0;
  for (const weight of byTerm.values()) total += weight;
  const weighted: WeightedTerms = { terms: [...byTerm.keys()], weights: [...byTerm.values()], total };
  // The least recent falls off once RECENT_WEIGHTS are kept.
  putFirst({ idf, terms, weighted }, Math.min(recentWeights.length, RECENT_WEIGHTS - 1));
  return weighted;
}

/** Typos forgiven in a question key: none under 5 letters, one edit under 7, else two. */
/**
 * How far a question key may be from a word and still be read as it: within `edits` edits (false:
 * only itself), or (`prefix`) the start of it, for the last word typed in part.
 */
export function typoReach(question: Pick<CoverageQuestion, 'names' | 'dictionaryWords'>, term: string, last: boolean): { edits: number | false; prefix: boolean } {
  // A real word is what was meant, not a typo of another word.
  const real = question.dictionaryWords?.has(term) === true;
  const edits = real ? false : term.length >= 7 ? 2 : term.length >= 5 ? 1 : false;
  // Nor is a name ("France") the start of a longer word ("Francisco").
  const prefix = !question.names?.has(term) && last && term.length >= 3;
  return { edits, prefix };
}

/** Whether the claim has the question word as typed, with a typo, or (the last word) completed. */
function hasAsTyped(term: string, last: boolean, question: CoverageQuestion, claimTerms: ReadonlySet<string>): boolean {
  const { near } = question;
  if (claimTerms.has(term)) return true;
  if (!question.names?.has(term) && misspeltStem(term, near, claimTerms)) return true;
  const { edits, prefix } = typoReach(question, term, last);
  if (edits === false && !prefix) return false;
  const keys = near?.(term, edits, prefix);
  if (keys) {
    // The same test as below, as set lookups: over key numbers when the claim's keys are a run of
    // them (no key string read), else the smaller set walked.
    if (claimTerms instanceof ClaimKeySet) return claimTerms.hasAnyOf(keys);
    if (keys.size < claimTerms.size) {
      for (const key of keys) if (claimTerms.has(key)) return true;
    } else {
      for (const claimTerm of claimTerms) if (keys.has(claimTerm)) return true;
    }
    return false;
  }
  for (const claimTerm of claimTerms) {
    if (prefix && claimTerm.startsWith(term)) return true;
    if (edits !== false && withinEdits(term, claimTerm, edits)) return true;
  }
  return false;
}

/**
 * A misspelt word stems apart from the word meant ("resignaitons" to resignaiton, "resignations"
 * to resign; "botled" to botl, "bottled" to bottl), too far for the typo test: a question word
 * no claim has counts as a claim's stem (4+ letters) that it starts with, give or take a letter.
 */
function misspeltStem(term: string, near: CoverageQuestion['near'], claimTerms: ReadonlySet<string>): boolean {
  if (term.length < MIN_MISSPELT_LENGTH || !/^[a-z]+$/.test(term)) return false;
  const known = near?.(term, false, false);
  if (known === null || known === undefined || known.has(term)) return false;
  for (const claimTerm of claimTerms) {
    if (claimTerm.length >= MIN_STEM_LENGTH && claimTerm[0] === term[0] && withinEdits(claimTerm, term.slice(0, claimTerm.length), 1)) return true;
  }
  return false;
}
const MIN_MISSPELT_LENGTH = 8;
const MIN_STEM_LENGTH = 4;

/** How much the claim has of a question word in other words: its best expansion's weight, as a share of full credit. */
function expansionCredit(term: string, { expansions }: CoverageQuestion, claimTerms: ReadonlySet<string>): number {
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
