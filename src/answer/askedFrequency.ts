// How often something happens, asked ("How often do reverse osmosis membranes need replacing?",
// "how often should a heat pump be serviced?") and given ("20 times a day", "twice a year", "every 6
// to 35 years", "in about one in six patients", "is often low"), for the kinds of answer
// (askedAnswerKind.ts). A claim on the thing that tells no frequency (who proposed a new membrane,
// what a unit costs) does not say how often.

import { CARDINAL_WORDS } from './quantityWords.js';
import { AUXILIARY } from '../search/auxiliaryVerbs.js';

/**
 * "How often / how frequently" and the question's auxiliary ("how often do…", "how often should…",
 * "how often is…"). Not "how often" as the object of another word ("what effect has X had on how
 * often the geyser goes off?", "does anyone know how often the index is updated"), where no
 * auxiliary follows it: the question asks about it, and a claim may answer without a figure.
 */
export const FREQUENCY_ASKED = new RegExp(String.raw`\bhow (?:often|frequently)\s+${AUXILIARY}\b`, 'i');

const SPAN = String.raw`(?:hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|seasons?|nights?|summers?|winters?)`;
const NUMBER = String.raw`(?:\d[\d.,]*|${CARDINAL_WORDS}|a few|several|many)`;

/**
 * A frequency given: times in a span ("20 times a day", "twice a year", "three times per week"),
 * "every" and a span ("every 6 to 35 years", "every other year", "every winter"), a rate in a span
 * ("daily", "annually", "per year"), a share of the cases in words ("one in six", "one to two
 * percent", "roughly a fifth"; a share in figures is SHARE_GIVEN), or a word of frequency ("often",
 * "rarely", "intervals").
 */
export const FREQUENCY_GIVEN = new RegExp(
  [
    String.raw`\b(?:${NUMBER}\s+times|once|twice|thrice)\s+(?:a|an|per|each|every)\b`,
    String.raw`\bevery\s+(?:(?:${NUMBER}|other)\s+)?(?:(?:to|or|-|–)\s*${NUMBER}\s+)?${SPAN}\b`,
    String.raw`\b(?:hourly|daily|nightly|weekly|monthly|quarterly|annually|yearly|seasonally)\b`,
    String.raw`\b(?:per|a|each)\s+(?:hour|day|week|month|year|decade)\b`,
    String.raw`\b(?:one|two|three|\d+)\s+(?:in|out of)\s+(?:every\s+)?(?:\d|${CARDINAL_WORDS})`,
    String.raw`\b${CARDINAL_WORDS}\s+per\s?cent\b`,
    String.raw`\b(?:a|one)\s+(?:fifth|sixth|tenth|twentieth|hundredth)\b`,
    String.raw`\b(?:often|oftener|rarely|seldom|frequently|frequency|occasionally|regularly|routinely|intervals?)\b`,
  ].join('|'),
  'i',
);
