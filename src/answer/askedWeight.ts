// A weight asked ("how heavy…", "how much does … weigh?") and a weight given ("250 kilograms", "660
// tonnes", "5 lb"), for the kinds of answer (askedAnswerKind.ts).

import { CARDINAL_WORDS } from './quantityWords.js';

/**
 * A weight asked: "how heavy…", "how much do / does / did / can / would … weigh", "what does … weigh",
 * "what is the weight of…". Not "weigh in", "weigh on", "weigh up" (a say, a burden, a choice), nor
 * "how heavy" after a preposition ("estimates of how heavy the galaxies are" ask of the estimates).
 */
const WEIGHT_ASKED_AT = /(?<!\b(?:for|on|about|by|of|to) )\bhow heavy\b|\b(?:how much|what)\b[^?.!]*?\bweigh(?:s|ed)?\b(?!\s+(?:in|on|up|down|against)\b)|\bwhat(?:['’]s| is| was| are| were) the (?:[\w-]+ )?weight of\b/i;
export const WEIGHT_ASKED: { test(question: string): boolean } = { test: (question) => WEIGHT_ASKED_AT.test(question) };

/** Units of weight spelt out, which a number in words may come before too ("two tonnes"). */
const WEIGHT_UNIT_WORDS = String.raw`(?:kilo|milli|centi)?grams?|kilos?|tonnes?|tons?|pounds?|ounces?|stone`;
/**
 * A weight given: a number and a unit of weight ("250 kilograms", "660 tonnes", "5 kg", "12 lb",
 * "3.5oz"), or a number in words and a unit spelt out ("two tonnes", "half a ton"). Not "tons of"
 * without a number ("tons of plastic"), nor a bare "g" or "t" ("5G", "a 2 t truck" is rare).
 */
export const WEIGHT_GIVEN = new RegExp(
  String.raw`(?<![\d.,])\d(?:[\d.,]*\d)?\s?(?:-\s?)?(?:kg|mg|lbs?|oz|${WEIGHT_UNIT_WORDS})\b|\b(?:${CARDINAL_WORDS}|half an?)(?:[\s-]+(?:to|or)[\s-]+${CARDINAL_WORDS})?(?: and a half)?[\s-]+(?:${WEIGHT_UNIT_WORDS})\b`,
  'i',
);
