// A length asked ("how tall…", "how far…") and a length given ("6.2 metres", "forty feet"), for the
// kinds of answer (askedAnswerKind.ts).

import { anyClause, lastNotFollowedBy } from './clauseReading.js';
import { AND_A_HALF, askedInUnits, CARDINAL_WORDS, UNIT_MULTIPLIER } from './quantityWords.js';

/**
 * A length asked: "how tall …", "how far away / does / did / can …" (not how far back, off, past or
 * over budget, nor how far a figure sank, rose, was cut or reduced, a change verb after it in its
 * clause: a change by a degree or an amount, not a distance: "how far had production been cut by
 * 2022?"). "Jump" is no change verb there: how far someone jumped is a distance ("how far did Owens
 * jump to win the long jump?"); a figure that jumped is asked "how much". "How high / deep / wide /
 * thick" ask a figure (FIGURE_ASKED): costs, prices and rates are high, a divide or a cut is deep.
 */
const HOW_FAR_AWAY = anyClause(
  lastNotFollowedBy(
    /(?<!\b(?:for|on|about|by|of|to) )\bhow far\b(?!\s+(?:back|off|past|over|under|ahead|along|behind)\b)/i,
    /\b(?:sink|sank|sunk|fall|fell|fallen|drop|dropped|rise|rose|risen|grow|grew|grown|climb|climbed|decline|declined|shrink|shrank|shrunk|compared|cut|cuts|reduce[ds]?|slash(?:ed|es)?|lowered|raised|increase[ds]?|decrease[ds]?|boost(?:ed|s)?|trim(?:med|s)?|curtail(?:ed|s)?|scaled back|slump(?:ed|s)?|plunge[ds]?|tumble[ds]?|soar(?:ed|s)?|improve[ds]?|worsen(?:ed|s)?)\b/i,
  ),
);
/** Units of length spelt out, which a number in words may come before too ("two metres"). */
const LENGTH_UNIT_WORDS = String.raw`millimet(?:re|er)s?|centimet(?:re|er)s?|met(?:re|er)s?|kilomet(?:re|er)s?|miles?|feet|foot|inch(?:es)?|yards?|nautical miles?`;
/**
 * A length asked in its unit: "How big is the Great Wave print in centimetres?", "…in feet?"; not
 * a speed or a rate ("in kilometres per hour", "in miles an hour").
 */
const IN_LENGTH_UNITS = askedInUnits(String.raw`${LENGTH_UNIT_WORDS}|km|cm|mm`);
export const LENGTH_ASKED: { test(question: string): boolean } = { test: (question) => /\bhow tall\b/i.test(question) || HOW_FAR_AWAY.test(question) || IN_LENGTH_UNITS.test(question) };
/**
 * A race named by its distance: "the 100 m", "the men's 1,500 metres", "the 4 × 100 m relay", after
 * "the" and before a stop, "and", "or", a preposition or a race's word ("final", "hurdles"): "Owens
 * won the 100 m, the long jump, the 200 m…" names his races, not a length; "the 25km tunnel", "the
 * 42.195 km distance" measure one.
 */
const RACE_DISTANCE = String.raw`(?<=\bthe\s(?:(?:men|women)['’]s\s)?(?:\d\s?[×x]\s?)?)\d[\d,.]*\s?(?:m|metres|meters|km|kilometres|kilometers|miles?)(?=\s*(?:[.,;:!?)]|$|(?:and|or|at|on|in|final|heats?|relay|hurdles|race|title|event|freestyle|backstroke|breaststroke|butterfly|medley|sprint|dash|steeplechase|(?:world )?record|gold)\b))`;
/**
 * A number in a unit of length: a number and a unit ("6.2 metres", "42 kilometres", "30m", "5 ft"),
 * a multiplier between them too ("2.4 million km", "1.5 billion miles", as chat and the press write
 * it "2.4m km", "1.5bn miles"), or a number in words and a unit spelt out ("one to two metres",
 * "forty feet", "half a metre"); not a race named by its distance (RACE_DISTANCE). A bare "m" is a
 * metre only before a length word or a stop ("30m high", "the 5m-deep shaft", "bored 9 m."), never
 * after a currency ("£5m", "EUR 5m"): before anything else it is a million ("5m Americans"). The
 * number starts after no digit, so it is not retried at every digit of a long run. `after`: what
 * may not follow the unit.
 */
function inLengthUnits(after: string): RegExp {
  return new RegExp(
    String.raw`(?<![\d.,])(?<!(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|INR|CAD|AUD|Rs|US))\s?)(?!${RACE_DISTANCE})\d(?:[\d.,]*\d)?\s?(?:${UNIT_MULTIPLIER}\s)?(?:-\s?)?(?:mm|cm|m(?=\s*(?:high|tall|long|wide|deep|thick|across|below|above|underground|under|down|up|away|in (?:diameter|length|height|depth)|[-–.,;:)]|$))|km|${LENGTH_UNIT_WORDS}|ft)\b${after}|\b(?:${CARDINAL_WORDS}|half an?)(?:[\s-]+(?:to|or)[\s-]+${CARDINAL_WORDS})?(?:${AND_A_HALF})?[\s-]+(?:${LENGTH_UNIT_WORDS})\b${after}`,
    'i',
  );
}
/**
 * An area, a volume or a speed in a unit of length: "17.1 million km²", "60 km³", "10 kilometres
 * squared", "30 km/h", "11 km/s", "120 km/hr", "35 miles per hour", "50 km per hr", "eight metres a
 * second": one list of units of time after "/" or "per". A distance a day or a year stays a length:
 * how far the birds fly each day is "500 km a day".
 */
const SPEED_TIME_UNITS = String.raw`(?:h|hrs?|hours?|s|secs?|seconds?|mins?|minutes?)`;
const AREA_OR_SPEED = String.raw`(?!\s?(?:[²³]|squared\b|cubed\b|(?:\/\s?|(?:per|an?)\s)${SPEED_TIME_UNITS}\b))`;
/** A number in a unit of length, an area's or a speed's too: a figure measured (FIGURE_ASKED). */
export const MEASURED_IN_LENGTH_UNITS = inLengthUnits('');
/** A length given (inLengthUnits): not an area, a volume or a speed (AREA_OR_SPEED). */
export const LENGTH_GIVEN = inLengthUnits(AREA_OR_SPEED);
