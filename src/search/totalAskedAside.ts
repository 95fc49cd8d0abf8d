// A total asked in passing, in words no claim writes it in: "all told" ("How long were the two
// players out there playing, all told?"), "once you count it all up", "when you add them all up".
// The claims write a whole as "a total of", "in all", "altogether" (askedTotal.ts reads the question
// as asking one from these words too); searched, "told" and "count" drew claims on what someone
// was told or counted. "in total" and "altogether" stay searched: the claims' own words for it.

import { BE_VERB_FORMS, oneOf } from './auxiliaryVerbs.js';
import { cued } from './cuedPattern.js';

const BE = oneOf(BE_VERB_FORMS);
/** "all told", how a total is asked (askedTotal.ts). */
export const ALL_TOLD = String.raw`all\s+told`;
// "once / when / if you count it all up", "after we add them all up", "when you tally everything up"
export const COUNTED_UP = String.raw`(?:once|when|if|after)\s+(?:you|we|they|one)\s+(?:count|add|tally|total)\s+(?:it|them|everything)\s+(?:all\s+)?up`;
// "all told" before a stop or the message's end ("…playing, all told?", "All told, how many…"); not
// who was told: after a form of "be" or a pronoun ("we were all told to leave"), nor in a sentence
// opening with one ("Were the residents all told?"). "all told" is looked for first and what stands
// before it looked behind from there: a look-behind opening the pattern is tried at every position,
// and this one looks back to the sentence's start.
const TOLD_ASIDE = String.raw`\b(?=${ALL_TOLD}\b)(?<!\b(?:${BE}|we|they|you|us|them|those|these)\s+)(?<!(?:^|[?!.]\s*)${BE}\b[^?!.]*)${ALL_TOLD}\b(?=\s*(?:[,;:.!?…—–]|$))`;

export const TOTAL_ASKED_ASIDE = cued(new RegExp(`${TOLD_ASIDE}|\\b${COUNTED_UP}\\b`, 'giu'), 'told|count|add|tally|total');
