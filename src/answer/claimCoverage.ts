// How the first claims cover the question, worked out once per question and claim: the reranker's
// features (rerankFeatures.ts) and the no-answer decision (answerability.ts) both read it. The
// coverage itself is questionCoverage.ts's (coverageParts); this module reads the question over a
// library (IDF, the index's near keys, its names) and remembers that, each claim's coverage and
// each claim's index keys. Apart from the decision so that the reranker reads it without loading
// the decision, which loads the reranker.

import type { Claim, Report } from '../reports/model.js';
import type { LibraryView } from '../library/libraryView.js';
import { indexedTermsOfClaim } from '../search/claimTerms.js';
import { expandQuestion } from '../search/expandQuestion.js';
import { coverageParts, type CoverageQuestion } from '../search/questionCoverage.js';
import { termsOf } from '../search/termsOf.js';
import { namesIn } from './askedNames.js';
import { dictionaryWords, wordWeights } from './everydayWords.js';

/**
 * The question as the coverage reads it (questionCoverage.ts), its words weighed by IDF with
 * everyday words at less (everydayWords.ts), and the plain IDF (as the search scores words);
 * null when the question has no word to search for. The reranker (rerankFeatures.ts) reads it too.
 */
export function coverageQuestionOf(library: LibraryView, text: string): CoveredQuestion | null {
  // An answer asks twice (the reranker, then the decision): the last question's is remembered
  // while the library, what it serves and its names are the same (the IDF moves with any report).
  const last = lastCovered;
  const { aliases } = library;
  if (last && last.library === library && last.text === text && last.version === library.version && last.aliases === aliases && last.aliasVersion === aliases?.version) return last.covered;
  const covered = coverageQuestionNow(library, text);
  lastCovered = { library, text, version: library.version, aliases, aliasVersion: aliases?.version, covered };
  return covered;
}

export type CoveredQuestion = {
  question: CoverageQuestion;
  idf: (term: string) => number;
  /** claimCoverage's, by the claim's keys (rememberedTermsOf's set). */
  claims: Map<ReadonlySet<string>, ClaimCoverage>;
};
export type ClaimCoverage = ReturnType<typeof coverageParts>;

/**
 * How the question is covered by a claim's keys (coverageParts), worked out once per question for
 * each claim: the reranker reads the first RERANK_TOP claims' (rerankClaims.ts), the decision's coverage the first
 * three (do not change it) and its names the claims shown.
 */
export function claimCoverage(covered: CoveredQuestion, claimTerms: ReadonlySet<string>): ClaimCoverage {
  let coverage = covered.claims.get(claimTerms);
  if (!coverage) {
    coverage = coverageParts(covered.question, claimTerms);
    covered.claims.set(claimTerms, coverage);
  }
  return coverage;
}
let lastCovered: { library: LibraryView; text: string; version: number; aliases: LibraryView['aliases']; aliasVersion: number | undefined; covered: CoveredQuestion | null } | null = null;

function coverageQuestionNow(library: LibraryView, text: string): CoveredQuestion | null {
  const terms = [...new Set(termsOf(text))];
  if (terms.length === 0) return null;
  const idf = idfIn(library);
  const near = nearOnce(library);
  // Everyday words count less in what a claim covers (everydayWords.ts); answerFeatures' strength
  // is read per unit of the plain IDF, as the search scores it.
  const weights = wordWeights(text);
  const weighted = (term: string): number => idf(term) * (weights.get(term) ?? 1);
  const question: CoverageQuestion = { terms, expansions: expandQuestion(text, { aliases: library.aliases }), idf: weighted, near, names: namesIn(text), dictionaryWords: dictionaryWords(text) };
  return { question, idf, claims: new Map() };
}

/**
 * The index's keys near a question word (ClaimIndex.termsNear), each asked once per question: the
 * coverage asks for each word a claim lacks, for each claim checked.
 */
function nearOnce(library: LibraryView): NonNullable<CoverageQuestion['near']> {
  const known = new Map<string, { maxEdits: number | false; prefix: boolean; keys: ReadonlySet<string> | null }[]>();
  return (term, maxEdits, prefix) => {
    let forms = known.get(term);
    if (!forms) {
      forms = [];
      known.set(term, forms);
    }
    for (const form of forms) if (form.maxEdits === maxEdits && form.prefix === prefix) return form.keys;
    const keys = library.index.termsNear(term, maxEdits, prefix);
    forms.push({ maxEdits, prefix, keys });
    return keys;
  };
}

/**
 * IDF as BM25 has it, over the claims served: a word no claim has is the most telling. Each
 * word's is worked out once per question: the coverage reads it for each claim checked, and each
 * reading was a walk of the index's term tree.
 */
function idfIn(library: LibraryView): (term: string) => number {
  const claims = library.index.size;
  const known = new Map<string, number>();
  return (term) => {
    let idf = known.get(term);
    if (idf === undefined) {
      const having = library.index.claimsWith(term);
      idf = Math.log(1 + (claims - having + 0.5) / (having + 0.5));
      known.set(term, idf);
    }
    return idf;
  };
}

// A claim's keys are read for each question it is among the first answers to: kept for the most
// recent claims, per library and only while the library is the same (its version): the keys are
// views of the index's storage, and a change to the library can replace that storage, which a
// remembered view would keep alive (an unchanged report keeps its Claim objects). Per library,
// not per view: each scoped view (ScopedLibrary) has its own index object over the one index, and
// a claim's keys are the same in every view. What every view of a library shares, and no other
// library has, is its alias table: the key.
const remembered = new WeakMap<LibraryView['aliases'], { version: number; terms: Map<Claim, ReadonlySet<string>> }>();
// Claims held before it is cleared: more than a run of questions reaches. Under that it is cleared
// again and again, and each claim's keys worked out anew outlive a scavenge (bench/README.md,
// twenty-sixth and twenty-seventh sessions); a claim's keys are a small view.
const MAX_REMEMBERED = 8192;

/** A claim's index keys, all fields together (remembered for the most recent claims of the library as it is, whichever view asks). */
export function rememberedTermsOf(library: LibraryView, claim: Claim, report: Report): ReadonlySet<string> {
  let known = remembered.get(library.aliases);
  if (known?.version !== library.version) {
    known = { version: library.version, terms: new Map() };
    remembered.set(library.aliases, known);
  }
  let terms = known.terms.get(claim);
  if (!terms) {
    terms = indexedTermsOfClaim(library.index, claim, report);
    if (known.terms.size >= MAX_REMEMBERED) known.terms.clear();
    known.terms.set(claim, terms);
  }
  return terms;
}
