// A physical measure asked by its noun ("What maximum voltage does the eel produce?", "What water
// pressure can tardigrades withstand?", "How much thrust did the engine produce?"), by how loud
// something is or in a unit of speed ("…in knots?"), and a measure
// given, a number in a unit of one ("860 volts", "70 dBA", "10 to 15 megatons", "35 miles per
// hour", "Mach 2.2"), for the kinds of answer (askedAnswerKind.ts). A claim on the same thing that
// gives no such figure ("the study split the electric eel into three species") does not say it.
// Power and energy are left out: "how much power / energy did it save?" is answered by a share as
// often; so is "how fast / quickly", by the time it took as often ("within a matter of days").

import { AUXILIARY } from '../search/auxiliaryVerbs.js';
import { anyClause } from './clauseReading.js';

/**
 * The nouns of a physical measure. Not "speed" nor "frequency", a rate or a share in people's words
 * as often ("what reading speed…", "what frequency of service…").
 */
const MEASURE_NOUNS = String.raw`voltages?|pressures?|thrust|wattage|horsepower|decibels?|loudness|noise levels?`;
/**
 * A measure named: "what (maximum / water) voltage…", "what is the (peak) pressure of…", "how much
 * thrust…", heading what is asked: the question's verb, a preposition or its end follows the noun
 * ("What water pressure can tardigrades withstand?"), not another noun it qualifies ("What blood
 * pressure benefits do desks have?" asks benefits), nor a pressure on, to or from someone.
 */
const MEASURE_NAMED = new RegExp(
  String.raw`(?:\bwhat (?:[\w-]+ )?|\bwhat(?:['’]s| is| was| are| were) the (?:[\w-]+ ){0,2}|\bhow much (?:[\w-]+ )?)(${MEASURE_NOUNS})\b(?=\s*(?:[?.!,;:]|$)|\s+(?:${AUXILIARY}|of|in|at|inside|during|when)\b)`,
  'i',
);
/** How loud, not after a preposition ("complaints about how loud the bars are" ask of the complaints). */
const HOW_LOUD = /(?<!\b(?:for|on|about|of|by|to) )\bhow loud\b/i;
/** A figure asked in a unit of speed: "in knots", "in mph", "in kilometres per hour". */
const IN_SPEED_UNITS = /\bin (?:knots|mph|km\/h|kilomet(?:re|er)s (?:an|per) hour|miles (?:an|per) hour)\b/i;
/**
 * Pressure put on, faced, exerted or been under is no physical measure ("What pressure did the
 * unions put on the government?", "What pressure are shop workers under?"): a clause saying so after
 * its noun asks none.
 */
const PRESSURE_EXERTED = /\bpressures?\b.*\b(?:put|puts|putting|exert(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|fac(?:e|es|ed|ing)|felt|feel|feels|under)\b/i;
export const MEASURE_ASKED = anyClause((clause) => HOW_LOUD.test(clause) || IN_SPEED_UNITS.test(clause) || (MEASURE_NAMED.test(clause) && !PRESSURE_EXERTED.test(clause)));
/** The noun naming a measure asked, for kindNounsAsked: "voltage" in "What maximum voltage…?". */
export function measureNounAsked(question: string): string | undefined {
  return MEASURE_NAMED.exec(question)?.[1];
}

/**
 * The units of a physical measure after a number: speed ("km/h", "mph", "knots", "metres per
 * second"), electric ("volts", "kV", "amps"), power and energy ("watts", "MW", "kWh", "horsepower",
 * "joules", "megatons"), pressure ("bar", "psi", "atmospheres", "mmHg", "pascals"), force
 * ("newtons", "pounds of thrust"), sound ("decibels", "dBA") and frequency ("hertz", "kHz"). One letter alone ("V", "W") only in capitals: "a 12V battery", not "5 w".
 */
const MEASURE_UNIT = String.raw`km\/h|kph|mph|knots|m\/s|(?:miles|kilomet(?:re|er)s|met(?:re|er)s|feet) (?:an|a|per) (?:hour|second)|volts?|kilovolts?|kv|amps?|amperes?|milliamps?|watts?|kilowatts?|megawatts?|gigawatts?|kw|mw|gw|kwh|mwh|gwh|twh|horsepower|hp|joules?|kilojoules?|megajoules?|kj|mj|calories|kcal|megatons?|kilotons?|megatonnes?|kilotonnes?|tons of tnt|bar|psi|atmospheres?|atm|mmhg|pascals?|kpa|mpa|hpa|newtons?|kn|kilonewtons?|lbf|pounds of (?:thrust|force)|decibels?|dba?|hertz|hz|khz|mhz|ghz`;
const MEASURE_FIGURE = new RegExp(String.raw`(?<![\w.,])\d(?:[\d.,]*\d)?\s?-?\s?(?:${MEASURE_UNIT})\b`, 'i');
const ONE_LETTER_UNIT = /(?<![\w.,])\d(?:[\d.,]*\d)?\s?[VW]\b/;
/** A speed by the speed of sound: "Mach 2.2". */
const MACH = /\bMach\s?\d/;

/** Whether the text gives a physical measure: a number in a unit of one. */
export function givesMeasure(text: string): boolean {
  return MEASURE_FIGURE.test(text) || ONE_LETTER_UNIT.test(text) || MACH.test(text);
}
