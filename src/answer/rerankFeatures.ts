// What the reranker (rerankClaims.ts) reads of each of the first claims the search found: how
// far down the search put it, and where in the claim the question's words are. The search scores
// a claim by its fields together, so a claim that has the question's words only in its sources or
// its report's topic can outrank the one whose own sentence says them, side by side; most near
// misses are the right report's wrong claim (eval/README.md, fifth session). Cheap for a few
// claims: the coverage is questionCoverage.ts's, over each field's keys.

import type { Claim, Report } from '../reports/model.js';
import type { LibraryView } from '../library/libraryView.js';
import { claimDocument } from '../search/claimDocument.js';
import type { SentenceHit } from '../search/claimSentence.js';
import { coverageParts, type CoverageQuestion, type WordCoverage } from '../search/questionCoverage.js';
import { normalizeTerm } from '../search/normalizeTerm.js';
import { rareFunctionWordShare } from '../search/sharedFunctionWords.js';
import { termsOf } from '../search/termsOf.js';
import { tokenize } from '../search/tokenize.js';
import { claimCoverage, coverageQuestionOf, rememberedTermsOf } from './claimCoverage.js';
import { askedAnswerKinds, givesAnswerKind } from './askedAnswerKind.js';
import { asksForQuantity, statesQuantity } from './askedQuantity.js';
import { asksWhy, statesCause } from './askedCause.js';

/** The features, in the order the model's weights list them. */
export const RERANK_FEATURES = [
  /** Log of the claim's score as a share of the first claim's. */
  'logRatio',
  /** 1 / its place in the search's order. */
  'reciprocalRank',
  /** Share of the question (IDF-weighted, as the no-answer decision reads it) the claim's own sentence has as typed (or with a typo). */
  'textTyped',
  /** Share its sentence has only in other words (WordNet, aliases), at their credit. */
  'textOther',
  /** Share its quotes and findings add to its sentence's. */
  'evidenceOnly',
  /** Share only its sources, perspective or report topic add. */
  'metadataOnly',
  /** How close together the question's words stand in the sentence (1: side by side; 0: fewer than two). */
  'proximity',
  /** The share it covers, each word counted by how few of the first claims have it: what sets it apart from the others found. */
  'distinctive',
  /** Share of the first claims that are of its report (itself left out). */
  'reportShare',
  /** Log of its sentence's length in words. */
  'claimLength',
  /** 1 when the question asks for a quantity and the claim's sentence states one (askedQuantity.ts); else 0. */
  'statesAskedQuantity',
  /**
   * The share of the kinds of answer the question asks for (AnswerKind, askedAnswerKind.ts: a
   * price, a date, a person in a role, a length…, as the no-answer decision reads them) that the
   * claim's sentence gives; 0 when it asks for none.
   */
  'givesAskedKind',
  /** 1 when the question asks why and the claim's sentence states a cause (askedCause.ts); else 0. */
  'statesAskedCause',
  /**
   * textOther × 1 / its place: the search weighs a word met in other words below one met as typed,
   * so its place says less of a claim whose sentence has the question in other words.
   */
  'textOtherByRank',
  /**
   * The share of the question's function words (sharedFunctionWords.ts) its sentence has, each
   * word weighed by how rare it is among the library's claim sentences: a shared "than" or "after"
   * says more than a shared "the"; 0 when the question has none.
   */
  'rareFunctionWords',
] as const;

export type RerankFeature = (typeof RERANK_FEATURES)[number];
export type RerankFeatures = Record<RerankFeature, number>;

export interface FoundClaim {
  claim: Claim;
  report: Report;
  score: number;
}

/** Below this share of the first claim's score, a claim's log ratio counts as this. */
const MIN_RATIO = 1e-3;

/**
 * The features of each claim of `found` (the search's first claims, best first); null when the
 * question has no word to search for. `text` is what was searched, `asked` the question as typed
 * (plainQuestion in chatQuestion.ts), read for whether it asks for a quantity, a kind of answer or why.
 */
export function rerankFeatures(library: LibraryView, text: string, found: readonly FoundClaim[], asked: string): RerankFeatures[] | null {
  const covered = coverageQuestionOf(library, text);
  const best = found[0]?.score;
  if (covered === null || best === undefined || !(best > 0)) return null;
  const { question } = covered;
  const sourceOf = sourcesOf(question);
  const quantity = asksForQuantity(asked);
  const why = asksWhy(asked);
  const kinds = askedAnswerKinds(asked);
  const functionWordShare = rareFunctionWordShare(text, library.functionWordRarity());
  // Here and below by push into one literal (not .map): a .map's array is another kind to V8 once
  // this is optimized, and code reading it was thrown away (bench/README.md).
  const parts: { text: { typed: number; otherWords: number }; own: { typed: number; otherWords: number }; all: ReturnType<typeof claimCoverage> }[] = [];
  for (const { claim, report } of found) {
    const all = claimCoverage(covered, rememberedTermsOf(library, claim, report));
    // A claim's sentence and evidence are among its fields: what all of them lack, they lack.
    const coveredBy = coveredPart(question, all.words);
    const { text: textKeys, own: ownKeys } = ownKeysOf(library, claim, report);
    parts.push({ text: coveredBy(textKeys), own: coveredBy(ownKeys), all });
  }
  // How many of the first claims cover each question word at all.
  const having = new Map<string, number>();
  for (const { all } of parts) for (const word of all.words) if (word.credit > 0) having.set(word.term, (having.get(word.term) ?? 0) + 1);
  const reports = new Map<string, number>();
  for (const { report } of found) reports.set(report.id, (reports.get(report.id) ?? 0) + 1);
  const others = Math.max(1, found.length - 1);
  const features: RerankFeatures[] = [];
  for (let i = 0; i < found.length; i++) {
    const { claim, report, score } = found[i] as FoundClaim;
    const { text, own, all } = parts[i] as (typeof parts)[number];
    const sentence = sentenceOf(library, claim, sourceOf);
    const textShare = text.typed + text.otherWords;
    const ownShare = own.typed + own.otherWords;
    const distinctive = all.words.reduce((sum, word) => sum + word.share * word.credit * (1 - ((having.get(word.term) ?? 1) - 1) / others), 0);
    features.push({
      logRatio: Math.log(Math.max(MIN_RATIO, score / best)),
      reciprocalRank: 1 / (i + 1),
      textTyped: text.typed,
      textOther: text.otherWords,
      evidenceOnly: Math.max(0, ownShare - textShare),
      metadataOnly: Math.max(0, all.typed + all.otherWords - ownShare),
      proximity: proximityOfHits(sentence.hits),
      distinctive,
      reportShare: ((reports.get(report.id) ?? 1) - 1) / others,
      claimLength: Math.log(1 + sentence.length),
      statesAskedQuantity: quantity && statesQuantity(claim.text) ? 1 : 0,
      givesAskedKind: kinds.length === 0 ? 0 : kinds.filter((kind) => givesAnswerKind(claim.text, kind, report.date)).length / kinds.length,
      statesAskedCause: why && statesCause(claim.text) ? 1 : 0,
      textOtherByRank: text.otherWords / (i + 1),
      // A served claim's function words were worked out when it was served (servedSentences.ts).
      rareFunctionWords: functionWordShare(library.sentenceFunctionWordBits(claim.text) ?? claim.text),
    });
  }
  return features;
}

/**
 * The keys of the claim's sentence, and of its sentence and evidence together, as the index
 * recorded them (the same sets: claimKeys.ts); read from the claim's text where it has none.
 */
function ownKeysOf(library: LibraryView, claim: Claim, report: Report): { text: ReadonlySet<string>; own: ReadonlySet<string> } {
  const recorded = library.index.ownKeysOfClaim(claim.id);
  if (recorded) return recorded;
  const document = claimDocument(claim, report);
  const text = new Set(termsOf(document.text));
  return { text, own: new Set([...text, ...termsOf(document.evidence)]) };
}

/**
 * The coverage of the question by some of a claim's keys, given how all its keys cover each word:
 * only the words they cover are checked (and the last word, which alone may be completed), their
 * shares then scaled back to the whole question's.
 */
function coveredPart(question: CoverageQuestion, words: readonly WordCoverage[]): (keys: ReadonlySet<string>) => { typed: number; otherWords: number } {
  const last = words[words.length - 1];
  const checked = words.filter((word) => word.credit > 0 || word === last);
  const terms = checked.map((word) => word.term);
  const share = checked.reduce((sum, word) => sum + word.share, 0);
  return (keys) => {
    if (share === 0) return { typed: 0, otherWords: 0 };
    const { typed, otherWords } = coverageParts({ ...question, terms }, keys);
    return { typed: typed * share, otherWords: otherWords * share };
  };
}

/** Each index key that stands for a question word (the word itself, or one of its expansions) -> that word. */
function sourcesOf(question: CoverageQuestion): Map<string, string> {
  const sourceOf = new Map<string, string>();
  for (const expansion of question.expansions) sourceOf.set(expansion.term, expansion.source);
  for (const term of question.terms) sourceOf.set(term, term);
  return sourceOf;
}

/**
 * The claim's sentence as the reranker reads it: how many words it has, and those that stand for a
 * question word, in order (their key's `sourceOf`). From what the index recorded of it, or read
 * from the claim's text where it has none: the same.
 */
function sentenceOf(library: LibraryView, claim: Claim, sourceOf: ReadonlyMap<string, string>): { length: number; hits: Hit[] } {
  const recorded = library.index.sentenceOfClaim(claim.id);
  if (recorded) return { length: recorded.length, hits: recorded.hits(sourceOf) };
  const words = tokenize(claim.text);
  return { length: words.length, hits: hitsOf(words, sourceOf) };
}

/** A word of a text that stands for a question word: its position, and that word (`value`). */
type Hit = SentenceHit<string>;

/** The words (as tokenize gives them) whose keys `sourceOf` has, in order, each with its source. */
function hitsOf(words: readonly string[], sourceOf: ReadonlyMap<string, string>): Hit[] {
  const hits: Hit[] = [];
  words.forEach((word, at) => {
    const key = normalizeTerm(word);
    const value = key === null ? undefined : sourceOf.get(key);
    if (value !== undefined) hits.push({ at, value });
  });
  return hits;
}

/**
 * How close together the question's words stand in the text: with k distinct question words in
 * it, (k - 1) / (the fewest words from the first to the last of a run holding all k - 1); 0 when k < 2.
 */
export function proximity(text: string, sourceOf: ReadonlyMap<string, string>): number {
  return proximityOfHits(hitsOf(tokenize(text), sourceOf));
}

/** proximity() over the text's words that stand for question words (hitsOf's). */
function proximityOfHits(hits: readonly Hit[]): number {
  const distinct = new Set(hits.map((hit) => hit.value)).size;
  if (distinct < 2) return 0;
  // The shortest run of hits holding every distinct source (two pointers over the hits in order).
  const inWindow = new Map<string, number>();
  let shortest = Number.POSITIVE_INFINITY;
  let from = 0;
  for (const hit of hits) {
    inWindow.set(hit.value, (inWindow.get(hit.value) ?? 0) + 1);
    while (inWindow.size === distinct) {
      const first = hits[from] as Hit;
      shortest = Math.min(shortest, hit.at - first.at);
      const left = (inWindow.get(first.value) ?? 1) - 1;
      if (left === 0) inWindow.delete(first.value);
      else inWindow.set(first.value, left);
      from++;
    }
  }
  return (distinct - 1) / shortest;
}
