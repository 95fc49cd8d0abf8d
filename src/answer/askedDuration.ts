// A span of time asked ("how many years…", "how long do pandas live?") and given ("three years",
// "from 1875 until 1956"), "how long" asked of what may be a length ("how long is the bridge?"), and
// the words a span is read with, which the ranking's "in the first year" (askedRanking.ts) and a
// date still ahead ("within five years", askedAnswerKind.ts) share.

import { LENGTH_GIVEN } from './askedLength.js';
import { AND_A_HALF, CARDINAL_WORDS, FRACTION_SIGN, HOW_LONG, HOW_MANY } from './quantityWords.js';
import { anyClause } from './clauseReading.js';
import { matchesOf } from '../search/matchesOf.js';
import { ABBREVIATED_WORDS } from '../search/abbreviatedWords.js';
import { BE_FORMS, DO_FORMS, HAVE_FORMS, MODAL_VERBS, oneOf } from '../search/auxiliaryVerbs.js';
import { ARTICLES_AND_POSSESSIVES } from '../search/determiners.js';
import { irregularForms } from '../search/irregularForms.js';
import { SUBJECT_PRONOUNS } from '../search/partOfSpeech.js';
import { PREPOSITIONS } from '../search/stopWords.js';
import { NOT_COUNTING, YEAR, YEAR_RANGE } from './yearWords.js';

/**
 * A number of units, in digits ("6½": a fraction's sign after them) or words, or a few, a half
 * after it or not ("two and a half"): a span's, as DURATION, SPAN_AHEAD, the time a thing took
 * (askedPace.ts) and FIRST_UNRANKED read it, one spelling for each.
 */
export const SPAN_NUMBER = String.raw`(?:\d[\d.,]*${FRACTION_SIGN}?|${CARDINAL_WORDS}|a few|several|a|an)(?:${AND_A_HALF})?`;
/**
 * The units of a span of time, a half-hour among them ("a half-hour", "two half-hours"); a century
 * not as cricket scores one ("scored a century on debut": a hundred runs).
 */
export const TIME_UNITS = String.raw`(?:seconds?|minutes?|(?:half-)?hours?|days?|weeks?|months?|years?|decades?|century(?<!\b(?:scor(?:e|es|ed|ing)|ma(?:de|ke|kes|king)|hit(?:s|ting)?)\s+a\s+century)|centuries)`;
/** A season as a unit, given only in the plural and after a number: "four building seasons", not "the new season". */
const SEASONS = 'seasons';

/** The verbs of how long something goes on: what lives, lasts, takes, survives, stays, remains, waits, persists, endures, keeps or is spent. */
const LASTING_VERBS: readonly string[] = ['live', 'last', 'take', 'survive', 'stay', 'remain', 'wait', 'persist', 'endure', 'keep', 'spend'];
/** A verb's forms: its base, "-s", "-ing", and its past, irregular ("took", "kept", irregularForms.ts) or "-ed". */
function verbForms(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const irregular = irregularForms(base);
  return [base, `${base}s`, `${stem}ing`, ...(irregular.length > 0 ? irregular : [`${stem}ed`])];
}
/** A verb of lasting (LASTING_VERBS), not the noun or adjective after a determiner ("the last stage", "the stay", "a wait"). */
const LASTING_VERB = new RegExp(String.raw`(?<!\b${oneOf([...ARTICLES_AND_POSSESSIVES, 'at'])}\s)\b${oneOf(LASTING_VERBS.flatMap(verbForms))}\b`, 'i');
/** A time before or after an event right after "how long": "how long before / until / after…", "how long ago…". */
const TIME_AROUND_EVENT = /^\s+(?:ago|before|until|till|after)\b/i;
/** An event the time asked runs up to, later in its phrase: "how long do parents get before…", "how long does a tick need to stay on before…". */
const TIME_BEFORE_EVENT = /\b(?:before|until|till)\b/i;
/**
 * An auxiliary right after "how long", a verb to follow ("how long do pandas live?", "how long
 * should I boil an egg?", "how long had the sailors gone without…"); not "be", after which a thing
 * may be measured ("how long is the bridge?").
 */
const AUXILIARY_AFTER = new RegExp(String.raw`^\s+${oneOf([...DO_FORMS, ...HAVE_FORMS, ...MODAL_VERBS])}\b`, 'i');
/**
 * A verb a thing's length is told by, as an auxiliary leaves it: what is, grows, gets or becomes so
 * long ("how long can a tapeworm be?", "how long do Komodo dragons grow?"), or stretches, runs,
 * extends, reaches, spans, measures or goes so far ("go without" is a time); "have been" as a modal
 * before the subject leaves it ("How long would the bridge have been?"; "how long has he been…" is a time).
 * Those that tell only of length (MEASURING_VERBS) still may before an event ("how long did the
 * tapeworm grow before it was found?"); the others ask a time there ("how long can a sensor run
 * before its battery needs replacing?": TIME_BEFORE_EVENT).
 */
const MEASURING_VERBS = String.raw`grows?|stretch(?:es)?|extends?|reach(?:es)?|spans?|measures?`;
const MEASURING_VERB = new RegExp(String.raw`\b(?:${MEASURING_VERBS})\b`, 'i');
const LENGTH_VERB = new RegExp(String.raw`\b(?:be|${MEASURING_VERBS}|gets?|becomes?|run|runs|go(?!\s+without\b)|goes|(?<=\bhave\s)been)\b`, 'i');
/** The part of a clause up to its next comma, colon, semicolon, dash or "and": the phrase a verb asked belongs to. */
const PHRASE_END = /[,;:\u2014\u2013(]|\s-\s|\band\b/i;
const EVERY_HOW_LONG = new RegExp(HOW_LONG, 'gi');
const HOW_MANY_TIME_UNITS = new RegExp(String.raw`${HOW_MANY} (?:years|months|weeks|days|hours|minutes)\b`, 'i');

/**
 * Whether each "how long" of the clause asks a span of time only (true), or a span of time or a
 * length (false): a time before or after an event (TIME_AROUND_EVENT), an auxiliary and a verb not
 * measuring a length in its phrase or a verb and an event the time runs up to, the verb not one of
 * length only (AUXILIARY_AFTER, LENGTH_VERB, TIME_BEFORE_EVENT, MEASURING_VERB), or a verb of lasting in its phrase ("how long is it designed to
 * last?", "how long is the trip going to take?"). "How long is the bridge / was his sentence?" and
 * "how long a sentence did Leeson get?" may ask either.
 */
function howLongReadings(clause: string): boolean[] {
  const readings: boolean[] = [];
  for (const found of matchesOf(clause, EVERY_HOW_LONG)) {
    const rest = clause.slice(found.index + found[0].length);
    const phrase = rest.slice(0, PHRASE_END.exec(rest)?.index ?? rest.length);
    readings.push(TIME_AROUND_EVENT.test(rest) || (AUXILIARY_AFTER.test(rest) && (!LENGTH_VERB.test(phrase) || (TIME_BEFORE_EVENT.test(phrase) && !MEASURING_VERB.test(phrase)))) || LASTING_VERB.test(phrase));
  }
  return readings;
}

/**
 * A span of time asked, which a length does not answer: "how many years / months / weeks / days /
 * hours / minutes…", or "how long" asking a time only (howLongReadings: "How long do Komodo
 * dragons live?", "how long did it take to build?", "how long ago…").
 */
const HOW_LONG_TIME_ONLY = anyClause((clause) => howLongReadings(clause).includes(true));
/**
 * A race's time asked: "what was Spyridon Louis's winning time?", "his finishing / record / fastest
 * / qualifying / lap time", "Chataway's own best time for the mile" (a span a race took, given as
 * "2 hours 58 minutes"). "Best" only of someone's ("…'s / his / own / personal best time"): "the best
 * time to visit" asks a season. Not before "to" or "of the day / year" ("the fastest time to travel").
 * As what "what is / was / would…" asks, in its clause: "who holds the record time?" asks a person,
 * "in what year did he set his personal best time?" a date, "what caused the slow winning times?" a
 * cause; and not past a preposition or a subject after it, where the time is part of what is asked
 * of ("what was the effect of the slow winning times?", "what was the year he set his best time?").
 * "In record time" is how fast, no span asked ("what did they build in record time?").
 */
const RACE_TIME = String.raw`\b(?:(?:winning|finishing|(?<!\bin\s)record|fastest|quickest|slowest|qualifying|lap|race)|(?:['’]s?|\b(?:his|her|their|own|personal)) best) times?\b(?!\s+(?:to|of\s+(?:the\s+)?(?:day|year|week|month))\b)`;
/** "What" before a form of "be" or a modal ("what was", "what's", "what would…"): the phrase after it is what is asked. */
const WHAT_ASKS_WHAT_FOLLOWS = String.raw`\bwhat(?:['’](?:s|re)|\s+${oneOf([...BE_FORMS, ...MODAL_VERBS])})\b`;
/** A clause's stop: not a title's, an abbreviation's or an initial's ("Mr. Bannister's", "Joseph P. Kennedy's"), nor a decimal point. */
const CLAUSE_STOP = String.raw`[?!,;]|(?<!\b(?:\p{Lu}|${oneOf(ABBREVIATED_WORDS)}))\.(?!\d)`;
/** A word after which the race's time is part of another thing asked: a preposition, a subject pronoun, another "what". */
const ASKED_OF_ANOTHER = String.raw`\b${oneOf([...PREPOSITIONS, ...SUBJECT_PRONOUNS, 'what'])}\b`;
// Each read left to right once: a lazy scan from every "what" to its clause's end took time growing with the square of a long clause's "what"s.
const WHAT_STOP_OR_RACE_TIME = new RegExp(String.raw`(${WHAT_ASKS_WHAT_FOLLOWS})|(${CLAUSE_STOP}|${ASKED_OF_ANOTHER})|${RACE_TIME}`, 'giu');
const RACE_TIME_ASKED = {
  test(question: string): boolean {
    let what = false;
    for (const match of question.matchAll(WHAT_STOP_OR_RACE_TIME)) {
      if (match[1] !== undefined) what = true;
      else if (match[2] !== undefined) what = false;
      else if (what) return true;
    }
    return false;
  },
};
export const DURATION_ASKED: { test(question: string): boolean } = {
  test: (question) => HOW_MANY_TIME_UNITS.test(question) || HOW_LONG_TIME_ONLY.test(question) || RACE_TIME_ASKED.test(question),
};
/**
 * "How long" asked of what may be a span of time or a length (howLongReadings): "how long was his
 * prison sentence?", "how long is the Channel Tunnel?", "how long does the wall stretch?".
 */
export const LENGTH_OR_DURATION_ASKED: { test(question: string): boolean } = anyClause((clause) => howLongReadings(clause).includes(false));

/**
 * A word between a number and its unit: a word that is no rate's "per / a / every", no list's "or /
 * and", no "light" of light years, no preposition ("died in debt in 1426 after years in prison",
 * "crowned in 1066 after weeks of fighting": a date, then a span of no length) and no "many".
 */
const BETWEEN_NUMBER_AND_UNIT = String.raw`(?!(?:per|a|an|the|of|or|and|to|in|every|each|times|light|after|before|over|within|for|during|since|by|until|till|from|at|on|with|into|many)\s)\p{L}[\p{L}-]*`;

/**
 * A span of time given in words or digits ("three years", "six and a half years", "18 months", "a decade"), with one word
 * between a number and its unit ("four building seasons", "two full days", "three more years"); a
 * word between only after a number, not "a" ("a new year", "a good day" say no span), nor a year's
 * ("the 1997 fiscal year", "the 2023-24 school year").
 */
export const DURATION = new RegExp(
  String.raw`\b${SPAN_NUMBER}\s?-?\s?${TIME_UNITS}\b|(?<!\d[-–/])\b(?:(?!(?:1[5-9]|20)\d\d\b)\d[\d.,]*|${CARDINAL_WORDS}|a few|several)\s+(?:${BETWEEN_NUMBER_AND_UNIT}\s+)?(?:${TIME_UNITS}|${SEASONS})\b`,
  'iu',
);

/**
 * A span between two years, which says how long something lasted: "from 1875 until 1956", "between
 * 1902 and 1984", "1875-1956". At most three words before each year, so it is read in linear time;
 * not a count whose numbers look like years ("between 1500 and 2000 people", "from 1500 to 1900
 * members"), nor two years listed ("surveys from 2019 and 2021": "and" only after "between"). A
 * count says "to", "and" or a dash, almost never "until", "till" or "through": after those a
 * plural is what the span is about ("From 1875 until 1956 letters flew under Vienna").
 */
const SPAN_WORDS = String.raw`(?:[\p{L}\d,'’]+\s+){0,3}?`;
const SPAN_END = String.raw`${YEAR}\b${NOT_COUNTING}`;
const YEARS_SPANNED = new RegExp(
  String.raw`\bfrom\s+${SPAN_WORDS}${YEAR}\b\s*(?:(?:to|[-–])\s*${SPAN_WORDS}${SPAN_END}|(?:until|till|through)\s*${SPAN_WORDS}${YEAR}\b)|\bbetween\s+${SPAN_WORDS}${YEAR}\b\s*(?:and|to|[-–])\s*${SPAN_WORDS}${SPAN_END}|${YEAR_RANGE}`,
  'iu',
);

/**
 * A span written as a stopwatch shows it: hours, minutes and seconds ("Thomas Hicks won in 3:28:53",
 * "Kosgei ran 2:14:04", "1:59:40.2") or minutes and seconds to a fraction ("crossed the line in
 * 3:59.4"). Not a time of day ("detonated at 9:04:35 a.m."), nor two numbers alone, which a time of
 * day, a ratio and a score write as often ("at 10:30", "a ratio of roughly 1:72", "won 2:1"), a
 * race's time too ("in 2:24") and a split ("carrying me to three-quarters in 3:01").
 */
const STOPWATCH_TIME = new RegExp(
  String.raw`(?<![\d:.])(?<!\bat\s+(?:about\s+|around\s+)?)(?:\d{1,2}:[0-5]\d:[0-5]\d(?:\.\d+)?|\d{1,2}:[0-5]\d\.\d+)(?![\d:]|\.\d)(?!\s?(?:[ap]\.?m\b|o['’]clock\b))`,
  'iu',
);

/** Whether the text gives a span of time: in units, between two years, or as a stopwatch shows it. */
export function givesDuration(text: string): boolean {
  return DURATION.test(text) || YEARS_SPANNED.test(text) || STOPWATCH_TIME.test(text);
}

/** Whether the text gives a span of time or a length, which answers "how long" asked of either. */
export function givesLengthOrDuration(text: string): boolean {
  return givesDuration(text) || LENGTH_GIVEN.test(text);
}
