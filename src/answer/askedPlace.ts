// A place asked ("which US states…", "in what city…") and given (a name inside a sentence), for the
// kinds of answer (askedAnswerKind.ts).

import { AUXILIARY, BE_FORMS, DO_FORMS, HAVE_FORMS, TIME_AUXILIARY_VERBS, oneOf } from '../search/auxiliaryVerbs.js';
import { matchesOf } from '../search/matchesOf.js';
import { clauseOpening } from './clauseReading.js';
import { MONTHS } from './yearWords.js';

/**
 * Words that name a kind of place: "which country / city / town / state / region…"; not a state of
 * matter, of repair or of mind, a region of the brain or the genome, nor a compound's first half
 * ("country music", "city council", "state pension", "town hall").
 */
const PLACE_NOUN = String.raw`(countr(?:y|ies)|cit(?:y|ies)|towns?|states?|regions?|provinces?|ports?|islands?|villages?|nations?)(?![\w-])(?!\s+of\s+(?:the\s+)?(?:matter|art|repair|mind|emergency|play|brain|body|genome|spectrum)\b)(?!\s+(?:music|councils?|halls?|pensions?|aid|funding|laws?)\b)`;
/** A word between "which" and the place that may describe it ("which US states", "which Turkish town"), not an article or an auxiliary ("below which a country can…", "what do cities do"). */
const PLACE_DESCRIBED = String.raw`(?:(?!(?:a|an|the|${AUXILIARY}|of|in|on|to)\b)([\w-]+)\s+)?`;
/**
 * A verb, not a describer, in lower case: a word ending in -s (not -us or -ss: "us", "various",
 * "swiss") or -ed, or made / led / drove / let / got / kept ("what makes cities walkable?", "what
 * caused countries to default?"). A capitalised word is a name ("which Texas cities"); a few
 * participles describe places ("which developed countries").
 */
const VERB_NOT_DESCRIBER = /^(?!(?:developed|industriali[sz]ed|landlocked|united)$)(?:[a-z][\w-]*[^\Wus]s|[a-z][\w-]{2,}ed|made|led|drove|let|got|kept)$/;
/** "What state is the wreck in (now)?" asks its condition: a question ending in "in" reads no state. */
const STATE_AS_CONDITION = /\bin(?:\s+(?:now|today|currently))?\s*[?!.]*\s*$/i;
/**
 * A place asked: "which (US) states…", "which Turkish town…", "what country…" opening the question
 * or a clause (clauseOpening), "which" after a preposition opening one ("in which city…", "to which
 * countries…"), after a dash or a verb asking it ("quick q – which states…", "does anyone know which
 * town…", "remind me which US state…"), "in what city…"; not "what poor countries owe" nor "the extent to which countries"
 * inside a sentence (a thing asked of countries), nor "a rule which states…", nor "country-of-origin
 * labels".
 */
const PLACE_ASKED_AT = new RegExp(
  String.raw`(?:\bwhich${clauseOpening(String.raw`(?:(?:in|to|from|of|at|for|by|and)\s+)?which`, String.raw`|[–—]|\b(?:know|remind\s+me|tell\s+me|wonder(?:ing)?)\s`)}|\bwhat${clauseOpening('what', String.raw`|\bin\s`)})\s+${PLACE_DESCRIBED}${PLACE_NOUN}`,
  'gi',
);
/**
 * A place asked by an idiom of a person's life: "where did X go to (medical) school / college /
 * university", "where did X study / train / grow up", "where was X born / raised / educated /
 * buried" (after "be" only: "where does the money raised … end up?" asks no place). Not "where"
 * alone: "where does the money go", "where are we on…" ask no place, and read so it did not carry
 * over (eval/README.md, thirty-third session).
 */
const PLACE_OF_A_LIFE = new RegExp(
  String.raw`\bwhere\s+(?:${oneOf([...DO_FORMS, ...HAVE_FORMS])}\s+(?:[\w'’.-]+\s+){1,4}?(?:go(?:es)?\s+to\s+(?:[\w-]+\s+)?(?:school|college|university|uni)|stud(?:y|ied)|train(?:ed)?|gr[eo]wn?\s+up)|${oneOf(BE_FORMS)}\s+(?:[\w'’.-]+\s+){1,4}?(?:born|raised|educated|buried))\b`,
  'i',
);
/**
 * A place asked beside a date: "when and where did Shackleton die?", "where and when was the rite
 * of spring first performed?", "…, and when and where were they first printed?" ask both, as
 * "when did…" asks a date (askedAnswerKind.ts), so a claim giving only the date leaves the place
 * untold. The pair before an auxiliary setting a time, as the date is read: not "work out where and
 * when it came from", a thing to find out, in which the date is read as none either.
 */
const WHEN_AND_WHERE = new RegExp(String.raw`\b(?:when\s+and\s+where|where\s+and\s+when)(?:\s+exactly)?(?:['’]s|\s+${oneOf(TIME_AUXILIARY_VERBS)}\b)`, 'i');
/** Whether the question asks a place: PLACE_ASKED_AT with no verb for a describer, and no state asked as a condition; a place of a life (PLACE_OF_A_LIFE); or a place beside a date (WHEN_AND_WHERE). */
export function asksPlace(question: string): boolean {
  if (PLACE_OF_A_LIFE.test(question) || WHEN_AND_WHERE.test(question)) return true;
  for (const [, describer, noun] of matchesOf(question, PLACE_ASKED_AT)) {
    if (describer !== undefined && VERB_NOT_DESCRIBER.test(describer)) continue;
    if (noun !== undefined && /^states?$/i.test(noun) && STATE_AS_CONDITION.test(question)) continue;
    return true;
  }
  return false;
}
/**
 * Words that open a sentence or name no place when capitalised inside one, and months and weekdays
 * ("in March"). A place given is any other capitalised word inside a sentence: a name ("…the first
 * state, California", "in Aliağa"), since no list of places holds every town a report names; a name
 * opening a sentence is not told from the sentence's first word. "Most" is not here: it opens
 * sentences (NAME_INSIDE passes a closing quote or bracket after the stop) and names nothing inside
 * one only in a title, which a list of words cannot tell from a name.
 */
const NOT_A_NAME: ReadonlySet<string> = new Set([
  ...['i', 'the', 'a', 'an', 'in', 'on', 'by', 'of', 'for', 'and', 'but', 'however', 'this', 'that', 'these', 'those', 'it', 'its', 'evidence', 'source', 'sources', 'finding'],
  ...MONTHS.map((month) => month.toLowerCase()),
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
]);
/**
 * A capitalised word inside a sentence (not opening it, after a stop and any closing quotes or
 * brackets, or a line), not a unit after "°" ("2 °C"). What comes before is read back from each
 * capital found, so a run of spaces is read once: a claim and its evidence are not cut to a
 * question's length.
 */
const NAME_INSIDE = /\b(?=\p{Lu})(?<!°)(?<![.!?:]["'”’)\]]*\s+|^\s*|\n\s*)(\p{Lu}[\p{L}\d&'-]*)/gu;
/** Whether the text names something inside a sentence: a capitalised word not in NOT_A_NAME and with no digit ("CO2", "COVID-19", "PM2.5" name no place). */
export function namesSomething(text: string): boolean {
  for (const [, word] of matchesOf(text, NAME_INSIDE)) if (word !== undefined && !/\d/.test(word) && !NOT_A_NAME.has(word.toLowerCase().replace(/'s$/, ''))) return true;
  return false;
}
