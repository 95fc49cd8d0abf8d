// A temperature asked ("how cold is…", "at what temperature…") and a temperature given ("−230 °C",
// "45 degrees Fahrenheit", "40 kelvin"), for the kinds of answer (askedAnswerKind.ts).

import { AUXILIARY } from '../search/auxiliaryVerbs.js';

/**
 * A temperature asked: "how cold / hot / warm is / does / gets…", "(at) what (room / ice)
 * temperature…", "what is the (surface) temperature of…". Not "how hot" after a preposition ("news
 * of how hot the market is"), nor "what does temperature do…", nor a temperature in a question
 * that asks something else ("why does water boil at a lower temperature…").
 */
const TEMPERATURE_ASKED_AT = new RegExp(
  String.raw`(?<!\b(?:for|on|about|by|of|to) )\bhow (?:cold|hot|warm)\b|\bwhat (?:(?!${AUXILIARY}\b)[\w-]+ )?temperatures?\b|\bwhat(?:['’]s| is| was| are| were) the (?:[\w-]+ )?temperatures?\b`,
  'i',
);
export const TEMPERATURE_ASKED: { test(question: string): boolean } = { test: (question) => TEMPERATURE_ASKED_AT.test(question) };

/**
 * A temperature given: a number in degrees ("−230 °C", "45°F", "100 degrees", "40 kelvin"; a bare
 * "C" or "F" only after the degree sign), a freezing, boiling or melting point, "below zero".
 */
export const TEMPERATURE_GIVEN = /\d\s?(?:°|º|degrees?\b|kelvin\b)|\b(?:boiling|freezing|melting) point\b|\bbelow (?:zero|freezing)\b/i;
