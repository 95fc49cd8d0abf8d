// A place below the top of a contest asked ("Who came second to Comăneci in the all-around?",
// "Which team took the silver medal in 1980?") and told ("finished second", "the runner-up", "won
// silver"), for the kinds of answer (askedAnswerKind.ts). A claim on the same contest tells who won
// it, or the subject's own medals: the winner is given, the place asked is not.

import { anyClause, firstThen } from './clauseReading.js';

/** A place below the top: second to fifth, or last. */
const PLACE = String.raw`(?:second|third|fourth|fifth|last)`;
/** Finishing in a place: "came second", "finished third", "placed last", "ended up (in) second"; not "took place last year". */
const FINISHED_IN_A_PLACE = String.raw`(?:came|come|comes|finish(?:ed|es)?|placed|end(?:ed|s)? up)\s+(?:in\s+)?${PLACE}(?![\w-])`;
/** Winning a medal below gold: "took the silver", "won bronze". */
const TOOK_A_LOWER_MEDAL = String.raw`(?:took|take|takes|won|win|wins|got|get|gets|claimed?)\s+(?:the\s+|a\s+)?(?:silver|bronze)\b`;

/**
 * A placing asked: "who / which / what" and then finishing in a place below the top, winning
 * silver or bronze, or the runner-up, in the same clause (anyClause): "Who came second to
 * Comăneci…?", "Which team took the silver medal…?", "Who was the runner-up?". Not "the second" of
 * a series ("the second trial", "a second time": no finishing verb), nor "came first" (a ranking,
 * askedRanking.ts).
 */
export const PLACING_ASKED = anyClause(
  firstThen(/\b(?:[Ww]ho|[Ww]hich|[Ww]hat)\b/, new RegExp(String.raw`\b${FINISHED_IN_A_PLACE}|\b${TOOK_A_LOWER_MEDAL}|\brunners?[- ]up\b`)),
);

/**
 * A placing told: finishing in a place, a second or third place, the runner-up, a silver or bronze
 * medallist, taking silver or bronze, finishing behind someone. Not a medal counted ("three gold
 * medals… plus a silver in the team event": the subject's own medals, not who came in the place
 * asked).
 */
export const PLACING_GIVEN = new RegExp(String.raw`\b${FINISHED_IN_A_PLACE}|\b(?:second|third)[- ]place\b|\brunners?[- ]up\b|\b(?:silver|bronze)[- ]medall?ists?\b|\b${TOOK_A_LOWER_MEDAL}|\bfinish(?:ed|ing)? behind\b`, 'i');
