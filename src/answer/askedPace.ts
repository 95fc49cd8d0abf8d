// How fast something goes or happens, asked ("how fast can an Arctic tern fly?", "how quickly did
// the flames eat through the ship?") and given, for the kinds of answer (askedAnswerKind.ts). People
// ask it of a speed ("35 miles per hour", "23 metres per second", "Mach 2"), of a rate ("60
// centimetres a day", "10% a year") and of the time something took ("in about 10 seconds",
// "within 36 hours", "within weeks"): any of them answers it. A claim on the same thing that gives
// none ("Over its lifetime an Arctic tern may fly more than 2.4 million km") does not.

import { DURATION } from './askedDuration.js';

/**
 * "How fast / quickly / rapidly…"; not "fast" naming a thing ("how fast fashion harms…", "how fast
 * food is regulated", "fast-tracked", "the fast lane").
 */
export const PACE_ASKED = /\bhow (?:fast|quickly|rapidly)\b(?!\s+(?:fashion|food|track|lane)s?\b)(?!-)/i;

/**
 * A speed by its unit: "603 km/h", "35 mph", "23 m/s", "30 knots", "Mach 2", and a unit of length
 * per unit of time spelt out ("metres per second", "miles an hour").
 */
const SPEED = String.raw`\d\s?(?:mph|km\/h|kph|kmh|m\/s|knots?)\b|\bmach\s?\d|\b(?:millimet(?:re|er)s?|centimet(?:re|er)s?|met(?:re|er)s?|kilomet(?:re|er)s?|miles?|feet|inch(?:es)?|km|cm|mm)\s+(?:per|an?)\s+(?:second|minute|hour|day|week|month|year)\b`;
/** The time something took without a number: "within days", "only weeks", "in a matter of hours", "in seconds". */
const SPAN_UNCOUNTED = String.raw`\b(?:within|in|only|just)\s+(?:a\s+matter\s+of\s+)?(?:seconds|minutes|hours|days|weeks|months)\b`;
/** A rate by its span ("recent yearly settlement … about 6 centimetres", "daily"), or the pace in words ("the paint flakes away quickly"). */
const PACE_WORDS = String.raw`\b(?:yearly|annual(?:ly)?|monthly|weekly|daily|hourly|quickly|rapidly|swiftly|slowly|instantly|immediately)\b`;
const PACE = new RegExp(`${SPEED}|${SPAN_UNCOUNTED}|${PACE_WORDS}`, 'i');

/** Whether the text gives how fast: a speed, a rate, a span of time (DURATION reads "60 cm a day"'s "a day" and "in about 10 seconds") or the pace in words. */
export function givesPace(text: string): boolean {
  return DURATION.test(text) || PACE.test(text);
}
