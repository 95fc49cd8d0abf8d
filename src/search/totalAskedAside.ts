// A total asked in passing, in words no claim writes it in: "all told" ("How long were the two
// players out there playing, all told?"), "once you count it all up", "when you add them all up".
// The claims write a whole as "a total of", "in all", "altogether" (askedTotal.ts reads the question
// as asking one, from it as typed); searched, "told" and "count" drew claims on what someone was
// told or counted. "in total" and "altogether" stay searched: the claims' own words for it.

import { cued } from './cuedPattern.js';

// "all told" before a stop or the message's end ("…playing, all told?", "All told, how many…"); not
// who was told ("were they all told?", "we were all told to leave").
const ALL_TOLD = String.raw`(?<!\b(?:were|was|are|is|be|been|being|we|they|you|us|them|those|these)\s+)\ball\s+told\b(?=\s*(?:[,;:.!?…—–]|$))`;
// "once / when / if you count it all up", "after we add them all up", "when you tally everything up"
const COUNTED_UP = String.raw`\b(?:once|when|if|after)\s+(?:you|we|they|one)\s+(?:count|add|tally|total)\s+(?:it|them|everything)\s+(?:all\s+)?up\b`;

export const TOTAL_ASKED_ASIDE = cued(new RegExp(`${ALL_TOLD}|${COUNTED_UP}`, 'giu'), 'told|up');
