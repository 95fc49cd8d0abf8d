// Whether the claims give what a question asks: the kind of answer it asks (askedAnswerKind.ts: a
// date, a price…), and the thing it asks for by its wh-phrase (askedThing.ts), itself ("Which
// steel company…"), a count of it ("How many pulsars…", countedThing.ts) or its price ("How much
// does a ticket… cost?", pricedThing.ts), as typed or in other words; and both sides of a
// connection asked ("the link between A and B", askedAspect.ts). Read by the decision
// (answerability.ts) as answerKindMissing, thingMissing, countMissing and priceMissing, and in
// what counts as an uncovered noun.

import type { Claim, Report } from '../reports/model.js';
import { claimDocument } from '../search/claimDocument.js';
import { normalizeTerm } from '../search/normalizeTerm.js';
import { termsOf } from '../search/termsOf.js';
import { coverageParts, type CoverageQuestion, type WordCoverage } from '../search/questionCoverage.js';
import { givesAnswerKind, kindNounsAsked, type AnswerKind } from './askedAnswerKind.js';
import { ageToldOf, agedNamed, datedNamed } from './askedAge.js';
import { possessorsOfRoleAsked, reportOnPossessor } from './askedOfPossessor.js';
import { deathToldOf, dyingNamed } from './askedDeath.js';
import { namesOtherThanTyped, typedKeys } from './askedName.js';
import { asksRoleHolder, deedOfRoleAsked, namesDoerOf, namesPersonInRole } from './askedPerson.js';
import type { RelationAsked } from './askedAspect.js';
import { countedTerm, countsPeople, countsThing, isPeopleAtLarge } from './countedThing.js';
import { kindOfPerson } from './kindOfPerson.js';
import { pricesThing } from './pricedThing.js';

/** A thing asked is had in other words from this credit on (a synonym of its main sense: questionCoverage.ts's full credit). */
const THING_CREDIT = 0.5;

/** Whether the claim has the question's word, as typed or in other words at THING_CREDIT or more. */
function hasWord(word: WordCoverage): boolean {
  return word.typed || word.credit >= THING_CREDIT;
}

/** A claim with its report, as the decision reads it. */
type GivenClaim = { claim: Claim; report: Report };

/**
 * Who a kind of answer given by a name or a person must be told of: the names whose death is asked
 * (dyingNamed: "When and where did Shackleton die?") and whose age at a time (agedNamed: "How old
 * was Tutankhamun when he became king?"), whose step in life a date is asked of (datedNamed: "When
 * did Webb join the training ship?"), whether the person asked holds a role by
 * its noun (asksRoleHolder: "Who was the architect of…?") and the deed typed of them
 * (deedOfRoleAsked: "Which architect designed…?"), for a name asked the keys of the
 * question's words (typedKeys), which name what it asks about, and for a person or a name asked
 * of someone's role by a possessive the possessor ("the Vasa's captain": possessorsOfRoleAsked).
 */
export interface KindHolder {
  dying: ReadonlySet<string>;
  aging: ReadonlySet<string>;
  dated: ReadonlySet<string>;
  roleHolder: boolean;
  deed: string | null;
  typed: ReadonlySet<string>;
  possessors: ReadonlySet<string>;
}
const NO_NAMES: ReadonlySet<string> = new Set();
const NO_HOLDER: KindHolder = { dying: NO_NAMES, aging: NO_NAMES, dated: NO_NAMES, roleHolder: false, deed: null, typed: NO_NAMES, possessors: NO_NAMES };

/** What the question says of who its kinds of answer are told of (KindHolder). */
export function kindHolderIn(asked: string, kinds: readonly AnswerKind[]): KindHolder {
  if (!kinds.includes('death') && !kinds.includes('age') && !kinds.includes('date') && !kinds.includes('person') && !kinds.includes('name')) return NO_HOLDER;
  const roleHolder = kinds.includes('person') && asksRoleHolder(asked);
  return {
    dying: kinds.includes('death') ? dyingNamed(asked) : NO_NAMES,
    aging: kinds.includes('age') ? agedNamed(asked) : NO_NAMES,
    dated: kinds.includes('date') ? datedNamed(asked) : NO_NAMES,
    roleHolder,
    deed: roleHolder ? deedOfRoleAsked(asked) : null,
    typed: kinds.includes('name') ? typedKeys(asked) : NO_NAMES,
    possessors: kinds.includes('person') || kinds.includes('name') ? possessorsOfRoleAsked(asked) : NO_NAMES,
  };
}

/**
 * 1 when the question asks for kinds of answer (askedAnswerKinds) and none of the claims `given`
 * (none: nothing) gives one of them, each read against its report's date; 0 otherwise. `holder`:
 * who they are told of (kindHolderIn), as kindsGivenBy reads it.
 */
export function kindMissingIn(kinds: readonly AnswerKind[], given: readonly GivenClaim[], holder: KindHolder = NO_HOLDER): 0 | 1 {
  return anyKindMissing(kinds, kindsGivenBy(kinds, given, holder));
}

/** 1 when a kind asked is not among those given (kindsGivenBy); 0 otherwise. */
export function anyKindMissing(kinds: readonly AnswerKind[], given: ReadonlySet<AnswerKind>): 0 | 1 {
  return kinds.some((kind) => !given.has(kind)) ? 1 : 0;
}

/**
 * The kinds asked that one of the claims `given` gives, each read against its report's date. Told
 * of whom `holder` says (kindHolderIn): a death asked of someone by name by a death told of them
 * (deathToldOf), an age likewise (ageToldOf), a date also by an age told of the one it is asked of
 * (ageToldOf: "When did Webb join…?" by "Webb … twelve years old"), the holder of a role by a person named in a role (namesPersonInRole) or as the
 * doer of the deed asked of them (namesDoerOf: "designed by Renzo Piano"), a name
 * also by one beside its noun in the claim's own text (namesOtherThanTyped); a person or a name
 * asked of a possessor's role only by a claim of a report on it (reportOnPossessor).
 */
export function kindsGivenBy(kinds: readonly AnswerKind[], given: readonly GivenClaim[], holder: KindHolder = NO_HOLDER): Set<AnswerKind> {
  const kindsGiven = new Set<AnswerKind>();
  if (kinds.length === 0) return kindsGiven;
  const texts = given.map(({ claim, report }) => givenText(claim, report));
  const gives = (text: string, kind: AnswerKind, i: number): boolean => {
    if ((kind === 'person' || kind === 'name') && holder.possessors.size > 0 && !reportOnPossessor((given[i] as GivenClaim).report, holder.possessors)) return false;
    if (kind === 'death' && holder.dying.size > 0) return deathToldOf(text, holder.dying);
    if (kind === 'age' && holder.aging.size > 0) return ageToldOf(text, holder.aging);
    if (kind === 'date' && holder.dated.size > 0 && ageToldOf(text, holder.dated)) return true;
    if (kind === 'person' && holder.roleHolder) return namesPersonInRole(text) || (holder.deed !== null && namesDoerOf(text, holder.deed));
    if (kind === 'name' && holder.typed.size > 0 && namesOtherThanTyped((given[i] as GivenClaim).claim.text, holder.typed)) return true;
    return givesAnswerKind(text, kind, (given[i] as GivenClaim).report.date);
  };
  for (const kind of kinds) if (texts.some((text, i) => gives(text, kind, i))) kindsGiven.add(kind);
  return kindsGiven;
}

/** The keys of the nouns naming a kind of answer asked (kindNounsAsked) whose kind the claims give (`kindsGiven`, kindsGivenBy). */
export function kindNounsGiven(asked: string, kindsGiven: ReadonlySet<AnswerKind>): Set<string> {
  const terms = new Set<string>();
  for (const { kind, noun } of kindNounsAsked(asked)) {
    const term = normalizeTerm(noun);
    if (term !== null && kindsGiven.has(kind)) terms.add(term);
  }
  return terms;
}

/** How the thing thingMissingIn reads was asked. */
export interface ThingAsked {
  /** Counted: "how many people / staff…" (askedAnswerKind.ts's count). */
  counted: boolean;
  /** The speaker asked what was said by (askedSpeaker.ts: "what did the prime minister say…"), not a wh-phrase's thing. */
  speaker: boolean;
}

/**
 * 1 when the question asks for a thing by its wh-phrase (askedThing.ts: "What was the toll…",
 * "Which steel company…") that neither the best claim (`words`, its coverage) nor the claim shown
 * first (`others`) has, as typed or in other words at half credit or more; 0 otherwise, and for a
 * thing that is a name typed in the question ("what Brussels wants"), a kind of finding
 * ("What are the risks…", askedAspect.ts), people at large or a kind of person neither counted
 * nor the speaker asked (`asked`), which a claim rarely calls so.
 */
export function thingMissingIn(thing: string, question: CoverageQuestion, aspects: ReadonlySet<string>, words: readonly WordCoverage[], others: readonly (readonly WordCoverage[])[], asked: ThingAsked): number {
  const term = normalizeTerm(thing);
  if (term === null || aspects.has(term) || question.names?.has(term)) return 0;
  // People at large ("What did people use…") and a kind of person ("Which cyclist lost…"): a claim
  // names the person, or speaks of them under what befell them. Counted ("how many people / staff…")
  // they stay: countMissing reads no count of people at large, and any count of people passes it
  // for a kind of person. A speaker asked (askedSpeaker.ts) stays too: what a prime minister said is
  // no answer where no claim, its evidence or its source names one.
  if (!asked.counted && !asked.speaker && (isPeopleAtLarge(thing) || kindOfPerson(thing))) return 0;
  const has = (coverage: readonly WordCoverage[]): boolean => coverage.some((word) => word.term === term && hasWord(word));
  if (!words.some((word) => word.term === term)) return 0;
  return has(words) || others.some(has) ? 0 : 1;
}

/**
 * 1 when a "how many" question counts a thing (`thing`, askedThing's: "How many pulsars have been
 * discovered so far?") and none of the claims `given` (the best claim and the claim shown first;
 * the first claims and those shown, for a question asking two things) gives a number of it, as
 * typed or in other words at half credit or more (countsThing, over its text and evidence), or,
 * for a kind of person, a number of people under any word for them (countsPeople: "How many
 * employees…" against "…employs roughly 120,000 people"; "How many visitors…" not against "…cost
 * 7.8 million francs to build"); 0 otherwise, for a thing the question's words do not have, and
 * for people at large, whom claims count under what befell them ("58,000 snakebite deaths").
 */
export function countMissingIn(thing: string, question: CoverageQuestion, words: readonly WordCoverage[], given: readonly (GivenClaim | undefined)[]): number {
  const typedTerm = normalizeTerm(thing);
  if (typedTerm === null || isPeopleAtLarge(thing) || !words.some((word) => word.term === typedTerm)) return 0;
  const term = countedTerm(thing);
  if (term === null) return given.some((claim) => claim !== undefined && countsPeople(givenText(claim.claim, claim.report))) ? 0 : 1;
  const terms = otherWordsOf(term, question);
  return given.some((claim) => claim !== undefined && countsThing(givenText(claim.claim, claim.report), terms)) ? 0 : 1;
}

/**
 * 1 when a price question prices a thing (`term`, pricedThing: "How much does a ticket to the Mary
 * Rose Museum cost?") and none of the claims `given` (as countMissingIn's) has a sum of money a
 * few words either side of it, as typed or in other words at half credit or more (pricesThing); 0
 * otherwise, and for a thing the question's words do not have. Where the question names the
 * thing's kind by a noun before it (`kindTerm`, pricedPhrase: "a tulip bulb"), that word too. Read only where the best claim
 * gives a price (for another thing: the museum's build); none at all is answerKindMissing's. A
 * payer is no thing priced: what it pays for is (pricedThing.ts, paidForThing.ts).
 */
export function priceMissingIn(term: string | null, question: CoverageQuestion, words: readonly WordCoverage[], given: readonly (GivenClaim | undefined)[], kindTerm: string | null = null): number {
  if (term === null || !words.some((word) => word.term === term)) return 0;
  const terms = otherWordsOf(term, question);
  const kindTerms = kindTerm !== null && words.some((word) => word.term === kindTerm) ? otherWordsOf(kindTerm, question) : null;
  return given.some((claim) => claim !== undefined && pricesThing(givenText(claim.claim, claim.report), terms, kindTerms)) ? 0 : 1;
}

/**
 * The keys of the connections asked between two things (askedAspect.ts relationsAsked: "the link
 * between insulin and the Marshall Plan") whose two sides the best claim (`words`, its coverage)
 * does not both have, a word of each as typed or in other words at half credit or more: a claim on
 * one side says nothing of how they are related, so the connection stays a thing it lacks. A side
 * none of whose words the coverage reads is taken as had.
 */
export function relationsUnconnected(relations: readonly RelationAsked[], words: readonly WordCoverage[]): Set<string> {
  const unconnected = new Set<string>();
  const had = (side: readonly string[]): boolean => {
    const read = words.filter((word) => side.includes(word.term));
    return read.length === 0 || read.some(hasWord);
  };
  for (const { term, sides } of relations) if (!sides.every(had)) unconnected.add(term);
  return unconnected;
}

/** The thing's key and its other words at half credit or more, where the coverage would count it had ("ads" for advertisements). */
function otherWordsOf(term: string, question: CoverageQuestion): Set<string> {
  const terms = new Set([term]);
  const asked: CoverageQuestion = { ...question, terms: [term] };
  for (const { source, term: other } of question.expansions) {
    if (source === term && (coverageParts(asked, new Set([other])).words[0]?.credit ?? 0) >= THING_CREDIT) terms.add(other);
  }
  return terms;
}

/** What a claim gives as an answer: its text and its evidence's quotes and findings, as the answer shows them. */
export function givenText(claim: Claim, report: Report): string {
  const { text, evidence } = claimDocument(claim, report);
  return `${text}\n${evidence}`;
}

/**
 * Whether any of the claims `given` names the thing priced (`term`, pricedThing) at all, as typed or
 * in other words at half credit or more, or the noun the question names its kind by (`kindTerm`:
 * "neoprene bags" named as "neoprene pouches"): in what it gives or in its report's topic (a claim
 * of the report on "Finland's Housing First" prices the programme without naming it). A sum in a
 * claim naming the thing nowhere is another thing's price.
 */
export function namesPricedThing(term: string, question: CoverageQuestion, given: readonly (GivenClaim | undefined)[], kindTerm: string | null = null): boolean {
  const terms = otherWordsOf(term, question);
  if (kindTerm !== null) for (const other of otherWordsOf(kindTerm, question)) terms.add(other);
  return given.some((claim) => claim !== undefined && termsOf(`${givenText(claim.claim, claim.report)}\n${claim.report.topic}`).some((each) => terms.has(each)));
}

