// A weight asked ("how heavy…", "how much does … weigh?") and a weight given ("250 kilograms", "660
// tonnes", "5 lb"), for the kinds of answer (askedAnswerKind.ts).

import { DO_FORMS, MODAL_VERBS, oneOf } from '../search/auxiliaryVerbs.js';
import { anyClause, firstThen } from './clauseReading.js';
import { AND_A_HALF, askedInUnits, CARDINAL_WORDS, MAGNITUDE_WORDS, UNIT_MULTIPLIER } from './quantityWords.js';

/**
 * A weight asked: "how heavy…" (not after a preposition: "estimates of how heavy the galaxies are"
 * ask of the estimates), and "how much / what" with do-support before "weigh" in the same clause
 * (anyClause): "how much does an adult tortoise weigh?", "what did the doses weigh?", where the
 * thing weighed is the subject. Without do-support "weigh" is figurative ("what weighs most heavily
 * against heat pumps?", "what weighed against the defendants?"), as is "the weight of" (of
 * evidence, of opinion), and neither is read; nor "weigh in / on / up".
 */
const HOW_HEAVY = /(?<!\b(?:for|on|about|by|of|to) )\bhow heavy\b/i;
const WEIGH_WITH_DO_SUPPORT = anyClause(
  firstThen(new RegExp(String.raw`\b(?:how much|what)\s+(?:${oneOf([...DO_FORMS, ...MODAL_VERBS])})\b`, 'i'), /\bweigh\b(?!\s+(?:in|on|up|down|against)\b)/i),
);
/**
 * Pounds are money as often after a multiplier ("40 million pounds", "40m pounds", "stamps worth
 * about three million pounds", as askedPrice.ts reads them), and weigh there only before "of" ("2
 * million pounds of plastic") or a few words after "weighs" ("weighs an estimated 13 million
 * pounds").
 */
const WEIGHED_BY_MULTIPLIER = String.raw`\bweigh(?:s|ed|ing)?(?:\s+[a-z-]+){0,3}\s+(?:[\d.,]+\s?|(?:${CARDINAL_WORDS}|a)\s+)${UNIT_MULTIPLIER}[\s-]+pounds?`;
const POUNDS_WEIGHED = String.raw`pounds?(?:(?<!(?:\b${MAGNITUDE_WORDS}|\d\s?(?:bn|m))[\s-]+pounds?)|(?=\s+of\b)|(?<=${WEIGHED_BY_MULTIPLIER}))`;
/** Units of weight spelt out, which a number in words may come before too ("two tonnes"). */
const WEIGHT_UNIT_WORDS = String.raw`(?:kilo|milli|centi)?grams?|kilos?|tonnes?|tons?|${POUNDS_WEIGHED}|ounces?|stone`;
/**
 * A weight asked in its unit: "What was Iceland's total allowable catch of cod in tonnes?", "…in
 * kg?"; not "in pounds" (money as often), nor a rate ("in tonnes per year").
 */
const IN_WEIGHT_UNITS = askedInUnits(String.raw`(?:kilo|milli|centi)?grams|kilos|tonnes|tons|ounces|kg`);
export const WEIGHT_ASKED: { test(question: string): boolean } = {
  test: (question) => HOW_HEAVY.test(question) || WEIGH_WITH_DO_SUPPORT.test(question) || IN_WEIGHT_UNITS.test(question),
};
/**
 * A weight to a measure is a concentration, a dose or a yield, no weight: "0.7 mg/L", "140 mg/dL",
 * "9 mg/kg", "5,000 kg/ha", "3 mg per kilogram", "20 tonnes per hectare", "30 kg per m²": one list of
 * measures after "/" or "per". A weight a day, a year, an hour or a person stays one ("10 mg/day",
 * "500 kg/h", "5 kg/person"): a catch in tonnes is "300,000 tonnes a year".
 */
const PER_MEASURE = String.raw`(?!\s?(?:\/\s?|per\s)(?:(?:kilo|milli|centi)?grams?|kg|kilos?|lit(?:re|er)s?|l|dl|ml|hectares?|ha|acres?|tonnes?|tons?|square|cubic|m[²³23]|km)(?![a-z\d]))`;
/**
 * A weight given: a number and a unit of weight ("250 kilograms", "660 tonnes", "5 kg", "12 lb",
 * "3.5oz"), a multiplier between them too ("3 billion kg", "1.5 million tons", as chat and the press
 * write it "2m tonnes", "1.5bn tonnes"), or a number in words and a unit spelt out ("two tonnes",
 * "half a ton"); not a weight to a measure (PER_MEASURE). Not "tons of" without a number ("tons of
 * plastic"), nor a bare "g" or "t" ("5G", "a 2 t truck" is rare).
 */
export const WEIGHT_GIVEN = new RegExp(
  String.raw`(?<![\d.,])\d(?:[\d.,]*\d)?\s?(?:${UNIT_MULTIPLIER}\s)?(?:-\s?)?(?:kg|mg|lbs?|oz|${WEIGHT_UNIT_WORDS})\b${PER_MEASURE}|\b(?:${CARDINAL_WORDS}|half an?)(?:[\s-]+(?:to|or)[\s-]+${CARDINAL_WORDS})?(?:${AND_A_HALF})?[\s-]+(?:${WEIGHT_UNIT_WORDS})\b${PER_MEASURE}`,
  'i',
);
