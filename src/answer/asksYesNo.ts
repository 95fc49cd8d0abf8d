// Whether a question asks yes or no ("Does the facial tumour disease also infect quolls?", "is it
// true AED batteries last 5 years?"): an auxiliary opening what is searched, after the chat's
// openers. Near a report's topic, the yes/no questions the reports do not answer ask something of a
// thing they speak of (an event, a place, a time, another animal) that no claim tells, and their best
// claim, on the same thing, shares most of their words (eval/README.md, forty-seventh session).

import { AUXILIARY_VERBS_ONLY, oneOf } from '../search/auxiliaryVerbs.js';

/**
 * An auxiliary opening the searched question (chatQuestion.ts has dropped greetings, "quick q" and
 * asking the room's memory, leaving their punctuation: "quick q: does…" is searched as ": does…"),
 * after what the chat reading keeps of an opener ("so", "ok", "folks", "lol", "btw"); or "if" /
 * "whether" opening it, what is left of "does anyone know if…". Not "am", "may", "might", "must":
 * they open other words too (auxiliaryVerbs.ts).
 */
const YES_NO_QUESTION = new RegExp(String.raw`^[\s\p{P}]*(?:(?:so|ok|okay|um|and|but|also|folks|lol|btw|fyi|wait)\b[\s\p{P}]*)*(?:${oneOf(AUXILIARY_VERBS_ONLY)}|if|whether)\b`, 'iu');

/**
 * The reports' own words asked for ("Is there a quote showing that Illinois has the most lead
 * pipes?", "Can you show me the evidence that Tambora was a VEI 7 eruption?", "…the exact wording of
 * the targets?", "does the heat pump report mention installers?"): such a question asks the reports
 * for what a claim says, not yes or no of the world.
 */
const ASKS_THE_REPORTS_WORDS = /\b(?:quotes?|quoted?|sources?|wording|evidence|mention(?:s|ed)?|(?:the|these|those|any|your|our)\s+reports?)\b/iu;

/** Whether the searched question (chatQuestion.ts's reading) asks yes or no. */
export function asksYesNo(searched: string): boolean {
  return YES_NO_QUESTION.test(searched) && !ASKS_THE_REPORTS_WORDS.test(searched);
}

/**
 * A question checking something heard ("does X actually work?", "did Y really happen?", "is it
 * true that…"): it asks whether the reports bear out a claim on its subject, which a claim on that
 * subject speaks to with its evidence, so a claim sharing its words is no sign that what is asked
 * goes untold (eval/README.md, forty-eighth session).
 */
const CHECKS_WHAT_WAS_HEARD = /\b(?:actually|really|is\s+it\s+true)\b/iu;

/** Whether the question as typed checks something heard rather than asking of the subject afresh. */
export function checksWhatWasHeard(asked: string): boolean {
  return CHECKS_WHAT_WAS_HEARD.test(asked);
}
