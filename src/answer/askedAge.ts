// An age asked ("How old was Banting when he got the Nobel?", "how old is the universe?") and an
// age given ("aged 32", "at the age of 53", "Fourteen-year-old", "in his seventies", "13.8 billion
// years", "Ali, then 32, …"), for the kinds of answer (askedAnswerKind.ts). A claim on the
// person's or the thing's deeds names them and dates the deed without saying how old they were.

import { CARDINAL_WORDS, MAGNITUDE_WORDS } from './quantityWords.js';
import { NAMES_TYPED, namesCaptured, toldOfNamed } from './toldOfNamed.js';
import { oneOf, BE_FORMS, TIME_AUXILIARY_VERBS } from '../search/auxiliaryVerbs.js';
import { matchesOf } from '../search/matchesOf.js';
import { MONTHS } from './yearWords.js';

/**
 * An age asked: "how old" and a form of "be" ("how old was Nadia when…", "how old is the average
 * player?", "how old r they"). Not "how old can … get" (a lifespan: a claim says how long they
 * live), nor "how old" after a verb of knowing ("can the scans tell you how old a ruin is?") or in
 * a comparison ("…compare with how old the land masses are?"), where no form of "be" follows it.
 */
export const AGE_ASKED = new RegExp(String.raw`\bhow old(?:['’]s|\s+(?:${oneOf(BE_FORMS)}|r)\b)`, 'i');

/** A number of years, in digits or words, with a magnitude ("200 million", "13.8 billion"). */
const YEARS_NUMBER = String.raw`(?:\d[\d.,]*|${CARDINAL_WORDS}(?:[\s-]${CARDINAL_WORDS})?)(?:\s${MAGNITUDE_WORDS})?`;
/** A decade of life: "in his seventies", "in their early twenties", "in her mid-40s". */
const DECADE_OF_LIFE = String.raw`\bin (?:his|her|their) (?:(?:early|late|mid)[\s-]?)?(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[2-9]0s)\b`;

/**
 * A number of years, months, weeks or days old: "40 years old", "Fourteen-year-old", "200 million
 * years old", "a year old", "a six-month-old baby". It answers "when" only of the one it is told
 * of, as people date a step in a life by it ("joined a training ship … twelve years old"):
 * withoutYearsOld, datedNamed.
 */
const YEARS_OLD = String.raw`\b(?:${YEARS_NUMBER}|an?)[\s-]+(?:years?|yrs?|months?|weeks?|days?)[\s-]+old\b`;
const EVERY_YEARS_OLD = new RegExp(YEARS_OLD, 'gi');

/**
 * The text without its ages in years old: an age dates a step only in the life of the one it is
 * told of ("When did Webb join the training ship?" and "Webb … only twelve years old"), never
 * another's ("the 83-year-old owner", "a 28-year-old trader"), so the date reads a span without
 * them, and the age only where the question names whose (datedNamed).
 */
export function withoutYearsOld(text: string): string {
  return text.replace(EVERY_YEARS_OLD, ' ');
}

/**
 * An age given: a number of years old (YEARS_OLD: "40 years old", "Fourteen-year-old", "a
 * six-month-old"), "aged 32", an age of a number ("at the age of 53", "at the age of twelve", "an
 * estimated age of 175", "the average age … fell to 34.8", "the age of the universe at about 13.8 billion
 * years": "age" and a number after it in its sentence, or a number in words right after "age of"),
 * a decade of life, or a time ago in years ("dated to roughly 17,000 years ago") or in millions of
 * years ("13.8 billion years"). Not a span of years alone ("took two years"), which says how long
 * something lasted.
 */
export const AGE_GIVEN = new RegExp(
  [
    YEARS_OLD,
    String.raw`\baged\s+(?:about\s+|around\s+)?\d`,
    String.raw`\bages?\b[^.;!?]{0,60}?\d`,
    // The number in words right after: "at the age of twelve", "aged seventy-eight"; not a word it
    // begins ("an age of one-click shopping", "the age of one's parents").
    String.raw`\b(?:aged|ages?\s+of)\s+(?:about\s+|around\s+|only\s+|just\s+)?${YEARS_NUMBER}\b(?![-'’]\w)`,
    DECADE_OF_LIFE,
    String.raw`\b${YEARS_NUMBER}\s+years?\s+ago\b`,
    String.raw`\d[\d.,]*\s${MAGNITUDE_WORDS}\s+years\b`,
  ].join('|'),
  'i',
);

/**
 * A number set off as an age is: by a comma or "and" after it; not a part of a larger number
 * ("Paris, 32,000 people"), a decimal or a year, nor one of a list of numbers, the next after a
 * comma or "and (then)" ("In June, 12, 14 and 16 ships…", "However, 300 and 400 died": "Ali, then 32
 * and seven years older…" is an age).
 */
const NUMBER_SET_OFF = String.raw`\d{1,3}(?![\d.]\d|,\d)(?=,(?!\s*\d)|\s+and\b(?!\s+(?:then\s+)?\d))`;
/**
 * An age in apposition, as news and histories tell one: a number after a name and its comma
 * ("Riggs, 55, routed Margaret Court", "Truman, 83, had lived…"), or after a word's comma and
 * "then" ("Ali, then 32 and seven years older than Foreman, was…", "The company, then 12, was sold";
 * "then aged 32" is "aged"), not after a figure's ("Prices rose to $10, then 15, then 20").
 * Case-sensitive, apart from AGE_GIVEN: the word before the comma is a name, capitalised (its first
 * group; a month is none: "By March, 40…"); a number in a list or a table's row comes after a figure
 * or a lower-case word ("in 2020, 45, …").
 */
const AGE_IN_APPOSITION = new RegExp(String.raw`(?<![\p{L}'’.-])(\p{Lu}[\p{L}'’.-]*),\s+${NUMBER_SET_OFF}|(?<=\p{L}),\s+then\s+${NUMBER_SET_OFF}`, 'gu');

/** Whether the text has an age in apposition (AGE_IN_APPOSITION) after a name, or after "then". */
function ageInApposition(text: string): boolean {
  for (const [, name] of matchesOf(text, AGE_IN_APPOSITION)) if (name === undefined || !MONTHS.includes(name)) return true;
  return false;
}

/** Whether the text gives an age (AGE_GIVEN, or in apposition: AGE_IN_APPOSITION). */
export const AGE_TOLD = { test: (text: string): boolean => AGE_GIVEN.test(text) || ageInApposition(text) };

/**
 * The one whose age at a time is asked, by name (NAMES_TYPED): capitalised words alone between "how old was / is"
 * and "when" ("How old was Tutankhamun when he became king?", "How old was Bobby Riggs when he won
 * Wimbledon?"). The age is then told of them: a claim giving another's ("Harry R. Truman, the
 * 83-year-old owner…") does not say it. None for a thing's age ("how old is the universe") or a
 * name in lower case.
 */
const AGED_NAMED = new RegExp(String.raw`\b[Hh]ow old (?:was|is)\s+${NAMES_TYPED}\s+when\b`, 'u');

/** The keys of the names whose age the question asks (AGED_NAMED), none when it names no one so. */
export function agedNamed(question: string): Set<string> {
  return namesCaptured(AGED_NAMED, question);
}

/**
 * The one a date is asked of, by name (NAMES_TYPED): capitalised words alone between "when" and
 * an auxiliary that sets a time ("did / was / has…") and a word in lower case ("When did Webb join
 * the training ship?", "When was Matthew Webb first sent to sea?", "When exactly did Leeson and
 * Hawes leave?"). An age told of them dates it (withoutYearsOld).
 */
const DATED_NAMED = new RegExp(String.raw`\b[Ww]hen(?:\s+exactly)?\s+${oneOf(TIME_AUXILIARY_VERBS)}\s+${NAMES_TYPED}\s+(?!and\s)\p{Ll}`, 'u');

/** The keys of the names a date is asked of (DATED_NAMED), none when it names no one so. */
export function datedNamed(question: string): Set<string> {
  return namesCaptured(DATED_NAMED, question);
}

/** An age told of one of the people named (`names`, agedNamed): a sentence with an age and one of their names (toldOfNamed). */
export function ageToldOf(text: string, names: ReadonlySet<string>): boolean {
  return toldOfNamed(AGE_TOLD, text, names);
}
