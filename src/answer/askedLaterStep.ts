// A later step in someone's or something's story, asked ("What does Louise Brown do for a living
// now?", "What did Vincenzo Peruggia do after he got out of prison?", "Did Jack Swigert ever fly in
// space again?") and told ("later became guides at Lascaux", "never played for England again",
// "died in 2021", "was pulled down around 1644"), for the decision (answerability.ts
// laterStepMissing). A report tells a story up to its event; a claim on the event itself (the
// birth, the sentence, the match) shares the question's name and topic, not what came after.

import { anyClause, firstThen } from './clauseReading.js';
import { oneOf } from '../search/auxiliaryVerbs.js';
import { THIRD_PERSON_POSSESSIVES } from '../search/determiners.js';
import { YEAR } from './yearWords.js';

/** Whose later life or years: "later in his life", "in her later years". */
const WHOSE = oneOf(THIRD_PERSON_POSSESSIVES);

/** The event again at a later time, its year captured ("hosted the World Cup again in 2014"). */
const AGAIN_IN_YEAR = new RegExp(String.raw`\bagain\s+(?:in|during|by)\s+(?:the\s+)?(${YEAR})s?\b`, 'i');

/**
 * The year a question dates its event again by ("…hosted the World Cup again in 2014?": 2014), or
 * null: a claim naming that year tells the step ("London hosted the Olympics in 1908, 1948 and 2012").
 */
export function againInYear(question: string): string | null {
  return AGAIN_IN_YEAR.exec(question)?.[1] ?? null;
}

/**
 * A later step asked, in the words people ask it by:
 * - later life: "later in life", "later in his life", "later on in her career", "in his later
 *   years", "in later life", "for the rest of her life";
 * - "what became of…", "whatever happened to…";
 * - where a story went: "go / went on to…" ("What did Francis Crick go on to work on…?"), not
 *   after "who", which asks who did it ("Who went on to win the men's singles…?": askedMaker.ts);
 * - after a step of a life: "since / after he got out", "since it came back", "since he retired",
 *   "after his release", "when he retired", "in retirement";
 * - what someone does now or did next: "what does Louise Brown do for a living now?", "what has he
 *   done since…", "what is she doing these days?" (up to four words between);
 * - "his / her next match / race / film…" ("How did Isner do in his next match…?");
 * - "still alive / living";
 * - the event again at a later time ("hosted the World Cup again in 2014", "again in the 1990s"),
 *   a later thing asked by its wh-phrase ("Which later spacecraft carried…", not "which later on").
 * Not "what happened to X after…" alone: it asks what followed an event (the earnings of officials
 * once salaries went online, the teeth of a city's children once fluoride was taken out), which a
 * claim on that event's aftermath tells; read here only with "later / afterwards / in the end /
 * eventually" or "after he / she / they…" (a person's later step; ASKED_OF_WHAT_HAPPENED).
 * Without the `u` flag, as LATER_STEP_TOLD: case-insensitive, it made the reading many times slower.
 */
const LATER_STEP_WORDS = new RegExp(
  [
    String.raw`\blater\s+(?:on\s+)?in\s+(?:${WHOSE}\s+)?(?:life|lives|careers?|years)\b`,
    String.raw`\bin\s+${WHOSE}\s+later\s+(?:life|lives|years)\b|\bin\s+later\s+life\b|\bthe\s+rest\s+of\s+${WHOSE}\s+li(?:fe|ves)\b`,
    String.raw`\bwhat\s+(?:ever\s+)?became\s+of\b|\bwhatever\s+happened\s+to\b`,
    String.raw`\b(?<!\bwho\s)(?:go|goes|gone|went|going)\s+on\s+to\b`,
    String.raw`\b(?:since|after)\s+(?:he|she|they|it)\s+(?:got\s+out|came\s+out|came\s+back|went\s+back|returned|was\s+released|were\s+released|left|retired|quit)\b`,
    String.raw`\b(?:since|after)\s+${WHOSE}\s+(?:release|retirement)\b|\bwhen\s+(?:he|she|they)\s+retired\b|\bin\s+retirement\b`,
    String.raw`\bwhat\s+(?:is|are|was|were|does|do|did|has|have|had)\s+(?:[^\s?.!,;:]+\s+){1,4}?(?:doing|do|done)\s+(?:for\s+(?:a\s+living|work)\s+)?(?:now|today|these\s+days|nowadays|since|afterwards?|later|next)\b`,
    String.raw`\b${WHOSE}\s+next\s+(?:match|race|game|fight|bout|season|film|movie|book|album|job|role|mission|flight|voyage|expedition)\b`,
    String.raw`\bstill\s+(?:alive|living)\b`,
    AGAIN_IN_YEAR.source,
    String.raw`\b(?:which|what)\s+later\s+(?!on\b)[a-z]`,
  ].join('|'),
  'i',
);
/** "What happened to X" with a later time after it in its clause ("What happened to Leonid Kulik later in his life?", "…to the trader afterwards"). */
const ASKED_OF_WHAT_HAPPENED = anyClause(firstThen(/\bwhat\s+happened\s+to\b/i, /\b(?:later|afterwards?|in\s+the\s+end|eventually|after\s+(?:he|she|they)\s)/i));
/** "Did X ever … again", "has it … again since / after": a step again after the story's ("Has Mount St. Helens erupted again since 1980?"). */
const EVER_AGAIN = anyClause(firstThen(/\bever\b/i, /\bagain\b/i));
const AGAIN_AFTER = /\bagain\s+(?:since|after)\b/i;

/** Whether the question asks a later step in someone's or something's story (LATER_STEP_WORDS). */
export function asksLaterStep(question: string): boolean {
  return LATER_STEP_WORDS.test(question) || AGAIN_AFTER.test(question) || EVER_AGAIN.test(question) || ASKED_OF_WHAT_HAPPENED.test(question);
}

/**
 * A later step told: "later" (not a few minutes, hours or days later, which is the event's own
 * story: "brought to Pasteur two days later"), "afterwards", "subsequently", "eventually", "went on
 * to", "thereafter", "again", a retirement or a death ("retired", "died", "until his death"),
 * "became", a thing done again or undone ("reopened", "returned", "rebuilt", "revived", "released",
 * "renamed", "scrapped", "demolished", "pulled down", "abandoned"), or the present ("still",
 * "today", "now", "since", "remains", "continued").
 */
const LATER_STEP_TOLD = new RegExp(
  [
    String.raw`\blater\b(?<!\b(?:seconds?|minutes?|hours?|days?)\s+later)`,
    String.raw`\b(?:afterwards?|subsequently|eventually|thereafter|again|went\s+on\s+to|became|retire[ds]?|retirement|died|death)\b`,
    String.raw`\bre(?:opened|turned|built|vived|leased|named)\b|\b(?:scrapped|demolished|pulled\s+down|abandoned)\b`,
    String.raw`\b(?:still|today|now|since|remains?|continued)\b`,
  ].join('|'),
  'i',
);

/** Whether the text tells a later step (LATER_STEP_TOLD). */
export function tellsLaterStep(text: string): boolean {
  return LATER_STEP_TOLD.test(text);
}
