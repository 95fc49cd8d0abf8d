// Whether the claims found answer the question at all. Search always finds something that shares
// a word with a question ("what is the capital of France?" finds a claim about capital costs);
// an answer is only an answer when one of the first claims covers what the question asks.
// Otherwise the bot says the reports do not answer it, and shows the closest claims as related,
// not as answers. The decision weighs a few signals (answerFeatures) of the best of the first
// claims found, of the claims the answer shows (the names asked for, a thing browsed for), of
// the claim it shows first (the kind of answer asked) and of two of the first claims together (a
// question asking two things: twoPartQuestion.ts), with a small logistic model fitted offline
// on lexical search (eval/fitAnswerability.ts; eval/README.md). With semantic search on it reads
// the same lexical claims, scores and reranked order; closeness in meaning only adds to what it
// decides (answerQuestion.ts, semanticAnswer).

import type { Claim, Report } from '../reports/model.js';
import type { LibraryView } from '../library/libraryView.js';
import { claimDocument } from '../search/claimDocument.js';
import { indexedTermsOfClaim } from '../search/claimTerms.js';
import { expandQuestion } from '../search/expandQuestion.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import { coverageParts, typoReach, type CoverageQuestion } from '../search/questionCoverage.js';
import { normalizeTerm } from '../search/normalizeTerm.js';
import { termsOf } from '../search/termsOf.js';
import { tokenize } from '../search/tokenize.js';
import { askedAnswerKinds, givesAnswerKind, type AnswerKind } from './askedAnswerKind.js';
import { besidesNamesIn, coversName, namesIn, spelledNamesIn } from './askedNames.js';
import { aspectTerms } from './askedAspect.js';
import { askedOutcome, type AskedOutcome } from './askedOutcome.js';
import { askedMention, type Mention } from './askedMention.js';
import { namedYears, statesYears } from './askedYear.js';
import { asksAdvice } from './asksAdvice.js';
import { asksTwoThings } from './twoPartQuestion.js';
import { dictionaryWords, isEveryday, isMainlyNoun, wordWeights } from './everydayWords.js';
import { CLAIMS_PER_PAGE } from './answer.js';
import { rerankClaims } from './rerankClaims.js';

/** The claims looked at: an answer shows 3, and one of them answering is enough. */
export const CLAIMS_CHECKED = 3;
/**
 * The claims an answer shows first (answerQuestion.ts: the reranker's order of the lexical search's),
 * its first page: the names a question asks for, and a thing it browses for (askedMention.ts), are
 * read over them. An answer is about what it shows: the search's first claims may name a place the
 * claims shown do not. The search forgives a name typos the decision does not ("Malaysia" finds
 * "malaria" first), and the reranker lifts the claim that names it over those.
 */
export const CLAIMS_SHOWN = CLAIMS_PER_PAGE;
/** Below this, strength counts as this: a claim matching almost nothing is not less sure than that. */
const MIN_STRENGTH = 0.01;

/** What the model weighs about a question and the best of its first claims. */
export interface AnswerSignals {
  /** Share of the question (IDF-weighted, everyday words at half: everydayWords.ts) the best claim has in the question's own words (or typos of them). */
  typed: number;
  /** Share it has only in other words (WordNet, the reports' aliases, chat synonyms), at their credit. */
  otherWords: number;
  /** Share of the question in words no claim of the library has, in any form: the reports never speak of it. */
  unknown: number;
  /** Log of the first claim's score per unit of the question's IDF: how strongly it matches. */
  strength: number;
  /** How far the first claim's score is ahead of the second's (0 to 1). */
  margin: number;
  /**
   * The question's distinct telling words, up to MAX_WORDS: a question in everyday words leaves
   * more of them uncovered, and the more it has, the less one uncovered word says.
   */
  words: number;
  /** 1 when the question asks for advice, instructions or a pick ("how do I…", "how to…", "what's the best…", asksAdvice.ts), or invites the room ("anyone up for lunch?"): reports give findings, not steps, picks or company. */
  asksAdvice: number;
  /**
   * Share of the question in names (words capitalised inside it, not acronyms) that none of the
   * claims the answer shows has (CLAIMS_SHOWN): a question naming a place, person or body ("…in
   * Japan", "Does Canada…") that no claim shown names asks about something they are not about.
   */
  uncoveredNames: number;
  /**
   * Share of the question in words the best claim does not have in any form that are mostly nouns
   * (everydayWords.ts isMainlyNoun): a thing the claim does not speak of ("…noise for the
   * neighbours?", "…asthma in children?"), where an uncovered verb or adjective is more often the
   * asker's own way of putting it ("rough on your stomach", "actually afford").
   */
  uncoveredNouns: number;
  /**
   * 1 when the question asks for a kind of answer (askedAnswerKind.ts: a price, a date, a
   * duration, a count, the law, what tops a ranking, who made or won something, a figure per year,
   * a date still ahead, the person in a role) that the best claim (its text and evidence, read
   * against its report's date) does not give: "How much does a
   * dose of Shingrix cost?" against a claim on who is offered it shares the topic, not the answer.
   */
  answerKindMissing: number;
  /**
   * When the question asks whether something changes an outcome (askedOutcome.ts: "Does raising
   * the minimum wage affect crime rates?"), the share of the outcome's words (by their weight in
   * the question) the best claim has in no form: 1 when it is on the cause with another outcome,
   * a part when it has only some ("…lower infant death rates?" against a claim on infants); 0
   * otherwise.
   */
  outcomeMissing: number;
  /**
   * 1 when the question names a year (askedYear.ts: "…in 2019?", "the 2008 cable cuts") that the
   * best claim's text, evidence and sources and its report's date do not state: a claim on the
   * same thing in another year, or in none, shares the question's words, not its answer ("How many
   * members did Chess.com have in 2019?" against a claim on its members in 2022). A year that names
   * the report ("the 2026 report on organ donation") or a source ("the 2024 Developer Survey") is
   * stated.
   */
  yearMissing: number;
  /**
   * When the best claim has a name the question asks about (a spelt-out name, as uncoveredNames
   * reads them): the share of the question's other words (by weight, at their credit) it covers;
   * 1 when the question names nothing the best claim has. A claim naming the thing asked about
   * and saying nothing of what is asked about it ("Can tourists visit the Villa of the Papyri
   * today?" against a claim on where the papyri were found there) shares the question's most
   * telling words, not its answer.
   */
  besidesNames: number;
  /**
   * 1 when the question asks for a kind of answer (as answerKindMissing) that the claim the answer
   * shows first (the reranker's first, which weighs the kind given) does not give; with semantic
   * search on too, the decision reads the reranker's order of the lexical search's claims
   * (answerQuestion.ts), not the fused order shown. The best claim
   * by coverage is often not the one giving it ("How long did Zambia's bondholder restructuring
   * take, and why was the first deal… rejected?": the best covers the deal, the claim shown first
   * says "more than three years"); read over any of the claims shown, or instead of the best's,
   * the kind stopped being missing for near-topic questions the reports do not answer
   * (eval/README.md, twenty-fifth and twenty-sixth sessions).
   */
  kindMissingShownFirst: number;
  /**
   * When the question asks two things (twoPartQuestion.ts: "…, and when did…", two questions each
   * with its "?"): how much more of it two of the first claims cover together (each word at the
   * better of the two's credit) than the best claim alone. Two claims often answer such a question
   * one part each ("What did Nalin and Cash show in 1968, and what did The Lancet say about it in
   * 1978?"), and the best claim alone then covers half of it; 0 for any other question
   * (eval/README.md, twenty-seventh session).
   */
  twoClaimsGain: number;
}

/** What the decision reads: the model's signals, and the covered share the floor is checked on. */
export interface AnswerFeatures extends AnswerSignals {
  /** The share of the question the best claim covers with every word at its plain IDF (everyday words in full). */
  plainCoverage: number;
  /**
   * When the question browses the reports for a thing (askedMention.ts: "Do any of the reports
   * mention Utah?", "anything on Singapore?"): 1 when one of the claims shown names it (its text,
   * evidence or sources), 0 when it is or has a name none of them has ("anything on heat pumps in
   * Canada?"); -1 otherwise (a thing in everyday words the claims may say otherwise: "obesity
   * drugs"), or when the question asks something else: the model decides then.
   */
  mentionNamed: number;
}

/**
 * The signals whose pairwise products the model also weighs. asksAdvice (0 or 1) and otherWords count
 * only on their own: with otherWords in products, a claim covering more of the question in other
 * words could answer it less (eval/README.md, fifth session).
 */
export const PAIRED_SIGNALS = ['typed', 'unknown', 'strength', 'margin', 'words', 'uncoveredNames'] as const;

/**
 * A missing kind of answer, or a missing outcome, is weighed with these only: with `typed`, as it
 * tells most when the best claim has the question's own words (near the report's topic, the
 * answer is not there); the kind of answer also with `uncoveredNames`, as a best claim lacking the
 * question's names lacks its kind for another reason than one that has them (it may be on another
 * thing, or name the thing otherwise): the fit sets which way that weighs. Weighed with every
 * paired signal the missing kind raised the sum of questions in words no report uses, and
 * answered an answerable question because its kind was missing (eval/README.md, eighth and
 * thirteenth sessions).
 */
export const MISSING_ANSWER_PAIRS = [
  ['typed', 'answerKindMissing'],
  ['uncoveredNames', 'answerKindMissing'],
  ['typed', 'outcomeMissing'],
  ['typed', 'besidesNames'],
] as const;
type Signal = keyof AnswerSignals;

/** The model's form: a constant, a weight per signal, and a weight per product of two paired signals (a signal with itself too) and of MISSING_ANSWER_PAIRS. */
export interface AnswerModel {
  constant: number;
  weights: Readonly<Record<keyof AnswerSignals, number>>;
  /** [signal, signal, weight]: the signals say more together than apart (an uncovered word the reports never use tells more when the claim covers little). */
  pairs: readonly (readonly [Signal, Signal, number])[];
}

/**
 * The model: weights of each feature and of each product of two, and a constant, fitted by
 * eval/fitAnswerability.ts on the development sets together (eval/evalSets.ts; logistic
 * regression, classes weighted equally), with the constant moved so that a set share of their
 * answerable questions are answered (the target and why: the fit's header);
 * a question is answered when the weighted sum is 0 or more.
 * Re-fit with `npx tsx eval/fitAnswerability.ts` after a change to search or to these features,
 * and paste what it prints.
 */
export const ANSWER_MODEL: AnswerModel = {
  constant: -4.44,
  weights: { typed: 3.48, otherWords: 4.3832, unknown: 0.0779, strength: 1.0615, margin: -1.5615, words: 0.3072, asksAdvice: -3.577, uncoveredNames: -0.3156, uncoveredNouns: -2.3073, answerKindMissing: -0.5018, outcomeMissing: -1.941, yearMissing: -1.9435, besidesNames: 0.0443, kindMissingShownFirst: -1.5015, twoClaimsGain: 12.2492 },
  pairs: [
    ['typed', 'typed', -1.8323],
    ['typed', 'unknown', 2.6165],
    ['typed', 'strength', 0.6818],
    ['typed', 'margin', -1.3664],
    ['typed', 'words', -0.4057],
    ['typed', 'uncoveredNames', -15.3985],
    ['unknown', 'unknown', 1.5955],
    ['unknown', 'strength', 0.5999],
    ['unknown', 'margin', -0.2778],
    ['unknown', 'words', -0.6268],
    ['unknown', 'uncoveredNames', 5.1795],
    ['strength', 'strength', -0.0832],
    ['strength', 'margin', 1.0158],
    ['strength', 'words', -0.3261],
    ['strength', 'uncoveredNames', -0.5493],
    ['margin', 'margin', 0.4326],
    ['margin', 'words', 0.2208],
    ['margin', 'uncoveredNames', 1.6069],
    ['words', 'words', 0.1352],
    ['words', 'uncoveredNames', -0.3668],
    ['uncoveredNames', 'uncoveredNames', -3.3488],
    ['typed', 'answerKindMissing', -2.9488],
    ['uncoveredNames', 'answerKindMissing', 0.9115],
    ['typed', 'outcomeMissing', -5.145],
    ['typed', 'besidesNames', 3.3715],
  ],
};

/** Words counted in `words`: beyond them a question is not the more likely answered for its length (no set has longer unanswerable questions). */
const MAX_WORDS = 8;
/** Below this share of the question covered by any first claim, nothing else makes it an answer. */
const MIN_COVERAGE = 0.1;


/**
 * Whether one of the first claims (best first, with their scores) answers the question: `text` is
 * what was searched (chatQuestion.ts), `asked` the question as typed (plainQuestion), read for the
 * kind of answer it asks; `shown` the claims the answer shows first (answerFeatures).
 */
export function answersQuestion(library: LibraryView, text: string, ranked: readonly { claim: Claim; report: Report; score: number }[], asked: string, shown?: readonly ShownClaim[]): boolean {
  const features = answerFeatures(library, text, ranked, asked, shown);
  return features !== null && isAnswer(features);
}

/**
 * The decision on a question's features: a claim with every word of the question, as typed or
 * in full-credit other words (an alias: "wegovy" for semaglutide), answers it (a keyword search:
 * "microplastics"; no answerable question of the eval sets is covered so by other words, and no
 * unanswerable one but two that the model answers anyway); otherwise one covering some of it
 * (at plain IDF), when the model says yes.
 */
export function isAnswer(features: AnswerFeatures, model: AnswerModel = ANSWER_MODEL): boolean {
  if (features.mentionNamed >= 0) return features.mentionNamed === 1;
  if (features.typed + features.otherWords >= ALL_COVERED) return true;
  return features.plainCoverage >= MIN_COVERAGE && confidence(features, model) >= 0;
}

/** The covered share of a claim that has every word (shares add up to 1, give or take rounding). */
const ALL_COVERED = 1 - 1e-9;

/** The model's weighted sum: 0 or more is an answer. */
export function confidence(features: AnswerSignals, model: AnswerModel = ANSWER_MODEL): number {
  let sum = model.constant;
  for (const key of Object.keys(model.weights) as (keyof AnswerSignals)[]) sum += model.weights[key] * features[key];
  for (const [a, b, weight] of model.pairs) sum += weight * features[a] * features[b];
  return sum;
}

/**
 * The decision's signals, or null when there is nothing to decide on (no word, no claim). `asked`
 * is the question as typed (plainQuestion), read for the kind of answer it asks and for advice.
 * `shown`: the claims the answer shows first (answerQuestion.ts), where names are read; by default
 * the first CLAIMS_SHOWN of `ranked` as the reranker orders them.
 */
export function answerFeatures(library: LibraryView, text: string, ranked: readonly { claim: Claim; report: Report; score: number }[], asked: string, shown?: readonly ShownClaim[]): AnswerFeatures | null {
  if (ranked.length === 0) return null;
  const covered = coverageQuestionOf(library, text);
  if (covered === null) return null;
  const { question, idf } = covered;
  const { terms } = question;
  // The best of the first claims: the one covering most of the question.
  // Arrays here are filled by push from a literal (not .map): one kind of array whatever the
  // question, so V8's compiled code for them lasts (bench/README.md, eleventh session).
  // Each claim's coverage is worked out once here and read by everything below.
  const checked: CheckedClaim[] = [];
  for (let i = 0; i < ranked.length && i < CLAIMS_CHECKED; i++) {
    const { claim, report } = ranked[i] as (typeof ranked)[number];
    const terms = rememberedTermsOf(library, claim, report);
    checked.push({ claim, report, terms, coverage: claimCoverage(covered, terms) });
  }
  const bestClaim = mostCovering(checked, ({ coverage }) => coverage.typed + coverage.otherWords);
  const best = bestClaim?.terms;
  const { typed, otherWords, words } = bestClaim ? bestClaim.coverage : coverageParts(question, new Set());
  const plain = coverageParts({ ...question, idf }, best ?? new Set());
  const unknown = words.reduce((sum, word, i) => (word.credit === 0 && !inLibrary(library, question, word.term, i === words.length - 1) ? sum + word.share : sum), 0);
  const spelledNames = spelledNamesIn(text);
  // A name is read over the claims the answer shows, together: a question naming several places
  // or trials ("…in Stockholm, London and New York?") is answered by the claims together, and one
  // that no claim shown names is not answered by them, whatever claim the search found first.
  const shownFirst = (shown ?? shownClaims(library, text, ranked, asked)).slice(0, CLAIMS_SHOWN);
  const namesShown: ReadonlySet<string>[] = [];
  for (const { claim, report } of shownFirst) namesShown.push(rememberedTermsOf(library, claim, report));
  const uncoveredNames = words.reduce((sum, word) => (spelledNames.has(word.term) && !namesShown.some((terms) => coversName(question, word.term, terms)) ? sum + word.share : sum), 0);
  const typedAs = wordsAsTyped(text);
  // A word naming the kind of finding asked ("downsides", "problems", askedAspect.ts) is no thing the claim lacks.
  const aspects = aspectTerms(text);
  const uncoveredNouns = words.reduce((sum, word) => (word.credit === 0 && !aspects.has(word.term) && isMainlyNoun(typedAs.get(word.term) ?? word.term) ? sum + word.share : sum), 0);
  const kinds = askedAnswerKinds(asked);
  const answerKindMissing = kindMissingIn(kinds, bestClaim);
  // Most often the claim shown first is the best claim: read once.
  const shownFirstClaim = shownFirst[0];
  const sameClaim = shownFirstClaim?.claim === bestClaim?.claim && shownFirstClaim?.report === bestClaim?.report;
  const kindMissingShownFirst = sameClaim ? answerKindMissing : kindMissingIn(kinds, shownFirstClaim);
  const years = namedYears(asked);
  const yearMissing = years.length > 0 && bestClaim && !statesYears(datedText(bestClaim.claim, bestClaim.report), years) ? 1 : 0;
  const outcomeMissing = outcomeMissingIn(checked, askedOutcome(asked));
  const besidesNames = besidesNamesIn(words, spelledNames);
  const twoClaimsGain = checked.length > 1 && asksTwoThings(asked) ? Math.max(0, twoClaimsCoverage(checked) - (typed + otherWords)) : 0;
  const mentioned = askedMention(asked);
  const mentionNamed = mentioned === null ? -1 : mentionNamedBy(question, mentioned, shownFirst, spelledNamesIn(asked));
  const idfTotal = terms.reduce((sum, term) => sum + idf(term), 0);
  const [first, second] = ranked;
  const strength = Math.log(Math.max(MIN_STRENGTH, (first?.score ?? 0) / idfTotal));
  const margin = first && second && first.score > 0 ? 1 - second.score / first.score : 1;
  return { typed, otherWords, unknown, strength, margin, words: Math.min(terms.length, MAX_WORDS), asksAdvice: asksAdvice(asked) ? 1 : 0, uncoveredNames, uncoveredNouns, answerKindMissing, outcomeMissing, yearMissing, besidesNames, kindMissingShownFirst, twoClaimsGain, plainCoverage: plain.typed + plain.otherWords, mentionNamed };
}

/**
 * The share of the outcome a question asks about (by its words' weight in the question) that the
 * claim it is checked against has in no form; 0 when no outcome is asked. That claim is the first
 * claims' best by coverage without the verb's own words: a rare verb ("harm", "improve") can make a claim on it
 * the best of all ("…not enough evidence… harm people" for "do microplastics harm the heart?")
 * while another of the first claims is on the cause and the outcome.
 */
function outcomeMissingIn(checked: readonly CheckedClaim[], asked: AskedOutcome | null): number {
  if (asked === null) return 0;
  const verbTerms = new Set(termsOf(asked.verb));
  const outcomeTerms = new Set(termsOf(asked.outcome));
  const best = mostCovering(checked, ({ coverage }) => coverage.words.reduce((sum, word) => (verbTerms.has(word.term) ? sum : sum + word.share * word.credit), 0));
  const outcomeWords = (best ? best.coverage.words : []).filter((word) => outcomeTerms.has(word.term));
  const weight = outcomeWords.reduce((sum, word) => sum + word.share, 0);
  return weight > 0 ? outcomeWords.reduce((sum, word) => (word.credit === 0 ? sum + word.share : sum), 0) / weight : 0;
}

/**
 * The most of the question two of the checked claims cover together: each word at the better of
 * the two's credit (1 as typed), weighed by its share. Every claim's coverage lists the question's
 * words in the same order.
 */
function twoClaimsCoverage(checked: readonly CheckedClaim[]): number {
  let most = 0;
  for (let i = 0; i < checked.length; i++) {
    const a = (checked[i] as CheckedClaim).coverage.words;
    for (let j = i + 1; j < checked.length; j++) {
      const b = (checked[j] as CheckedClaim).coverage.words;
      let together = 0;
      for (let k = 0; k < a.length; k++) {
        const x = a[k] as (typeof a)[number];
        const y = b[k] as (typeof b)[number];
        together += x.share * Math.max(x.typed ? 1 : x.credit, y.typed ? 1 : y.credit);
      }
      if (together > most) most = together;
    }
  }
  return most;
}

/** A claim an answer shows. */
type ShownClaim = { claim: Claim; report: Report };

/** The claims an answer shows first, as answerQuestion.ts orders them for the decision: the reranker's first CLAIMS_SHOWN. */
function shownClaims(library: LibraryView, text: string, ranked: readonly { claim: Claim; report: Report; score: number }[], asked: string): readonly ShownClaim[] {
  return rerankClaims(library, text, ranked, asked).slice(0, CLAIMS_SHOWN);
}

/** One of the first claims the decision checks: its keys and how they cover the question. */
type CheckedClaim = { claim: Claim; report: Report; terms: ReadonlySet<string>; coverage: ClaimCoverage };

/** The claim of `claims` (best first) covering most of the question by `coverageOf`; the first of them on a tie. */
function mostCovering<T>(claims: readonly T[], coverageOf: (claim: T) => number): T | undefined {
  let best: T | undefined;
  let bestCoverage = -1;
  for (const claim of claims) {
    const coverage = coverageOf(claim);
    if (coverage > bestCoverage) [best, bestCoverage] = [claim, coverage];
  }
  return best;
}

/**
 * Whether the claims shown (the first CLAIMS_SHOWN) name a thing browsed for (mentionNamed's
 * 1, 0 or -1): each part listed ("Norway and Sweden") all in one claim's text, evidence or sources,
 * each word as the coverage reads the question's words as typed (a plural, a stem; a typo or the
 * last word completed only for a word no dictionary lists: "bats" is no start of "battery") or in
 * full through an alias the reports define ("Wegovy" for semaglutide); any one part when they are
 * listed with "or". A WordNet relative is no naming: it is worth a part of a word ("GA" for
 * Georgia is a stem of "gas", "team" has loose relatives in every report). Named, it is 1 only for
 * a specific thing (specificThing, with the question's capitalised words, acronyms too); a generic one ("the study", "the price") is left to the model
 * (-1). Not named: 0 when a word of it that none of them names so is a name (`names`, capitalised
 * inside the question), -1 otherwise (the model decides).
 */
function mentionNamedBy(question: CoverageQuestion, mention: Mention, checked: readonly { claim: Claim; report: Report }[], names: ReadonlySet<string>): number {
  // A real word is read only as typed: no typo of it, no longer word it starts (as for a name).
  const thingTerms = termsOf(mention.thing);
  const asTyped: CoverageQuestion = { ...question, terms: [...new Set(thingTerms)], names: new Set([...(question.names ?? []), ...(question.dictionaryWords ?? [])]) };
  const credited = checked.map(({ claim, report }) => {
    const { text, evidence, sources } = claimDocument(claim, report);
    const terms = new Set(termsOf(`${text}\n${evidence}\n${sources}`));
    return new Set(coverageParts(asTyped, terms).words.flatMap((word) => (word.typed || word.credit >= ALL_COVERED ? [word.term] : [])));
  });
  const named = (partTerms: readonly string[]): boolean => credited.some((terms) => partTerms.every((term) => terms.has(term)));
  const parts = mention.parts.map((part) => termsOf(part));
  if (mention.either ? parts.some(named) : parts.every(named)) return specificThing(mention.thing, thingTerms, question.names ?? names) ? 1 : -1;
  return thingTerms.some((term) => names.has(term) && !credited.some((terms) => terms.has(term))) ? 0 : -1;
}

/**
 * Whether a thing browsed for is specific enough that a claim naming it answers: it has a name
 * (`names`: "Utah", "the IEA"), or a word that is no everyday word ("microplastics", "heat pumps in Norway"; not "the
 * price") and is more than "the" and one word, which points back as "that" does ("the data", "the team"). `terms`: the thing's (termsOf).
 */
function specificThing(thing: string, terms: readonly string[], names: ReadonlySet<string>): boolean {
  if (terms.some((term) => names.has(term))) return true;
  if (/^the\s/iu.test(thing) && terms.length === 1) return false;
  const reader = sharedWordNet();
  return tokenize(thing).some((word) => normalizeTerm(word) !== null && (reader === null || !isEveryday(reader, word)));
}

/**
 * 1 when the question asks for kinds of answer (askedAnswerKinds) and `given` (none: nothing)
 * does not give one of them, read against its report's date; 0 otherwise.
 */
function kindMissingIn(kinds: readonly AnswerKind[], given: ShownClaim | undefined): 0 | 1 {
  if (kinds.length === 0) return 0;
  const text = given ? givenText(given.claim, given.report) : '';
  return kinds.some((kind) => !givesAnswerKind(text, kind, given?.report.date)) ? 1 : 0;
}

/** What a claim gives as an answer: its text and its evidence's quotes and findings, as the answer shows them. */
function givenText(claim: Claim, report: Report): string {
  const { text, evidence } = claimDocument(claim, report);
  return `${text}\n${evidence}`;
}

/** Where a claim may state a year: what it gives, its sources' names and titles, and its report's Research Date. */
function datedText(claim: Claim, report: Report): string {
  const { text, evidence, sources } = claimDocument(claim, report);
  return `${text}\n${evidence}\n${sources}\n${report.date}`;
}

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
type ClaimCoverage = ReturnType<typeof coverageParts>;

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

/** Each key of the question with the word it was first typed as, in lower case ("neighbours" for neighbour). */
function wordsAsTyped(text: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const word of tokenize(text)) {
    const term = normalizeTerm(word);
    if (term !== null && !words.has(term)) words.set(term, word.toLowerCase());
  }
  return words;
}

/** Whether any claim of the library has the word, as typed, with a typo, completed, or in other words. */
function inLibrary(library: LibraryView, question: CoverageQuestion, term: string, last: boolean): boolean {
  if (library.index.claimsWith(term) > 0) return true;
  const { edits, prefix } = typoReach(question, term, last);
  if ((edits !== false || prefix) && (library.index.termsNear(term, edits, prefix)?.size ?? 0) > 0) return true;
  return question.expansions.some((expansion) => expansion.source === term && library.index.claimsWith(expansion.term) > 0);
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
// Claims held before it is cleared: more than a run of questions reaches (at 2,000 the bench's
// back-to-back questions cleared it twice a round, and each claim's keys refilled outlived a
// scavenge: bench/README.md, twenty-seventh session); a claim's keys are a small view.
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
