// How fast something goes or happens, asked ("how fast can an Arctic tern fly?", "how quickly did
// the flames eat through the ship?") and given, for the kinds of answer (askedAnswerKind.ts). People
// ask it of a speed ("35 miles per hour", "23 metres per second", "Mach 2"), of a rate ("60
// centimetres a day", "10% a year") and of the time something took ("in about 10 seconds",
// "within 36 hours", "within weeks"): any of them answers it. A claim on the same thing that gives
// none ("Over its lifetime an Arctic tern may fly more than 2.4 million km") does not, nor one
// giving a span the thing is not done in ("Arctic terns can live for over 30 years").

import { SPAN_NUMBER, TIME_UNITS } from './askedDuration.js';

/**
 * "How fast / quickly / rapidly…"; not "fast" naming a thing ("how fast fashion harms…", "how fast
 * food is regulated", "fast-tracked", "the fast lane").
 */
export const PACE_ASKED = /\bhow (?:fast|quickly|rapidly)\b(?!\s+(?:fashion|food|track|lane)s?\b)(?!-)/i;

/**
 * A speed by its unit: "603 km/h", "11 km/s", "120 km/hr", "200 kmph", "35 mph", "23 m/s", "5 ft/s",
 * "30 knots", "Mach 2", and a unit of length per unit of time spelt out ("metres per second", "miles
 * an hour").
 */
const SPEED = String.raw`\d\s?(?:mph|kph|kmph|kmh|knots?|[kcm]?m\/(?:s|h|hr)|ft\/s|mi\/h)\b|\bmach\s?\d|\b(?:millimet(?:re|er)s?|centimet(?:re|er)s?|met(?:re|er)s?|kilomet(?:re|er)s?|miles?|feet|inch(?:es)?|km|cm|mm)\s+(?:per|an?)\s+(?:second|minute|hour|day|week|month|year)\b`;
/** The units of a span, and the fractions of a second a strike or a reflex is timed in. */
const PACE_TIME_UNITS = String.raw`(?:${TIME_UNITS}|milliseconds?|microseconds?)`;
/**
 * The units of a span written short, as a race or a lap is timed: "in 9.58 s", "in 9.58s", "in 2 h",
 * "in 45 min", "3 hrs", "12 ms". A bare "s" only after a space or a decimal, as "in 1990s Britain" is
 * a decade.
 */
const PACE_TIME_SHORT = String.raw`(?:\s?(?:secs?|mins?|hrs?|h|ms)|(?<=\.\d+)s|\ss)`;
/** What may round a span off before "later" or "after": "a year and a half later", "a year or so later", "a month or two after". */
const AND_A_BIT = String.raw`(?:\s+(?:and\s+a\s+half|or\s+(?:so|two)))?`;
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
 * A span of one unit after "a" or "an" is a rate ("60 centimetres a day", "4,000 climbers a day"),
 * not a time after or before an event ("A year later the company closed", "about a decade later",
 * "a year and a half later", "a decade ago", "barely a year after introducing it", "a day after the
 * launch") nor an age ("a year old"). Before "after" or "before" it is a rate only after a figure
 * or "once / twice / times", in its words or the next ("$17.22 an hour after expenses", "20% a
 * year after 2010", "20 per cent a year after", "twice a day after meals").
 */
const RATE_SPAN = String.raw`\b(?:per|each|every)\s+${RATE_UNITS}\b|\ban?\s+${RATE_UNITS}\b(?!${AND_A_BIT}\s+(?:later|earlier|ago|old)\b)(?:(?!${AND_A_BIT}\s+(?:after|before)\b)|(?<=(?:\d[\d.,]*%?|\b(?:once|twice|times))(?:\s+per\s+cent|\s+[\p{L}-]+)?\s+an?\s+${RATE_UNITS}))|\bevery\s+${SPAN_NUMBER}\s+${PACE_TIME_UNITS}\b`;
/** The time something took without a number: "within days", "only weeks", "in a matter of hours", "in seconds". */
const SPAN_UNCOUNTED = String.raw`\b(?:within|in|only|just)\s+(?:a\s+matter\s+of\s+)?(?:seconds|minutes|hours|days|weeks|months)\b`;
/** A rate by its span ("recent yearly settlement … about 6 centimetres", "daily"), or the pace in words ("the paint flakes away quickly"). */
const PACE_WORDS = String.raw`\b(?:yearly|annual(?:ly)?|monthly|weekly|daily|hourly|quickly|rapidly|swiftly|slowly|instantly|immediately)\b`;
const PACE = new RegExp(`${SPEED}|${SPAN_TAKEN}|${RATE_SPAN}|${SPAN_UNCOUNTED}|${PACE_WORDS}`, 'iu');

/** Whether the text gives how fast: a speed, the time something took, a rate or the pace in words. */
export function givesPace(text: string): boolean {
  return PACE.test(text);
}
