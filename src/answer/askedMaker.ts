// Who made or won something, asked ("who founded…?") and given ("founded by…", "et al."), for the
// kinds of answer (askedAnswerKind.ts).

import { oneOf } from '../search/auxiliaryVerbs.js';
import { ARTICLES, THIRD_PERSON_POSSESSIVES } from '../search/determiners.js';
import { matchesOf } from '../search/matchesOf.js';
import { FUNCTION_WORDS } from '../search/stopWords.js';
import { clauseOpening } from './clauseReading.js';
import { isConditionNoun } from './conditionNoun.js';
import { MONTHS } from './yearWords.js';

/** The verbs of making or winning a question asks its maker by, in the forms it asks them in ("who wrote", "who went on to write", "who ended up writing"). */
const MAKING_VERBS: readonly { base: string; past: string; ing: string }[] = [
  { base: 'write', past: 'wrote', ing: 'writing' },
  { base: 'win', past: 'won', ing: 'winning' },
  { base: 'paint', past: 'painted', ing: 'painting' },
  { base: 'invent', past: 'invented', ing: 'inventing' },
  { base: 'found', past: 'founded', ing: 'founding' },
  { base: 'build', past: 'built', ing: 'building' },
  { base: 'design', past: 'designed', ing: 'designing' },
  { base: 'develop', past: 'developed', ing: 'developing' },
  { base: 'create', past: 'created', ing: 'creating' },
  { base: 'discover', past: 'discovered', ing: 'discovering' },
  { base: 'coin', past: 'coined', ing: 'coining' },
  { base: 'compose', past: 'composed', ing: 'composing' },
  // A collection made by gathering its parts ("who put together the first folio?", held-out 62): by whom, as "prepared by" names.
  { base: 'compile', past: 'compiled', ing: 'compiling' },
  { base: 'put together', past: 'put together', ing: 'putting together' },
];
const MADE = oneOf(MAKING_VERBS.map((verb) => verb.past));

/**
 * The making told as where a story went: "who went on to win", "who ended up winning" (held-out 56's
 * "Who went on to win the men's singles at Wimbledon that year?").
 */
const WENT_ON_TO = String.raw`(?:went|would\s+go|goes)\s+on\s+to\s+${oneOf(MAKING_VERBS.map((verb) => verb.base))}\b|(?:ended|ends|wound)\s+up\s+${oneOf(MAKING_VERBS.map((verb) => verb.ing))}\b`;

/**
 * "Who wrote / won / painted / invented / founded …", opening the question or a sentence of it
 * (clauseOpening): the person or body that made or won something. Mid-sentence "who" is someone
 * described ("…changed who won a seat"), and "who found that…" asks for a source, not a maker. An
 * adverb may come between ("who finally won"), one the asker stresses the question with too ("who
 * actually designed…", "who even built…"), or the making told as where a story went (WENT_ON_TO).
 */
export const MAKER_ASKED = new RegExp(
  String.raw`\bwho${clauseOpening('who')}\s+(?:(?:first|finally|eventually|ultimately|originally|actually|really|even|truly)\s+)?(?:${MADE}\b|${WENT_ON_TO})`,
  'i',
);
/**
 * What names who made or won something: the making itself (an author, a winner, "founded"…, "for
 * inventing", "credited with discovering", "credit for the design"), or "et al.", in any case
 * ("Founded by…" opens a sentence). Not a making "by" a time ("built by the end of 2020", "started by the time the law
 * passed").
 */
const MAKING = new RegExp(String.raw`\bet al\b|\bcredit(?:ed)?\s+for\s+${oneOf(['the', ...THIRD_PERSON_POSSESSIVES])}\s+(?:design|discovery|invention)\b|\b(?:wrote|written|writers?|authors?|won|winners?|painted|painters?|invented|inventing|inventors?|founded|founders?|makers?|designers?|builders?|creators?|discovering|discoverers?)\b`, 'i');
/** Lower-case words that make "by" a time, not a maker or an owner: "built by the end of 2020", "by then", "by the time the law passed". */
export const TIME_AFTER_BY: readonly string[] = ['end', 'mid', 'then', 'now', 'next', 'early', 'late', 'this', 'that', 'time'];
/** The makings told in the past of their maker ("built", "designed"), which a thing made is told by too ("built in 1990"). */
const MADE_OF_MAKER: readonly string[] = ['built', 'designed', 'developed', 'created', 'discovered', 'coined', 'composed', 'manufactured'];
/**
 * "<made> by" a lower-case word ("developed by researchers at…"), the verb in any case ("Built by…"
 * opens a sentence) but the word after "by" in lower case only: a capital is a name (BY_CAPITALISED)
 * or a time ("built by March 2021", "by Q3", "by Christmas": NOT_A_MAKER).
 */
const MADE_BY = new RegExp(
  String.raw`\b(?:${[...MADE_OF_MAKER, 'started'].map(inItsCases).join('|')}) (?:by|BY) (?!(?:the |a |an )?${oneOf(TIME_AFTER_BY)}\b)(?:the |a |an )?[a-z]`,
);
/** A lower-case word as written in a sentence, opening one, or in capitals ("built", "Built", "BUILT"): one flag cannot case one part of a pattern. */
function inItsCases(word: string): string {
  return `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}|${word.toUpperCase()}`;
}
/** "by" and a capitalised word: a name ("led by Brian Nosek", "by the Gates Foundation"), unless a time (NOT_A_MAKER). */
const BY_CAPITALISED = /\bby\s+(?:the\s+)?(\p{Lu}[\p{L}\d]*)/gu;
/**
 * Times that "by" sets, not makers, in lower case to compare any spelling ("by March 2021", "by
 * MARCH 2021", "by Spring 2020", "by Q3", "by Christmas"): months, weekdays, seasons, quarters and
 * halves of a year, and holidays.
 */
export const NOT_A_MAKER: ReadonlySet<string> = new Set([
  ...MONTHS.map((month) => month.toLowerCase()),
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['spring', 'summer', 'autumn', 'fall', 'winter', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2'],
  ...['christmas', 'easter', 'thanksgiving'],
]);
/**
 * A win or an award told from the winner's side: "…read the first word, winning the First Letters
 * prize" (not "the winning design", "a winning strategy": no one named), "the Grand Prize was
 * awarded in February 2024 to Youssef Nader…", "presented to the Royal Society" (a capitalised
 * name after "to", at most three words between; not "given to patients", "awarded to a team").
 */
const WON_OR_AWARDED = new RegExp(String.raw`\bwinning\s+${oneOf([...ARTICLES, ...THIRD_PERSON_POSSESSIVES])}\b|\b(?:awarded|presented|given)\s+(?:[\p{L}\p{N}$€£,.-]+\s+){0,3}?to\s+(?:the\s+)?\p{Lu}`, 'u');
/**
 * The making told in the active voice, its maker before it and what was made after ("Architect
 * Tony Kettle of RMJM designed the wheel's shape", "two French construction groups designed and
 * built the arch", "has designed the"): the verb with an object (a determiner or a capitalised
 * name), not after a form of be, whose subject is what was made ("was built the year after"), nor
 * as an adjective ("the newly built Vasa Museum"). Group 1 the verbs.
 */
const MADE_ACTIVE = new RegExp(
  String.raw`(?<!\b(?:am|is|are|was|were|be|been|being|newly|purpose|specially)[\s-])\b(${oneOf(MADE_OF_MAKER)}(?:\s+and\s+${oneOf(MADE_OF_MAKER)})?)\s+(?:(?:the|a|an|its|his|her|their|this|these|those)\s+(?!(?:same|following|next|previous|first|last)\b)|\p{Lu})`,
  'gu',
);
/**
 * The makings that also tell of coming to have a condition: "Patients developed a rash", "Haise
 * developed a urinary tract infection" name no maker; "developed the vaccine" does.
 */
const COMING_TO_HAVE: readonly string[] = ['developed'];
/** Up to three lower-case words: the object's words after its determiner, its head the last before a function word or a mark. */
const OBJECT_WORDS = /^[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}/u;

/** Whether a making in the active voice (MADE_ACTIVE) names its maker: not one of coming to have (COMING_TO_HAVE) a condition (conditionNoun.ts). */
function madeActive(text: string): boolean {
  for (const match of matchesOf(text, MADE_ACTIVE)) {
    const verbs = (match[1] as string).toLowerCase().split(/\s+and\s+/);
    if (!verbs.every((verb) => COMING_TO_HAVE.includes(verb))) return true;
    const words = OBJECT_WORDS.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 80))?.[0].split(/\s+/) ?? [];
    const end = words.findIndex((word) => FUNCTION_WORDS.has(word));
    const head = (end === -1 ? words : words.slice(0, end)).at(-1);
    if (head === undefined || !isConditionNoun(head)) return true;
  }
  return false;
}

/** Whether the text names who made or won something: the making, a win or award to someone, "et al.", or "by" a name. */
export function namesMaker(text: string): boolean {
  if (MAKING.test(text) || MADE_BY.test(text) || WON_OR_AWARDED.test(text) || madeActive(text)) return true;
  for (const [, word] of matchesOf(text, BY_CAPITALISED)) if (word !== undefined && !NOT_A_MAKER.has(word.toLowerCase())) return true;
  return false;
}
