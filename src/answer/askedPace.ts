// How fast something goes or happens, asked ("how fast can an Arctic tern fly?", "how quickly did
// the flames eat through the ship?") and given, for the kinds of answer (askedAnswerKind.ts). People
// ask it of a speed ("35 miles per hour", "23 metres per second", "Mach 2"), of a rate ("60
// centimetres a day", "10% a year") and of the time something took ("in about 10 seconds",
// "within 36 hours", "within weeks"): any of them answers it. A claim on the same thing that gives
// none ("Over its lifetime an Arctic tern may fly more than 2.4 million km") does not, nor one
// giving a span the thing is not done in ("Arctic terns can live for over 30 years").

import { SPAN_NUMBER, TIME_UNITS } from './askedDuration.js';
import { AND_A_HALF, CARDINAL_WORDS } from './quantityWords.js';

/**
 * "How fast / quickly / rapidly…"; not "fast" naming a thing ("how fast fashion harms…", "how fast
 * food is regulated", "fast-tracked", "the fast lane").
 */
export const PACE_ASKED = /\bhow (?:fast|quickly|rapidly)\b(?!\s+(?:fashion|food|track|lane)s?\b)(?!-)/i;

/**
 * A speed by its unit: "603 km/h", "11 km/s", "120 km/hr", "200 kmph", "35 mph", "23 m/s", "5 ft/s",
 * "30 knots", "Mach 2", and a unit of length per unit of time spelt out ("metres per second", "miles
 * an hour"), its conversion in brackets between ("0.2 metres (8 inches) per second").
 */
const SPEED = String.raw`\d\s?(?:mph|kph|kmph|kmh|knots?|[kcm]?m\/(?:s|h|hr)|ft\/s|mi\/h)\b|\bmach\s?\d|\b(?:millimet(?:re|er)s?|centimet(?:re|er)s?|met(?:re|er)s?|kilomet(?:re|er)s?|miles?|feet|inch(?:es)?|km|cm|mm)(?:\s*\([^()]{1,30}\))?\s+(?:per|an?)\s+(?:second|minute|hour|day|week|month|year)\b`;
/** The units of a span, and the fractions of a second a strike or a reflex is timed in. */
const PACE_TIME_UNITS = String.raw`(?:${TIME_UNITS}|milliseconds?|microseconds?)`;
/**
 * The units of a span written short, as a race or a lap is timed: "in 9.58 s", "in 9.58s", "in 2 h",
 * "in 45 min", "3 hrs", "12 ms". A bare "s" only after a space or a decimal, as "in 1990s Britain" is
 * a decade.
 */
const PACE_TIME_SHORT = String.raw`(?:\s?(?:secs?|mins?|hrs?|h|ms)|(?<=\.\d+)s|\ss)`;
/** What may round a span off before "later" or "after": "a year and a half later", "a year or so later", "a month or two after". */
const AND_A_BIT = String.raw`(?:${AND_A_HALF}|\s+or\s+(?:so|two))?`;
/** The units of a rate's span: "per second", "a day", "every year". */
const RATE_UNITS = String.raw`(?:second|minute|hour|day|week|month|year|decade)`;
/**
 * The time something took: "in roughly 32 to 37 seconds", "within 36 hours", "in under a minute",
 * "in the first 10 seconds", "took the flames 34 seconds", "taking seven years", "a time of 22.95
 * seconds", "in 9.58 s"; a change over a span named ("grew 223.5% over the three years to 2023",
 * "over the past ten years", "for the first 18 minutes"); or a rate's span:
 * "60 centimetres a day", "10% per year", "every 24.7 hours". Not a span alone: "terns can live for
 * over 30 years" says how long they live, not how fast they fly ("over" is "more than" there), nor
 * "she has lived there for the past 20 years" (how long, where "over the past…" is a change's span).
 */
const SPAN_TAKEN = String.raw`\b(?:(?:in|within|after)(?:\s+the\s+(?:first|last|next))?|for\s+the(?:\s+first)?|over\s+the(?:\s+(?:first|last|next|past))?|time\s+of|clock(?:ed|ing)|timed\s+at|t(?:ook|akes?|aking|aken)(?:\s+[\p{L}'’]+){0,3}?)\s+(?:(?:about|roughly|around|approximately|just|only|under|less\s+than|nearly|almost|some|over|more\s+than)\s+)?${SPAN_NUMBER}(?:\s*(?:to|or|-|–)\s*${SPAN_NUMBER})?(?:\s?-?\s?${PACE_TIME_UNITS}|${PACE_TIME_SHORT})\b`;
/**
 * What a rate counts before "a day" or "a year": a figure, its unit or multiplier glued on too
 * ("4,000", "20%", "$17.22", "300km", "$1m", "2.5bn", "fifteen", "millions", "several", "a few", "a
 * tenth"), "once / twice / times", or a span itself ("an hour of activity a day"). Not a year ("in 2019 he spent a year…" counts nothing).
 */
const RATE_FIGURE = String.raw`(?:(?<![\d.,])(?!(?:1[5-9]|20)\d\d(?![\d.,]))\d[\d.,]*(?:%|\p{L}{1,3})?|\b(?:${CARDINAL_WORDS}s?|several|few|many|dozens|half|thirds?|quarters?|tenths?|hundredths?|thousandths?|once|twice|times)\b|\ban?\s+${RATE_UNITS}\b)`;
/** A word that starts no other phrase or clause (not a preposition, a conjunction, a pronoun, a verb of being or having). */
const RATE_WORD = String.raw`(?!(?:in|on|at|for|from|with|within|after|before|over|under|by|into|during|since|until|and|or|but|than|as|so|he|she|they|we|you|i|him|her|us|me|his|its|their|who|which|that|when|while|was|were|is|are|be|been|had|has|have|spent|spend|took|take|lasted|last)\b)[\p{L}\p{N}$€£¥%’'-]+(?:[.,]\d+)*`;
/**
 * The words between a rate's figure and "a <unit>": up to four, "of" among them ("2.5 million
 * tonnes of steel a year", "$5.12 an hour", "20 per cent a year"), none that starts another phrase
 * or clause (RATE_WORD).
 */
const RATE_BETWEEN = String.raw`(?:\s+${RATE_WORD}){0,4}`;
/**
 * One thing counted before a rate's span, "a" for one ("a species a day", "a new store a week", "a
 * pack a day"): "of" not between ("a sentence of a year" is a span), and not before "after / before"
 * ("won a prize a year after", as a time after an event).
 */
const ONE_COUNTED = String.raw`\ban?(?:\s+(?!of\b)${RATE_WORD}){1,3}`;
/**
 * A span of one unit after "a" or "an" is a rate only after what it counts: a figure in its words
 * or the four before ("60 centimetres a day", "4,000 climbers a day", "$17.22 an hour after
 * expenses", "20% a year after 2010", "twice a day", "a tenth of a second", RATE_FIGURE), or one
 * thing ("a pack a day", ONE_COUNTED). Not a span alone ("spent a year in prison", "a decade of
 * war", "for about a month", "a year's worth"), a second of a series ("a second approver"), a span
 * as an adjective ("a week-long festival"), nor a time after or before an event ("A year later the
 * company closed", "about a decade later", "a year and a half later", "a decade ago") nor an age
 * ("a year old"). "a" / "an" is matched first and what it follows looked behind from its end:
 * looked behind first, it was tried at every position, each scanning back over the whole run of
 * spaces before it.
 */
const RATE_SPAN = String.raw`\b(?:per|each|every)\s+${RATE_UNITS}\b|\ban?(?<=${RATE_FIGURE}${RATE_BETWEEN}\s+an?)\s+${RATE_UNITS}\b(?!-)(?!${AND_A_BIT}\s+(?:later|earlier|ago|old)\b)|\ban?(?<=${ONE_COUNTED}\s+an?)\s+${RATE_UNITS}\b(?!-)(?!${AND_A_BIT}\s+(?:later|earlier|ago|old|after|before)\b)|\bevery\s+${SPAN_NUMBER}\s+${PACE_TIME_UNITS}\b`;
/** The time something took without a number: "within days", "only weeks", "in a matter of hours", "in seconds". */
const SPAN_UNCOUNTED = String.raw`\b(?:within|in|only|just)\s+(?:a\s+matter\s+of\s+)?(?:seconds|minutes|hours|days|weeks|months)\b`;
/** A rate by its span ("recent yearly settlement … about 6 centimetres", "daily"), or the pace in words ("the paint flakes away quickly"). */
const PACE_WORDS = String.raw`\b(?:yearly|annual(?:ly)?|monthly|weekly|daily|hourly|quickly|rapidly|swiftly|slowly|instantly|immediately)\b`;
const PACE = new RegExp(`${SPEED}|${SPAN_TAKEN}|${RATE_SPAN}|${SPAN_UNCOUNTED}|${PACE_WORDS}`, 'iu');

/** Whether the text gives how fast: a speed, the time something took, a rate or the pace in words. */
export function givesPace(text: string): boolean {
  return PACE.test(text);
}

/**
 * A race or a route named after the verb of going: "how fast did Bolt run the 100m?", "…swim the
 * 200m butterfly", "…run the marathon", "…fly from London to New York": a time taken answers it as
 * often as a speed ("in 9.58 s"), so no speed is asked.
 */
const NO_DISTANCE_NAMED = String.raw`(?!\s+(?:the\s+)?(?:(?:men|women)['’]s\s+)?(?:\d[\d,.]*\s?(?:m|k|km|metres|meters|kilometres|kilometers|miles?)|(?:half[\s-])?marathon|mile|race|course|lap|channel)\b)(?![^?.!,;]*?\bfrom\b[^?.!,;]*?\bto\b)`;
/**
 * How fast something goes, asked by a verb of going at a pace ("How fast can a komodo dragon run?",
 * "how fast does light travel…", "how fast was Curiosity going…", "how quickly did the lift
 * move?"; not "going up", a rise), up to seven words after "how fast": a speed answers it ("35 miles per hour"), not the span
 * a journey took, which "reach" or "arrive" ask ("how fast did the address reach California?").
 */
export const SPEED_ASKED = new RegExp(String.raw`${PACE_ASKED.source}(?:\s+(?!and\b)[\p{L}'’-]+){0,7}?\s+(?:run|runs|ran|running|fly|flies|flew|flying|swim|swims|swam|swimming|travel|travels|travell?ed|travell?ing|(?:go|goes|went|going)(?!\s+(?:up|down)\b)|move|moves|moved|moving|drive|drives|drove|driving|sail|sails|sailed|sailing|walk|walks|walked|walking|sprint|sprints|sprinted|sprinting|gallop|gallops|galloped|galloping|spin|spins|spun|spinning|rotate|rotates|rotated|rotating)\b${NO_DISTANCE_NAMED}`, 'iu');
const SPEED_GIVEN = new RegExp(SPEED, 'giu');
/**
 * A verb of growing before a length per time in its sentence: a growth rate ("grow extremely slowly,
 * at roughly one centimetre a year", "the glacier's ice grew 3 metres a year"), no speed of going
 * (held-out 60's "how fast can Greenland sharks swim?" read the shark's growth as a speed given). Read
 * over the sentence's last GROWTH_REACH characters before the rate, not the whole text.
 */
const GROWTH_BEFORE = /\b(?:grows?|grew|grown|growing|growth)\b[^.;!?]*$/iu;
const GROWTH_REACH = 80;
/** A turning rate: "spins about 30 times a second". */
const TURNS_GIVEN = /\b(?:times|revolutions|rotations|turns)\s+(?:a|an|per|each|every)\s+(?:second|minute|hour|day)\b/i;

/**
 * Whether the text gives a speed by its unit ("603 km/h", "35 miles per hour", "Mach 2"), or a
 * turning rate ("30 times a second"); not a rate of growth ("grows about one centimetre a year").
 */
export function givesSpeed(text: string): boolean {
  if (TURNS_GIVEN.test(text)) return true;
  SPEED_GIVEN.lastIndex = 0;
  for (let found = SPEED_GIVEN.exec(text); found !== null; found = SPEED_GIVEN.exec(text)) {
    if (!GROWTH_BEFORE.test(text.slice(Math.max(0, found.index - GROWTH_REACH), found.index))) return true;
  }
  return false;
}

