// Whether a question asks two things at once: "How many containers did the Ideal X carry, and what
// did it cost per ton to load her?", "…in 1968? And what did The Lancet say…?"; and a thing in each
// of two years ("…the doping scandals at the Tour in 1998 and 2012?"). Two claims often answer it,
// one part each, and neither alone covers the question (answerability.ts twoClaimsGain). A choice
// between two things asked ("Which came first, the Berlin blockade or the bombing of Guernica?") is
// two things too: each is told in a claim of its own.

import { AUXILIARY } from '../search/auxiliaryVerbs.js';

/** The question words, a second question's first. */
const QUESTION_WORD = '(?:what|how|when|where|which|who|why|whose)';
/**
 * "… and" followed by a question word or an auxiliary (any: auxiliaryVerbs.ts) that opens a second
 * question; the question word also after a preposition ("…, and in what year?", "and by how much?",
 * "and for how many hours?"). Not two question words joined before one verb ("When and where did
 * Shackleton die?", "where and when was the rite of spring first performed?"): they ask two things
 * of one event, which one claim tells; read as two, a death told of one person and the name of
 * another in two claims answered it.
 */
const AND_ASKS = new RegExp(
  String.raw`(?<!\b${QUESTION_WORD})\sand\s+(?:(?:(?:in|at|by|for|from|to|on|of|with|since|until|during|over|under|after|before)\s+)?${QUESTION_WORD}|${AUXILIARY})\b`,
  'iu',
);
/**
 * Two years or decades joined by "and" or "vs" ("…at the Tour in 1998 and 2012?", "1995 vs
 * 2019?", "…in 2001 and from 2006?"): a claim often gives each year's part. Not a span ("between
 * 2008 and 2016", "between the 1990s and 2010s"); two years joined by "or" ask which one ("was it
 * 2012 or 2013?").
 */
const TWO_YEARS = /(?<!\b(?:between|from)\s+(?:the\s+)?)(?<![\p{L}\p{N}])(1\d{3}|20\d{2})s?\s+(?:and|vs\.?|versus)\s+(?:(?:in|from|since|by|until|after|before|during)\s+(?:the\s+)?)?(1\d{3}|20\d{2})s?(?![\p{L}\p{N}])/iu;
/** A question mark with more asked after it, up to another. */
const TWO_QUESTION_MARKS = /\?\s*\S.*\?/u;
/**
 * "Which / who …," or "…:" then two things joined by "or" ("Which is older, the Lego company or
 * the Guernica commission?", "Which came first in 1956: the first Eurovision or the Ideal X's first
 * voyage?", "who designed bell rock, stevenson or rennie?"): a choice between two things, each
 * told in a claim of its own. Not examples of one thing after the comma ("Which airlines made big
 * SAF moves, either targets or flights?", "…, like parking or owner-occupancy?").
 */
const CHOICE_OF_TWO = /\b(?:which|who)\b[^,:;?]{1,60}[,:](?!\s*(?:either|like|such\s+as|including|especially|e\.g\.)\s)[^?]*?\S\s+or\s+\S/iu;

/** Whether `asked` (the question as typed) asks a second question joined by "and", two questions each ending in "?", or a choice between two things. */
export function asksTwoThings(asked: string): boolean {
  return AND_ASKS.test(asked) || TWO_QUESTION_MARKS.test(asked) || CHOICE_OF_TWO.test(asked);
}

/**
 * The two years `asked` asks a thing in (TWO_YEARS: "in 1998 and 2012" -> ["1998", "2012"]), or
 * none. It asks two things where the first claims state each year (answerability.ts): a claim a
 * year then; not where one claim dates another thing ("how much did tickets cost in 1973 vs
 * 2023?" against the opening in 1973).
 */
export function yearsAskedApart(asked: string): readonly string[] {
  const match = TWO_YEARS.exec(asked);
  return match ? [match[1] as string, match[2] as string] : [];
}
