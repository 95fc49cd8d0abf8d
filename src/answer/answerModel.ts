// The "is this answered?" model: what it weighs (AnswerSignals, which answerability.ts reads off
// the first claims), its weights, fitted offline and pasted into ANSWER_MODEL by hand
// (eval/fitAnswerability.ts), and the rule that turns them into a yes or no (isAnswer). In a file
// of its own so that a refit touches the model alone, never the code that reads the signals.

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
   * 1 when the question asks for a kind of answer (AnswerKind, askedAnswerKind.ts: a price, a
   * date, a person in a role, a length…) that the best claim (its text and evidence, read against
   * its report's date) does not give: "How much does a dose of Shingrix cost?" against a claim on
   * who is offered it shares the topic, not the answer. Where the question names something a
   * report has, only a claim of such a report gives it (namedReports.ts: a Titanic ticket's price
   * is not Kodak's "$25"; not for a question asking two things).
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
   * stated; one only the report's topic states ("the 1904 marathon" in a report on the 1904
   * Olympic marathon) is half missing.
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
   * says "more than three years"); a price it gives for another thing than the one asked is none
   * (pricedThing.ts: grid storage's "$20/kWh" for a home battery); read over any of the claims shown, or instead of the best's,
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
  /**
   * 1 when the question asks for a thing by its wh-phrase (askedThing.ts: "What was the toll to
   * cross the bridge?", "Which steel company fabricated the cables?", "How many WHO staff worked
   * on the campaign?") that neither the best claim nor the claim shown first has, as typed or in
   * other words at half credit or more: a claim on the same subject giving a related fact (the
   * deck's width, the span) does not name the thing asked (eval/README.md, thirty-third session).
   */
  thingMissing: number;
  /**
   * 1 when the question asks how many of a thing ("How many pulsars have been discovered so
   * far?", askedThing's "how many X") and neither the best claim nor the claim shown first gives a
   * number of it (a number a few words before the thing's word, countedThing.ts): a claim on the
   * same subject gives other figures (the year, a period, a size), which answer the kind asked
   * without counting the thing. A kind of person is counted under any word for people ("How many
   * employees…": "employs 120,000 people", staff, jobs); people at large are not read: they are
   * counted under what happens to them ("58,000 snakebite deaths"; eval/README.md, thirty-sixth
   * and thirty-seventh sessions).
   */
  countMissing: number;
  /**
   * 1 when a price question prices a thing ("How much does a ticket to the Mary Rose Museum
   * cost?", pricedThing.ts), the best claim gives a price (answerKindMissing 0), and neither it nor
   * the claim shown first gives a sum of money a few words either side of the thing: a claim on the
   * same subject gives a sum for another thing (the museum's £35 million build), which answers the
   * kind asked for something else; where the question names the thing's kind by a noun before it
   * ("a common tulip bulb"), that word beside the sum too (a Semper Augustus bulb's price is
   * another kind's). Where no price is given at all, answerKindMissing says so (eval/README.md,
   * thirty-seventh session).
   */
  priceMissing: number;
  /**
   * 1 when the question asks how fast something goes (askedPace.ts SPEED_ASKED: "How fast can a
   * komodo dragon run?", "how fast does light travel…") and neither the best claim nor the claim
   * shown first (for a question asking two things, any of the first claims or those shown) gives a
   * speed (givesSpeed: "35 miles per hour", "Mach 2"); 0 otherwise. A speed, not any pace: read as
   * a kind missing, how fast declined more answered questions than it saved, a claim on the same
   * thing giving some span as often when none answers (eval/README.md, fifty-second and
   * fifty-sixth sessions).
   */
  speedMissing: number;
  /**
   * 1 when the question asks a later step in someone's or something's story (askedLaterStep.ts:
   * "What does Louise Brown do for a living now?", "What did Vincenzo Peruggia do after he got out
   * of prison?", "Did Jack Swigert ever fly in space again?") and neither the best claim nor the
   * claim shown first (for a question asking two things, any of the first claims or those shown)
   * tells one ("later became", "never … again", "died in 2021", "was pulled down"); 0 otherwise. A
   * report tells a story up to its event, and a claim on the event (the birth, the sentence) shares
   * the name and the topic, not what came after (eval/README.md, fifty-eighth session).
   */
  laterStepMissing: number;
  /**
   * 1 when a yes/no question asks whether an event happened to someone or something named
   * (askedEvent.ts: "Was the Bubble Act ever repealed?", "Was anyone at NASA or Thiokol fired…?",
   * "Did Hanseatic merchants ever trade with Iceland?") and neither the best claim nor the claim
   * shown first (for a question asking two things, any of the first claims or those shown) has its
   * verb, as typed or in a word WordNet relates to it; 0 otherwise, for one asked of anyone ("Has a
   * judge ever…?": a claim tells its case in its own words), one checking something heard ("did X
   * actually…?") or asking a later step (laterStepMissing). A claim on the subject shares its names
   * and topic words without telling the event (eval/README.md, fifty-ninth session).
   */
  eventUntold: number;
  /**
   * 1 when a yes/no question asks between two things joined by "or" (askedAlternatives.ts: "Have
   * any terracotta warriors been damaged or stolen…?", "Did Pliny become a governor or consul…?",
   * "Has anyone tried a virus or gene technology…?") and none of the claims shown has either word,
   * as typed or in a word WordNet relates to it; 0 otherwise. Unlike eventUntold, read where the
   * question asks of anyone: the claims that tell such a case tell one of the two things, and
   * claims on the subject naming neither share its names and topic words only (eval/README.md,
   * sixty-first session).
   */
  alternativesUntold: number;
  /**
   * When the question asks for a kind of answer (askedAnswerKind.ts: a count, a date, a price, a
   * place, a person in a role…), the share of it the best claim covers (typed + otherWords, at most
   * 1); 0 for any other question, and where it asks only how many of a thing and a claim gives a
   * number of that thing (countMissing 0), which confirms the kind asked. Near a report's topic,
   * the questions the reports do not answer ask for a figure, a date or a name far more often than
   * those they answer, and a claim sharing their topic words often gives a figure of that kind for
   * another thing ("In what year did Champollion die?" against the year of his decipherment): for
   * such a question the words a claim covers tell less (eval/README.md, forty-first and
   * forty-second sessions).
   */
  kindAskedCovered: number;
  /**
   * When the question asks for a thing by its wh-phrase (askedThing.ts: "Which company made the
   * recalled hip?", "What toll does the canal charge?", "How many people lived in Strasbourg in
   * 1518?"), the share of it the best claim covers (typed + otherWords, at most 1); 0 for any other
   * question. As for a kind of answer asked, a claim on the same subject shares the question's
   * topic words without naming the thing (the recall, not who made the implant): for such a
   * question the words a claim covers tell less (eval/README.md, forty-third session).
   */
  thingAskedCovered: number;
  /**
   * When the question asks yes or no (asksYesNo.ts: "Does the facial tumour disease also infect
   * quolls?", "Did Herb Brooks go on to coach in the NHL?"), the share of it the best claim covers
   * (typed + otherWords, at most 1); 0 for any other question, for one asking a kind of answer
   * or a thing too (kindAskedCovered, thingAskedCovered weigh it then), and for one checking
   * something heard ("does X actually work?", "is it true…": asksYesNo.ts). As for a kind of answer or a thing
   * asked, a claim on the same subject shares such a question's words (the disease, the coach's
   * team) without telling what is asked of it (another animal, a later career): for a yes/no
   * question the words a claim covers tell less (eval/README.md, forty-seventh session).
   */
  yesNoCovered: number;
  /**
   * 1 when the best claim covers one word of the question alone (as typed or in other words) and
   * leaves two or more uncovered; 0 otherwise. Office chat shares one word with a claim by chance
   * ("what time zone is standup in" against a claim on a standing start): near the cut such questions are
   * more often unanswerable than the rest, which the covered share, weighed by the words' IDF,
   * does not say when the one word is a rare one (eval/README.md, fifty-first session).
   */
  oneWordCovered: number;
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
 * A missing kind of answer, a missing outcome or a missing thing asked is weighed with these only: with `typed`, as it
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
  ['typed', 'thingMissing'],
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
  constant: -2.4171,
  weights: { typed: 1.4328, otherWords: 4.1094, unknown: -1.0388, strength: 1.3799, margin: -1.2981, words: 0.1738, asksAdvice: -4.2401, uncoveredNames: 3.2215, uncoveredNouns: -2.266, answerKindMissing: -0.2835, outcomeMissing: -1.6413, yearMissing: -1.6907, besidesNames: 0.0778, kindMissingShownFirst: -2.0101, twoClaimsGain: 15.8896, thingMissing: -0.3573, countMissing: -0.6512, priceMissing: -1.563, speedMissing: -3.9262, laterStepMissing: -4.4295, eventUntold: -1.8111, alternativesUntold: -2.6815, kindAskedCovered: -2.0094, thingAskedCovered: -2.051, yesNoCovered: -2.7782, oneWordCovered: -0.4287 },
  pairs: [
    ['typed', 'typed', 1.0664],
    ['typed', 'unknown', 3.9279],
    ['typed', 'strength', -0.0272],
    ['typed', 'margin', -1.8897],
    ['typed', 'words', -0.1626],
    ['typed', 'uncoveredNames', -2.9347],
    ['unknown', 'unknown', 0.9269],
    ['unknown', 'strength', 0.3122],
    ['unknown', 'margin', 0.5072],
    ['unknown', 'words', -0.4197],
    ['unknown', 'uncoveredNames', -0.312],
    ['strength', 'strength', -0.1481],
    ['strength', 'margin', 0.8448],
    ['strength', 'words', -0.2703],
    ['strength', 'uncoveredNames', -1.2021],
    ['margin', 'margin', 1.839],
    ['margin', 'words', -0.0069],
    ['margin', 'uncoveredNames', -1.2919],
    ['words', 'words', 0.1178],
    ['words', 'uncoveredNames', -0.6194],
    ['uncoveredNames', 'uncoveredNames', -4.0907],
    ['typed', 'answerKindMissing', -2.5012],
    ['uncoveredNames', 'answerKindMissing', 2.5461],
    ['typed', 'outcomeMissing', -5.4642],
    ['typed', 'besidesNames', 3.4868],
    ['typed', 'thingMissing', -0.4468],
  ],
};

/** Below this share of the question covered by any first claim, nothing else makes it an answer. */
const MIN_COVERAGE = 0.1;

/**
 * The decision on a question's features: a claim with every word of the question, as typed or
 * in full-credit other words (an alias: "wegovy" for semaglutide), answers it (a keyword search:
 * "microplastics"; the questions covered so were last counted in eval/README.md's fourth session,
 * on five sets), unless the question asks a kind of answer that neither the best claim nor the
 * claim shown first gives ("How much does a colonoscopy cost in the US?" against a claim on
 * colonoscopies in the US), or asks for advice or steps ("how can i tell whether a diamond is lab
 * grown or mined?" against a claim on lab-grown and mined stones: asksAdvice): the model decides
 * those (eval/README.md, twenty-eighth and forty-first sessions);
 * otherwise one covering some of it (at plain IDF), when the model says yes.
 */
export function isAnswer(features: AnswerFeatures, model: AnswerModel = ANSWER_MODEL): boolean {
  if (features.mentionNamed >= 0) return features.mentionNamed === 1;
  if (features.typed + features.otherWords >= ALL_COVERED && features.asksAdvice === 0 && !(features.answerKindMissing === 1 && features.kindMissingShownFirst === 1)) return true;
  return features.plainCoverage >= MIN_COVERAGE && confidence(features, model) >= 0;
}

/** The covered share of a claim that has every word (shares add up to 1, give or take rounding). */
export const ALL_COVERED = 1 - 1e-9;

/** The model's weighted sum: 0 or more is an answer. */
export function confidence(features: AnswerSignals, model: AnswerModel = ANSWER_MODEL): number {
  let sum = model.constant;
  for (const key of Object.keys(model.weights) as (keyof AnswerSignals)[]) sum += model.weights[key] * features[key];
  for (const [a, b, weight] of model.pairs) sum += weight * features[a] * features[b];
  return sum;
}
