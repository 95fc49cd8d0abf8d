// Whether the claims found answer the question at all. Search always finds something that shares
// a word with a question ("what is the capital of France?" finds a claim about capital costs);
// an answer is only an answer when one of the first claims covers what the question asks.
// Otherwise the bot says the reports do not answer it, and shows the closest claims as related,
// not as answers. The decision weighs a few signals (answerFeatures) of the best of the first
// claims found, of the claims the answer shows (the names asked for, a thing browsed for), of
// the claim it shows first (the kind of answer asked) and of two of the first claims together (a
// question asking two things: twoPartQuestion.ts), with a small logistic model fitted offline
// on lexical search (answerModel.ts; eval/fitAnswerability.ts; eval/README.md). How each claim
// covers the question is claimCoverage.ts's, which the reranker reads too. With semantic search on
// it reads the same lexical claims, scores and reranked order; closeness in meaning only adds to
// what it decides (answerQuestion.ts, semanticAnswer).

import type { Claim, Report } from '../reports/model.js';
import type { LibraryView } from '../library/libraryView.js';
import { claimDocument } from '../search/claimDocument.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import { coverageParts, typoReach, type CoverageQuestion } from '../search/questionCoverage.js';
import { normalizeTerm } from '../search/normalizeTerm.js';
import { termsOf } from '../search/termsOf.js';
import { tokenize } from '../search/tokenize.js';
import { askedAnswerKinds, RERANKER_ONLY_KINDS, type AnswerKind } from './askedAnswerKind.js';
import { besidesNamesIn, coversName, spelledNamesIn } from './askedNames.js';
import { aspectTerms, relationsAsked } from './askedAspect.js';
import { askedOutcome, type AskedOutcome } from './askedOutcome.js';
import { askedMention, type Mention } from './askedMention.js';
import { namedYears, statesYears, statesYearWithin, yearBounds, yearChoices, type YearBound } from './askedYear.js';
import { asksAdvice } from './asksAdvice.js';
import { asksYesNo, checksWhatWasHeard } from './asksYesNo.js';
import { asksTwoThings, yearsAskedApart } from './twoPartQuestion.js';
import { askedSpeaker } from './askedSpeaker.js';
import { askedThing } from './askedThing.js';
import { pricedPhrase } from './pricedThing.js';
import { claimsOfNamedReports, namedForms } from './namedReports.js';
import { anyKindMissing, countMissingIn, givenText, kindHolderIn, kindMissingIn, kindNounsGiven, kindsGivenBy, namesPricedThing, priceMissingIn, relationsUnconnected, thingMissingIn } from './givenByClaims.js';
import { givesSpeed, SPEED_ASKED } from './askedPace.js';
import { againInYear, asksLaterStep, tellsLaterStep } from './askedLaterStep.js';
import { askedAlternatives } from './askedAlternatives.js';
import { askedEvent, namedIn, type AskedEvent } from './askedEvent.js';
import { isEveryday, isMainlyNoun } from './everydayWords.js';
import { isPeopleAtLarge } from './countedThing.js';
import { CARDINAL_WORDS } from './quantityWords.js';
import { CLAIMS_PER_PAGE } from './answer.js';
import { ALL_COVERED, isAnswer, type AnswerFeatures } from './answerModel.js';
import { claimCoverage, coverageQuestionOf, rememberedTermsOf, type ClaimCoverage, type CoveredQuestion } from './claimCoverage.js';
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
/** Words counted in `words`: beyond them a question is not the more likely answered for its length (no set has longer unanswerable questions). */
const MAX_WORDS = 8;

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
  // Claims covering as much are told apart by the reranker's order, the order an answer shows: of
  // three claims sharing the question's words, the search's first may not be the one the reranker
  // lifted for giving the kind of answer asked ("How much does it cost a zoo to rent…").
  const shownFirst = (shown ?? shownClaims(library, text, ranked, asked)).slice(0, CLAIMS_SHOWN);
  const bestClaim = mostCovering(checked, ({ coverage }) => coverage.typed + coverage.otherWords, ({ claim }) => shownPlace(shownFirst, claim));
  const best = bestClaim?.terms;
  const { typed, otherWords, words } = bestClaim ? bestClaim.coverage : coverageParts(question, new Set());
  const plain = coverageParts({ ...question, idf }, best ?? new Set());
  const unknown = words.reduce((sum, word, i) => (word.credit === 0 && !inLibrary(library, question, word.term, i === words.length - 1) ? sum + word.share : sum), 0);
  const spelledNames = spelledNamesIn(text);
  // A name is read over the claims the answer shows, together: a question naming several places
  // or trials ("…in Stockholm, London and New York?") is answered by the claims together, and one
  // that no claim shown names is not answered by them, whatever claim the search found first.
  const namesShown: ReadonlySet<string>[] = [];
  for (const { claim, report } of shownFirst) namesShown.push(rememberedTermsOf(library, claim, report));
  const uncoveredNames = words.reduce((sum, word) => (spelledNames.has(word.term) && !namesShown.some((terms) => coversName(question, word.term, terms)) ? sum + word.share : sum), 0);
  const typedAs = wordsAsTyped(text);
  // A word naming the kind of finding asked ("downsides", "problems", askedAspect.ts) is no thing
  // the claim lacks; a connection asked between two things is one only where the claim has both.
  const unconnected = relationsUnconnected(relationsAsked(text), words);
  const aspects = unconnected.size === 0 ? aspectTerms(text) : new Set([...aspectTerms(text)].filter((term) => !unconnected.has(term)));
  // Not the kinds the reranker alone reads (how fast: RERANKER_ONLY_KINDS; a speed asked is speedMissing's).
  const kinds = askedAnswerKinds(asked).filter((kind) => !RERANKER_ONLY_KINDS.has(kind));
  // A question asking two things is answered by the claims together, a part each ("When did the
  // Falkirk Wheel open and how much did it cost?": the date in one claim, the price in another):
  // each kind it asks may be given by any of the first claims, or of the claims shown first.
  // A thing in each of two years too, where the first claims state each year (a claim a year).
  const yearsApart = yearsAskedApart(asked);
  const twoThings = asksTwoThings(asked) || (yearsApart.length > 0 && yearsApart.every((year) => checked.some(({ claim, report }) => statesYears(datedText(claim, report), [year]))));
  // A kind is given by a claim of a report on what the question names, not by another report's
  // claim found for its other words (namedReports.ts); not for a question asking two things, whose
  // parts may each name another thing, or none.
  const nameForms = kinds.length > 0 && !twoThings ? namedForms(library, question, spelledNames) : NO_TERMS;
  const givenBy = claimsOfNamedReports(library, nameForms, twoThings ? checked : bestClaim ? [bestClaim] : []);
  // A death asked of someone by name is told of them, not of another man in their story; the holder
  // of a role asked is a person named in a role, not any name in the claim.
  const holder = kindHolderIn(asked, kinds);
  const kindsGiven = kindsGivenBy(kinds, givenBy, holder);
  // An age is told in a claim on the person ("Bannister was a 25-year-old medical student"), seldom
  // in the one on the event asked of ("How old was Bannister when he ran the mile?"): any of the
  // first claims or of those shown first gives it, told of the one named where a name is asked.
  if (kinds.includes('age') && !kindsGiven.has('age') && kindsGivenBy(['age'], claimsOfNamedReports(library, nameForms, [...checked, ...shownFirst]), holder).has('age')) kindsGiven.add('age');
  // Most often the claim shown first is the best claim: read once.
  const shownFirstClaim = shownFirst[0];
  const sameClaim = shownFirstClaim?.claim === bestClaim?.claim && shownFirstClaim?.report === bestClaim?.report;
  // The claim both the search and the reranker put first, covering nearly as much of the question
  // as the best, gives its kinds as the best would ("…Lord Mersey, opened … and sat for 36 days"
  // for how long the inquiry lasted, where the best claim has one more of its words and no span).
  // Not the reranker's first alone: lifted from further down for giving the kind, it gives one on
  // another thing as often.
  // The kinds the claim shown first gives, where it is read alone: another claim than the best.
  const shownFirstAlone = !twoThings && !sameClaim;
  const shownFirstKinds = shownFirstAlone ? kindsGivenBy(kinds, claimsOfNamedReports(library, nameForms, shownFirstClaim ? [shownFirstClaim] : []), holder) : new Set<AnswerKind>();
  // A price the claim shown first gives for another thing (grid storage's "$20/kWh" for a home
  // battery asked) is no price asked: lifted for giving a price, it gives another thing's as often.
  const priced = kinds.includes('price') ? pricedPhrase(asked) : null;
  const pricedTerm = priced === null ? null : normalizeTerm(priced.thing);
  const pricedKindTerm = priced?.modifier == null ? null : normalizeTerm(priced.modifier);
  if (shownFirstKinds.has('price') && priceMissingIn(pricedTerm, question, words, [shownFirstClaim], pricedKindTerm) === 1) shownFirstKinds.delete('price');
  if (shownFirstAlone && shownFirstClaim !== undefined && shownFirstClaim.claim === ranked[0]?.claim && anyKindMissing(kinds, kindsGiven) === 1 && coversNearlyAsMuch(claimCoverage(covered, namesShown[0] ?? new Set()), typed + otherWords)) {
    for (const kind of shownFirstKinds) kindsGiven.add(kind);
  }
  // Where a count or a price of the thing is looked for: the best claim and the claim shown first;
  // for a question asking two things, every claim checked or shown first.
  const givenClaims = twoThings ? [...checked, ...shownFirst] : [bestClaim, shownFirstClaim];
  const everyKindGiven = anyKindMissing(kinds, kindsGiven) === 0;
  // A price given only for another thing (a payer's, a part's): read where every kind asked is given.
  const priceMissing = everyKindGiven ? priceMissingIn(pricedTerm, question, words, givenClaims, pricedKindTerm) : 0;
  // A price given only in claims naming the thing nowhere is another thing's: the kind is missing, as where no sum is given.
  const priceOfAnother = priceMissing === 1 && pricedTerm !== null && !namesPricedThing(pricedTerm, question, givenClaims, pricedKindTerm);
  const answerKindMissing = everyKindGiven && !priceOfAnother ? 0 : 1;
  // The noun naming the kind of answer asked ("On what date…", "What year…") is no thing the
  // claim lacks where it gives that kind: a date, never the word.
  const kindNouns = kindNounsGiven(asked, kindsGiven);
  const theseDays = theseDaysTerms(asked);
  const uncoveredNouns = words.reduce((sum, word) => (word.credit === 0 && !aspects.has(word.term) && !kindNouns.has(word.term) && !theseDays.has(word.term) && isUncoveredThing(typedAs.get(word.term) ?? word.term) ? sum + word.share : sum), 0);
  const kindMissingShownFirst = twoThings ? (priceOfAnother ? 1 : kindMissingIn(kinds, shownFirst, holder)) : sameClaim ? answerKindMissing : anyKindMissing(kinds, shownFirstKinds);
  // The claim shown first's coverage only for a question asking a thing, from its keys read above (namesShown[0]).
  const thing = askedThing(asked);
  // A question asking what a kind of person said ("what did the prime minister say about…") asks that speaker as its thing.
  const speaker = thing === null ? askedSpeaker(asked) : null;
  const shownFirstTerms = namesShown[0];
  const thingAsked = thing ?? speaker;
  const thingMissing = thingAsked === null ? 0 : thingMissingIn(thingAsked, question, kindNouns.size > 0 ? new Set([...aspects, ...kindNouns]) : aspects, words, sameClaim || !shownFirstTerms ? [] : [claimCoverage(covered, shownFirstTerms).words], { counted: kinds.includes('count'), speaker: speaker !== null });
  const countMissing = kinds.includes('count') && thing !== null ? countMissingIn(thing, question, words, givenClaims) : 0;
  // How fast something goes, looked for where a count or a price is: a speed, not any span (a claim
  // on the same thing gives some span as often when none answers), so weighed apart from the kinds.
  const speedMissing = SPEED_ASKED.test(asked) && !givenClaims.some((claim) => claim !== undefined && givesSpeed(givenText(claim.claim, claim.report))) ? 1 : 0;
  // A later step in a story ("what did he do after he got out of prison?"), looked for where a speed is: a claim on the event itself tells none.
  const laterStepAsked = asksLaterStep(asked);
  // Dated by a year ("…again in 2014?"), a claim naming that year tells it as well.
  const laterYear = laterStepAsked ? againInYear(asked) : null;
  const laterStepMissing = laterStepAsked && !givenClaims.some((claim) => claim !== undefined && tellsLaterStepOf(givenText(claim.claim, claim.report), laterYear)) ? 1 : 0;
  const years = namedYears(asked);
  const yearMissing = bestClaim ? yearMissingIn(bestClaim.claim, bestClaim.report, years, yearChoices(asked), yearBounds(asked)) : 0;
  const outcomeMissing = outcomeMissingIn(checked, askedOutcome(asked));
  const besidesNames = besidesNamesIn(kindNouns.size > 0 ? words.filter((word) => !kindNouns.has(word.term)) : words, spelledNames);
  const twoClaimsGain = checked.length > 1 && twoThings ? Math.max(0, twoClaimsCoverage(checked) - (typed + otherWords)) : 0;
  const mentioned = askedMention(asked);
  const mentionNamed = mentioned === null ? -1 : mentionNamedBy(question, mentioned, shownFirst, spelledNamesIn(asked));
  // How much of the question the best claim covers tells less of one asking a figure, a date or a
  // name (kindAskedCovered), or a thing by its wh-phrase ("Which company made…", "What toll…", "How
  // many people lived…": thingAskedCovered): a claim on the same subject has its topic words without
  // giving what is asked. Neither where it asks only how many of a thing and a claim gives a number
  // of that thing (countMissing 0; people at large are not read), which confirms what is asked.
  const countConfirmed = kinds.includes('count') && thing !== null && !isPeopleAtLarge(thing) && countMissing === 0 && kinds.every((kind) => kind === 'count' || kind === 'yearly');
  const bestCovered = Math.min(1, typed + otherWords);
  const kindAskedCovered = kinds.length > 0 && !countConfirmed ? bestCovered : 0;
  const thingAskedCovered = thing !== null && !countConfirmed ? bestCovered : 0;
  // Likewise for a yes/no question (one asking no kind of answer and no thing, which weigh the
  // coverage already): a claim on its subject has most of its words, not what it asks of it. Not
  // for one checking something heard ("does X actually work?"): a claim on its subject answers it.
  const yesNoCovered = kinds.length === 0 && thing === null && asksYesNo(text) && !checksWhatWasHeard(asked) ? bestCovered : 0;
  // Whether a yes/no question's event is told: its verb (or a relative) in the claims given, as a later step is looked for.
  const eventUntold = yesNoCovered > 0 && !laterStepAsked ? eventUntoldIn(library, namedEvent(askedEvent(asked), givenClaims), covered, givenClaims) : 0;
  // Whether a yes/no question's two things asked between ("damaged or stolen") are both untold, over the claims shown: asked of anyone too.
  const alternativesUntold = yesNoCovered > 0 ? alternativesUntoldIn(library, askedAlternatives(asked), covered, shownFirst) : 0;
  const oneWordCovered = oneWordCoveredOf(words);
  const idfTotal = terms.reduce((sum, term) => sum + idf(term), 0);
  const [first, second] = ranked;
  const strength = Math.log(Math.max(MIN_STRENGTH, (first?.score ?? 0) / idfTotal));
  const margin = first && second && first.score > 0 ? 1 - second.score / first.score : 1;
  return { typed, otherWords, unknown, strength, margin, words: Math.min(terms.length, MAX_WORDS), asksAdvice: asksAdvice(asked) ? 1 : 0, uncoveredNames, uncoveredNouns, answerKindMissing, outcomeMissing, yearMissing, besidesNames, kindMissingShownFirst, twoClaimsGain, thingMissing, countMissing, priceMissing, speedMissing, laterStepMissing, eventUntold, alternativesUntold, kindAskedCovered, thingAskedCovered, yesNoCovered, oneWordCovered, plainCoverage: plain.typed + plain.otherWords, mentionNamed };
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
  const best = mostCovering(checked, ({ coverage }) => coverage.words.reduce((sum, word) => (verbTerms.has(word.term) ? sum : sum + word.share * word.credit), 0), () => 0);
  const outcomeWords = (best ? best.coverage.words : []).filter((word) => outcomeTerms.has(word.term));
  const weight = outcomeWords.reduce((sum, word) => sum + word.share, 0);
  return weight > 0 ? outcomeWords.reduce((sum, word) => (word.credit === 0 ? sum + word.share : sum), 0) / weight : 0;
}

/** How much less of the question (typed + otherWords) a claim may cover than the best and still cover nearly as much. */
const NEARLY_AS_MUCH = 0.1;
/** Whether a claim's coverage is within NEARLY_AS_MUCH of the best claim's (`most`: its typed + otherWords). */
function coversNearlyAsMuch(coverage: ClaimCoverage, most: number): boolean {
  return coverage.typed + coverage.otherWords >= most - NEARLY_AS_MUCH;
}

/** The event's word where it is asked of someone or something named (askedEvent.ts), by its capitals or by the names the claims given write. */
function namedEvent(event: AskedEvent | null, claims: readonly (ShownClaim | undefined)[]): string | null {
  return event !== null && namedIn(event, claims.flatMap((given) => (given === undefined ? [] : [given.claim.text]))) ? event.word : null;
}

/**
 * eventUntold (answerModel.ts): 1 when the question has the event's word (`event`, askedEvent.ts)
 * and none of `claims` covers it, as typed or in other words (a WordNet relative: "repeal" by
 * "repealed", "prosecuted" by "prosecution"); 0 otherwise.
 */
function eventUntoldIn(library: LibraryView, event: string | null, covered: CoveredQuestion, claims: readonly (ShownClaim | undefined)[]): number {
  const term = event === null ? null : normalizeTerm(event);
  if (term === null || !covered.question.terms.includes(term)) return 0;
  return claims.some((given) => given !== undefined && tellsTerm(library, covered, given, [term], EVENT_TOLD_CREDIT)) ? 0 : 1;
}
/**
 * The least credit at which a word in other words tells the event: a far relative of the verb, in
 * another sense in the claim ("disciplined" by a railway "train", the verb's synonym, or by
 * "student"), tells no event.
 */
const EVENT_TOLD_CREDIT = 0.5;

/**
 * alternativesUntold (answerModel.ts): 1 when both of the two things a question asks between
 * (askedAlternatives.ts) are words it searches, and none of `claims` covers either, as typed or in
 * other words; 0 otherwise.
 */
function alternativesUntoldIn(library: LibraryView, alternatives: readonly [string, string] | null, covered: CoveredQuestion, claims: readonly ShownClaim[]): number {
  if (alternatives === null) return 0;
  const terms: string[] = [];
  for (const word of alternatives) {
    const term = normalizeTerm(word);
    if (term === null || !covered.question.terms.includes(term) || terms.includes(term)) return 0;
    terms.push(term);
  }
  return claims.some((given) => tellsTerm(library, covered, given, terms)) ? 0 : 1;
}

/** Whether the claim covers one of `terms` of the question, as typed or in other words (a WordNet relative) at `least` credit or more (any, by default). */
function tellsTerm(library: LibraryView, covered: CoveredQuestion, given: ShownClaim, terms: readonly string[], least = Number.MIN_VALUE): boolean {
  return claimCoverage(covered, rememberedTermsOf(library, given.claim, given.report)).words.some((word) => terms.includes(word.term) && (word.typed || word.credit >= least));
}

/** Whether a claim's text tells a later step: in its words (tellsLaterStep), or by the year the question dates it (`year`). */
function tellsLaterStepOf(text: string, year: string | null): boolean {
  return tellsLaterStep(text) || (year !== null && text.includes(year));
}

/** Uncovered words beside the one covered word for oneWordCovered: with one uncovered, the claim has half a two-word question. */
const ONE_COVERED_UNCOVERED = 2;
/** oneWordCovered (answerModel.ts): 1 when the claim covers one of the question's words (as typed or in other words) and leaves ONE_COVERED_UNCOVERED or more uncovered. */
function oneWordCoveredOf(words: readonly { typed: boolean; credit: number }[]): number {
  let covered = 0;
  for (const word of words) if (word.typed || word.credit > 0) covered++;
  return covered === 1 && words.length - covered >= ONE_COVERED_UNCOVERED ? 1 : 0;
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

/** Coverages this close are the same words at the same credit, summed in another order. */
const SAME_COVERAGE = 1e-9;

/**
 * The claim of `claims` (best first) covering most of the question by `coverageOf`; on a tie the
 * one placed first by `placeOf` (lower first), then the first of them.
 */
function mostCovering<T>(claims: readonly T[], coverageOf: (claim: T) => number, placeOf: (claim: T) => number): T | undefined {
  let best: T | undefined;
  let bestCoverage = -1;
  let bestPlace = Infinity;
  for (const claim of claims) {
    const coverage = coverageOf(claim);
    if (coverage > bestCoverage + SAME_COVERAGE || (coverage > bestCoverage - SAME_COVERAGE && placeOf(claim) < bestPlace)) [best, bestCoverage, bestPlace] = [claim, coverage, placeOf(claim)];
  }
  return best;
}

/** Where `claim` is among the claims shown first; after them all when it is not shown. */
function shownPlace(shownFirst: readonly ShownClaim[], claim: Claim): number {
  const place = shownFirst.findIndex((shownClaim) => shownClaim.claim === claim);
  return place < 0 ? shownFirst.length : place;
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

/** Where a claim may state a year: what it gives, its sources' names and titles, and its report's Research Date. */
function datedText(claim: Claim, report: Report): string {
  const { text, evidence, sources } = claimDocument(claim, report);
  return `${text}\n${evidence}\n${sources}\n${report.date}`;
}

/**
 * yearMissing where only the claim's report's topic states the years asked: a report on one
 * year's event ("the 1973 Billie Jean King vs Bobby Riggs tennis match") speaks of that year in
 * every claim without repeating it, but a question naming it may as well ask a figure beside the
 * report's ("How many died in total in the 1952 Copenhagen polio epidemic?"): half missing.
 */
const YEAR_IN_TOPIC_ONLY = 0.5;
/**
 * `choices`: years offered as a choice ("was it 2012 or 2013?", askedYear.ts yearChoices): the
 * question asks which, so a year of one stated is each of its years stated. `bounds`: years bounding
 * a period ("how many titles after 1950", askedYear.ts yearBounds), stated by a year inside it.
 */
function yearMissingIn(claim: Claim, report: Report, years: readonly string[], choices: readonly (readonly string[])[], bounds: ReadonlyMap<string, YearBound>): number {
  if (years.length === 0) return 0;
  const dated = datedText(claim, report);
  // A year bounding a period ("after 1950") is stated by a year of the period in what the claim gives (not its sources' or report's dates).
  const told = bounds.size === 0 ? '' : givenText(claim, report);
  const unbounded = bounds.size === 0 ? years : years.filter((year) => {
    const bound = bounds.get(year);
    return bound === undefined || !statesYearWithin(told, year, bound);
  });
  const asked = choices.length === 0 ? unbounded : yearsAskedOf(unbounded, choices, (year) => statesYears(dated, [year]));
  if (statesYears(dated, asked)) return 0;
  return statesYears(report.topic, asked) ? YEAR_IN_TOPIC_ONLY : 1;
}

/** The years asked, without those of a choice that `stated` finds one year of stated. */
function yearsAskedOf(years: readonly string[], choices: readonly (readonly string[])[], stated: (year: string) => boolean): string[] {
  const chosen = new Set(choices.filter((choice) => choice.some(stated)).flat());
  return years.filter((year) => !chosen.has(year));
}

/**
 * Whether an uncovered word of the question (as typed) names a thing the claim lacks: a word
 * mainly a noun, not a number in words ("in eighty years", "hundreds of"), which WordNet lists as
 * a noun but a claim gives in figures or not at all, nor a word standing for someone or something
 * unnamed (VAGUE_NOUNS).
 */
function isUncoveredThing(word: string): boolean {
  return !NUMBER_WORD.test(word) && !VAGUE_NOUNS.has(word) && isMainlyNoun(word);
}
const NUMBER_WORD = new RegExp(String.raw`^${CARDINAL_WORDS}s?$`);
/**
 * Nouns standing for someone or something the question does not name, the chat's words for people
 * among them ("the US guys who beat the Russians", "how many guys are in pro sumo"): a claim names
 * the people or the thing instead. Not "kids": it names children, whom a claim must speak of.
 */
const VAGUE_NOUNS = new Set(['someone', 'somebody', 'nobody', 'somewhere', 'something', 'stuff', 'thing', 'things', 'guy', 'guys', 'folks']);

/**
 * "These days" and "those days" say when, as "now" and "then" do: the key of "days" there is no
 * thing a claim lacks ("how many e-residents does estonia have these days?"), unless the question
 * has "day" elsewhere too ("how many sick days do people take these days?").
 */
const NOW_OR_THEN = /\b(?:these|those)\s+days\b/iu;
const EVERY_NOW_OR_THEN = new RegExp(NOW_OR_THEN.source, 'giu');
function theseDaysTerms(asked: string): ReadonlySet<string> {
  if (!NOW_OR_THEN.test(asked)) return NO_TERMS;
  const elsewhere = new Set(termsOf(asked.replace(EVERY_NOW_OR_THEN, ' ')));
  return new Set(termsOf('days').filter((term) => !elsewhere.has(term)));
}
const NO_TERMS: ReadonlySet<string> = new Set();

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
