// Whether a question asks if something changes an outcome, and which outcome: "Does raising the
// minimum wage affect crime rates?" asks of crime rates, "do new bike lanes push up house prices
// nearby?" of house prices, "What happened to crime after…" of crime. A question near a report's topic that no claim answers often asks of
// an outcome the report never measured: its best claim is on the cause, with another outcome
// (the CBO's jobs and pay projection; pop-up lanes drawing riders). The no-answer decision weighs
// whether the best claim has any word of the outcome (answerability.ts; eval/README.md, tenth
// session).

import { ACTIVE_AUXILIARY_VERBS, oneOf } from '../search/auxiliaryVerbs.js';
import { ARTICLES_AND_POSSESSIVES } from '../search/determiners.js';
import { countBelow, firstMatchFrom, overlappingMatches } from '../search/matchesFrom.js';

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
 * lowered question (lowered), so written in lower case. Each part is found once over the question
 * and read from each opening (outcomeAfterVerb), not looked for again from each.
 */
const YES_NO_OPENING = new RegExp(String.raw`(?:^|[.!?:;,]\s+|\b(?:q|question|wondering|know if|know whether)\s+)${ACTIVE_AUXILIARY}(?=\s)`, 'g');
const CHANGE_VERB = new RegExp(String.raw`(?<![\w-])(${CHANGE})(?![\w-])(?!\s+(?:or|and)\b)`, 'g');
const WH_WORD = /\b(?:what|how|why|which|who|where|when)\b/g;
const SENTENCE_END = /[?.!]/g;
const REST_OF_CLAUSE = /[^?.!,]*/y;

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
 * the change itself ("how did test scores change…"). The preposition is looked behind for at a
 * word's start only: from each space of a run it would read the run back.
 */
const THING_ASKED = new RegExp(String.raw`(?:\b(?<!\b(?:in|by|at|to|for|of|on|from|with|during|after|since|under|over|until)\s+)(?:what|how (?:many|much))(?!\s+${MEASURE_OF_CHANGE})|(?:^|[.!?,;:]\s*|\b(?:so|and|but|then|also|ok|okay)\s+)(?:which|whom?|whose))\b`, 'g');
/** What ends the clause a wh-word asking a thing is read in. */
const CLAUSE_STOP = /[?.!,;:]/g;

/**
 * The outcome named before its verb: "what happened to crime after…", "how did test scores change
 * after…", "did weekend work go up when…", "by how much did use of force rise when…". An opening
 * (captured where it is an auxiliary alone, which is read only with no wh-word asking a thing
 * before it in its clause: THING_ASKED), the outcome, then the verb of change and when it happened
 * (CHANGED_WHEN: after, since, when, once, under, in), in its clause and with no "what" inside the
 * outcome ("do you know what the council changed after…": NAMED_FIRST_BREAK). "in" names a time
 * only before a year, a time phrase ("the 1990s", "the last decade", "recent years", "lockdown")
 * or a place (written "IN" in the lowered question: lowered): after a verb of change it usually
 * names what changed ("do heat pumps change in efficiency when…"). Read in the lowered question
 * (lowered), so written in lower case; each part found once over it (outcomeNamedFirst).
 */
const NAMED_FIRST_OPENING = new RegExp(String.raw`\b(?:what happened to|how (?:much )?${ACTIVE_AUXILIARY}|(${ACTIVE_AUXILIARY}))(?=\s)`, 'g');
const CHANGED_WHEN = new RegExp(String.raw`(?<!\s)\s+(?:(change[sd]?|fall|fell|rise|rose|drop(?:ped)?|go up|went up|go down|went down|shift(?:ed)?)\s+)?(?:after|since|when|once|under|IN|in(?=\s+(?:\d|the\s+(?:(?:last|past|next|first|early|late|mid)\s+)?(?:[\w-]+\s+)?(?:years?|decades?|months?|weeks?|\d{2,4}s)\b|the\s+past\b|recent\s+years\b|lockdown\b|the\s+pandemic\b)))\b`, 'dg');
const NAMED_FIRST_BREAK = /[?.!,]|\bwhat\b/g;
/** The whitespace after an opening. */
const SPACES = /\s*/y;

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
const QUOTED = /(?<=^|\s)(?:["“][^"“”\n]*["”]|['‘](?:[^'‘’"“”\n]|(?<=\p{L})['’](?=\p{L}))*?(?<![sS])['’])(?=[\s.,!?;:]|$)/gu;

/** Where a part of the question stands: [start, end). */
type Span = readonly [number, number];

/**
 * The outcome a question asks whether something changes, and its verb, or null when it asks no such
 * thing. Each part of a reading is found once over the question and read from each opening, so a
 * long message takes time in step with its length, however many auxiliaries it holds.
 */
export function askedOutcome(question: string): AskedOutcome | null {
  // The outcome and its verb are cut from the question as typed (lowered keeps every index).
  const read = lowered(question);
  const first = outcomeNamedFirst(read);
  const named = first ? question.slice(...first.named).trim() : '';
  if (first && named && (first.verb || first.happened)) {
    const outcome = withoutAsker(named);
    return outcome ? { verb: first.verb ? question.slice(...first.verb) : 'happened', outcome } : null;
  }
  // Commas inside quotes are read as spaces: the outcome runs on past them. The masked question
  // is as long as the question, so the outcome is cut from the question as typed.
  const asked = outcomeAfterVerb(read.replace(QUOTED, (quoted) => quoted.replaceAll(',', ' ')));
  const outcome = asked ? question.slice(...asked.outcome).trim() : '';
  if (!asked || !outcome) return null;
  const verb = question.slice(...asked.verb);
  const helpedOut = /^help/i.test(verb) ? HELPED_OUT.exec(outcome) : null;
  if (helpedOut) return helpedOut[1] ? { verb, outcome: helpedOut[1] } : null;
  return { verb, outcome };
}

/** Where the word after an opening ending at `end` stands: past the whitespace after it. */
function wordAfter(read: string, end: number): number {
  SPACES.lastIndex = end;
  SPACES.exec(read);
  return SPACES.lastIndex;
}

/**
 * The outcome named before its verb (NAMED_FIRST_OPENING's doc comment), as the first opening (by
 * where it starts) that one follows reads it: the outcome from the word after the opening to the
 * first time of change after it, with no break between. Where the opening has none but two or
 * more spaces after it and a time of change right after them, the pattern this stands for matched
 * an empty outcome there (giving the last space to the time of change), which reads none.
 */
function outcomeNamedFirst(read: string): { named: Span; verb: Span | undefined; happened: boolean } | null {
  const openings = overlappingMatches(read, NAMED_FIRST_OPENING);
  const whens = openings.length > 0 ? overlappingMatches(read, CHANGED_WHEN) : [];
  if (whens.length === 0) return null;
  const breaks = overlappingMatches(read, NAMED_FIRST_BREAK);
  const thingAsked = openings.some((opening) => opening[1] !== undefined) ? thingAskedBefore(read) : () => false;
  for (const opening of openings) {
    if (opening[1] !== undefined && thingAsked(opening.index)) continue;
    const [spacesAt, wordAt] = [opening.index + opening[0].length, wordAfter(read, opening.index + opening[0].length)];
    const happened = opening[0].startsWith('what happened to');
    const when = firstMatchFrom(whens, wordAt);
    if (when && when.index < (firstMatchFrom(breaks, wordAt)?.index ?? Infinity)) return { named: [wordAt, when.index], verb: when.indices?.[1], happened };
    if (wordAt - spacesAt >= 2 && firstMatchFrom(whens, spacesAt)?.index === spacesAt) return { named: [wordAt - 1, wordAt - 1], verb: undefined, happened };
  }
  return null;
}

/**
 * Whether a wh-word asking a thing (THING_ASKED) stands before an index in its clause: the last
 * one ending at or before it, with no clause stop from its end to the index.
 */
function thingAskedBefore(read: string): (at: number) => boolean {
  const ends = overlappingMatches(read, THING_ASKED).map((asked) => asked.index + asked[0].length).sort((a, b) => a - b);
  const stops = overlappingMatches(read, CLAUSE_STOP);
  return (at) => {
    const before = countBelow(ends, at + 1);
    const end = ends[before - 1];
    return end !== undefined && (firstMatchFrom(stops, end)?.index ?? Infinity) >= at;
  };
}

/**
 * The verb of change a yes/no question asks of and the outcome after it (YES_NO_OPENING's doc
 * comment), as the first opening (by where it starts) that one follows reads them: the first verb
 * of change after it in its sentence, with no wh-word in the sentence after the opening; the
 * outcome from the verb to the clause's end.
 */
function outcomeAfterVerb(masked: string): { verb: Span; outcome: Span } | null {
  const openings = overlappingMatches(masked, YES_NO_OPENING);
  const verbs = openings.length > 0 ? overlappingMatches(masked, CHANGE_VERB) : [];
  if (verbs.length === 0) return null;
  const whWords = overlappingMatches(masked, WH_WORD);
  const sentenceEnds = overlappingMatches(masked, SENTENCE_END);
  for (const opening of openings) {
    const wordAt = wordAfter(masked, opening.index + opening[0].length);
    const end = firstMatchFrom(sentenceEnds, wordAt)?.index ?? masked.length;
    const verb = firstMatchFrom(verbs, wordAt);
    if (!verb || verb.index >= end || (firstMatchFrom(whWords, wordAt)?.index ?? Infinity) < end) continue;
    const verbEnd = verb.index + verb[0].length;
    REST_OF_CLAUSE.lastIndex = verbEnd;
    REST_OF_CLAUSE.exec(masked);
    return { verb: [verb.index, verbEnd], outcome: [verbEnd, REST_OF_CLAUSE.lastIndex] };
  }
  return null;
}

/** The outcome named before its verb, less an asker and their verb opening it; '' when the asker is what changes (ASKER_FIRST). */
function withoutAsker(named: string): string {
  const asker = ASKER_FIRST.exec(named);
  return asker ? (asker[1] ?? '') : named;
}
