// Whether a question asks if something changes an outcome, and which outcome: "Does raising the
// minimum wage affect crime rates?" asks of crime rates, "do new bike lanes push up house prices
// nearby?" of house prices, "What happened to crime after…" of crime. A question near a report's topic that no claim answers often asks of
// an outcome the report never measured: its best claim is on the cause, with another outcome
// (the CBO's jobs and pay projection; pop-up lanes drawing riders). The no-answer decision weighs
// whether the best claim has any word of the outcome (answerability.ts; eval/README.md, tenth
// session).

import { ACTIVE_AUXILIARY_VERBS, oneOf } from '../search/auxiliaryVerbs.js';
import { ARTICLES_AND_POSSESSIVES } from '../search/determiners.js';

/**
 * Verbs of change: what a yes/no question asks a cause to do to an outcome. Each is asked so in
 * two or more of the development sets (eval/README.md, tenth session: the count per verb).
 */
const CHANGE = String.raw`(?:(?:improve|reduce|raise|lower|increase|change|affect|help|cause|slow)(?:s|d|ed)?|trap(?:s|ped)?|push(?:es|ed)? up)`;

/** "do", "have" or a modal: a verb of change after "be" is mostly passive, its outcome before it (auxiliaryVerbs.ts). */
const ACTIVE_AUXILIARY = oneOf(ACTIVE_AUXILIARY_VERBS);

/**
 * A yes/no question: "do / does / did / has / can / will …" opening the question, a sentence or a
 * clause, or after "quick q", "wondering", "know if" ("how does it damage…" and "why does water
 * boil at a lower…" open on how and why), with a verb of change and no wh-word after the
 * auxiliary in the sentence ("did it change how people got around?" asks how). The outcome is
 * what follows the verb, to the end of the sentence or clause (a comma), and does not open on
 * "or" / "and": there the verb is a noun in a list ("their housing help or childcare support") or
 * the first of two verbs ("raise or lower yields", whose outcome follows the second). A word of a
 * hyphenated compound is no verb ("the lower-ranked sumo guys", "reduced-osmolarity ORS"). Read in the
 * lowered question (lowered), so written in lower case.
 */
const ASKS_OUTCOME = new RegExp(
  String.raw`(?:^|[.!?:;,]\s+|\b(?:q|question|wondering|know if|know whether)\s+)${ACTIVE_AUXILIARY}\s+(?![^?.!]*\b(?:what|how|why|which|who|where|when)\b)[^?.!]*?(?<![\w-])(${CHANGE})(?![\w-])(?!\s+(?:or|and)\b)([^?.!,]*)`,
  'd',
);

/**
 * The measures a change is asked in after "what" or "how many / much" ("what percentage did
 * emissions drop…", "how many points did scores rise…", "how much more did prices rise…"); not
 * before "of", where they ask a part of a thing ("what share of jobs did automation change…").
 */
const MEASURE_OF_CHANGE = String.raw`(?:percentage(?: points?)?|percent|per cent|share|proportion|fraction|points?|more|less|further|higher|lower)\b(?!\s+of\b)`;

/**
 * A wh-word asking for a thing, the verb's object or its subject ("what did Ofgem change after
 * 2022?", "which rules did cities change after…", "how many jobs did the law change…"): opening
 * the clause before an auxiliary it asks what changed, not whether, and the subject after the
 * auxiliary is who changed it. "what" and "how many / much" anywhere but where they ask a degree
 * or a time of the change: after a preposition ("by what percentage did hospitalisation rates
 * fall…", "in what year did crime fall…") or before a measure of it (MEASURE_OF_CHANGE: "what
 * percentage did…", "how many points did test scores rise…", "how much more did prices rise…");
 * "which", "who" and "whose" only opening the clause or after "so / and / but", as after a noun
 * they open a relative clause ("people who inject drugs"). "how", "why", "when", "where" ask of
 * the change itself ("how did test scores change…").
 */
const ASKS_A_THING = String.raw`(?:(?<!\b(?:in|by|at|to|for|of|on|from|with|during|after|since|under|over|until)\s+)\b(?:what|how (?:many|much))(?!\s+${MEASURE_OF_CHANGE})|(?:^|[.!?,;:]\s*|\b(?:so|and|but|then|also|ok|okay)\s+)(?:which|whom?|whose))\b`;

/**
 * The outcome named before its verb: "what happened to crime after…", "how did test scores change
 * after…", "did weekend work go up when…", "by how much did use of force rise when…". The verb
 * of change is followed by when it happened (after, since, when, once, under, in). "in" names a
 * time only before a year, a time phrase ("the 1990s", "the last decade", "recent years",
 * "lockdown") or a place (written "IN" in the lowered question: lowered): after a verb of change it
 * usually names what changed ("do heat pumps change in efficiency when…"). No auxiliary read after
 * a wh-word asking a thing in its clause (ASKS_A_THING), nor with "what" inside the outcome ("do
 * you know what the council changed after…"). Read in the lowered question (lowered), so written in
 * lower case.
 */
const OUTCOME_FIRST = new RegExp(String.raw`\b(?:what happened to|how (?:much )?${ACTIVE_AUXILIARY}|(?<!${ASKS_A_THING}[^?.!,;:]*)${ACTIVE_AUXILIARY})\s+((?:(?!\bwhat\b)[^?.!,])*?)\s+(?:(change[sd]?|fall|fell|rise|rose|drop(?:ped)?|go up|went up|go down|went down|shift(?:ed)?)\s+)?(?:after|since|when|once|under|IN|in(?=\s+(?:\d|the\s+(?:(?:last|past|next|first|early|late|mid)\s+)?(?:[\w-]+\s+)?(?:years?|decades?|months?|weeks?|\d{2,4}s)\b|the\s+past\b|recent\s+years\b|lockdown\b|the\s+pandemic\b)))\b`, 'd');

/**
 * "May" the month, not the modal: capitalised inside a sentence ("did the floods in May affect…",
 * "the May 2023 heatwave") or before a number ("may 2023 heatwave affect…"); askedAnswerKind.ts
 * reads a month much so.
 */
const MAY_THE_MONTH = String.raw`(?<![.!?:]\s*|^\s*)May\b|\b[Mm][Aa][Yy](?=\s+\d)`;

/** What lowered marks or lowers: in a question with lower-case letters, and in one typed in capitals. */
const MARKED = new RegExp(String.raw`\b[Ii][Nn](?=\s+[A-Z])|${MAY_THE_MONTH}|[A-Z]`, 'g');
const MARKED_IN_CAPITALS = /\bMAY(?=\s+\d)|[A-Z]/g;

/**
 * The question in lower case letter for letter (so its indexes are the question's), but "in"
 * before a capitalised word ("in California") as "IN": where a place follows; and "May" the month
 * as "MAY", no auxiliary. A question with no lower-case letter ("HOW DID CRIME CHANGE AFTER THE
 * LAW?") has no capital to tell a place or a month by.
 */
function lowered(question: string): string {
  return question.replace(/[a-z]/.test(question) ? MARKED : MARKED_IN_CAPITALS, (read) => (read.length > 1 ? read.toUpperCase() : read.toLowerCase()));
}

/**
 * The asker or the one asked (I, we, you) opening an outcome named before its verb: with a verb of
 * thinking or expecting, what follows is the outcome, less an infinitive's "to" ("should I expect
 * my bills to change after…" asks of the bills, "do you think crime fell after…" of crime); with
 * any other verb, or none, the asker is what changes ("do I need to change after the update?"),
 * which no report measures, and no outcome is read.
 */
const ASKER_FIRST = /^(?:i|we|you)\b(?:\s+(?:think|expect|see|know|reckon|believe|feel|guess|suppose|imagine)\s+(.+?)(?:\s+to)?$)?/i;

/**
 * "help someone out" is to assist them: "out" is the verb's particle, not an outcome ("Did the
 * German guy he was jumping against help him out?" asks of him, "did the coach help the players
 * out?" of the players, "did the aid help out?" of none). Only after a pronoun or a determiner
 * and its noun: in "help people get out" the particle is another verb's.
 */
const HELPED_OUT = new RegExp(String.raw`^(?:(him|her|them|me|us|you|it|${oneOf(ARTICLES_AND_POSSESSIVES)}\s+[\p{L}'’-]+)\s+)?out$`, 'iu');

/** What a question asks a cause to change: the verb as typed ("push up") and the words of the outcome after it. */
export interface AskedOutcome {
  verb: string;
  outcome: string;
}

/**
 * Words in quotes: "if the cop says 'nice job, that's our guy' right after…" quotes what someone
 * said, and its comma ends no clause. A quote opens after a space and closes before one or a stop
 * (so "that's" does not close it). One opened by an apostrophe holds one only between letters
 * and closes on none after an "s": "drivers' costs" is a plural's, not a quote's end.
 */
const QUOTED = /(?<=^|\s)(?:["“][^"“”\n]*?["”]|['‘](?:[^'‘’"“”\n]|(?<=\p{L})['’](?=\p{L}))*?(?<![sS])['’])(?=[\s.,!?;:]|$)/gu;

/**
 * The outcome a question asks whether something changes, and its verb, or null when it asks no such
 * thing. Read on a question as the bot cuts it (limitQuestion, readQuestion.ts): both patterns look
 * ahead from every auxiliary to the sentence's end, whose cost grows as the square of a run of
 * auxiliaries, and the cut is what bounds it (bench/README.md, thirty-fourth session).
 */
export function askedOutcome(question: string): AskedOutcome | null {
  // The outcome and its verb are cut from the question as typed (lowered keeps every index).
  const read = lowered(question);
  const first = OUTCOME_FIRST.exec(read);
  const [namedAt, verbAt] = [first?.indices?.[1], first?.indices?.[2]];
  const named = namedAt ? question.slice(namedAt[0], namedAt[1]).trim() : '';
  const happened = /^what happened to\b/.test(first?.[0] ?? '');
  if (named && (verbAt || happened)) {
    const outcome = withoutAsker(named);
    return outcome ? { verb: verbAt ? question.slice(verbAt[0], verbAt[1]) : 'happened', outcome } : null;
  }
  // Commas inside quotes are read as spaces: the outcome runs on past them. The masked question
  // is as long as the question, so the outcome is cut from the question as typed.
  const match = ASKS_OUTCOME.exec(read.replace(QUOTED, (quoted) => quoted.replaceAll(',', ' ')));
  const [verbTyped, after] = [match?.indices?.[1], match?.indices?.[2]];
  const outcome = after ? question.slice(after[0], after[1]).trim() : '';
  if (!verbTyped || !outcome) return null;
  const verb = question.slice(verbTyped[0], verbTyped[1]);
  const helpedOut = /^help/i.test(verb) ? HELPED_OUT.exec(outcome) : null;
  if (helpedOut) return helpedOut[1] ? { verb, outcome: helpedOut[1] } : null;
  return { verb, outcome };
}

/** The outcome named before its verb, less an asker and their verb opening it; '' when the asker is what changes (ASKER_FIRST). */
function withoutAsker(named: string): string {
  const asker = ASKER_FIRST.exec(named);
  return asker ? (asker[1] ?? '') : named;
}
