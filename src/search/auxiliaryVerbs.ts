// The auxiliaries a question is put with: "do", "is", "can", "have" and the modals. Put first they
// make a yes/no question ("do bike lanes reduce injuries?"), and after a question word they carry
// the question ("what do cities do", "which is"): no topic, no describer, no frame of a claim.
// One list for every reading that needs them (sharedFunctionWords.ts, askedPlace.ts,
// asksAdvice.ts), so a word added to one is added to all; a reading that needs only some of them
// (the copula alone, askedThing.ts) builds its list from the groups below, never by hand.

/** The forms of "do", as typed (lower case). */
export const DO_FORMS: readonly string[] = ['do', 'does', 'did'];
/** The forms of "be" a question is put with (the copula), as typed (lower case). */
export const BE_FORMS: readonly string[] = ['is', 'are', 'was', 'were', 'am'];
/** Every form of the verb "be", as typed (lower case): the copula's and "be", "been", "being" ("we were all told", "have been right"). */
export const BE_VERB_FORMS: readonly string[] = [...BE_FORMS, 'be', 'been', 'being'];
/** The forms of "have", as typed (lower case). */
export const HAVE_FORMS: readonly string[] = ['have', 'has', 'had'];
/** The modal verbs, as typed (lower case). */
export const MODAL_VERBS: readonly string[] = ['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must'];

/** The auxiliary verbs, as typed (lower case): forms of "be", "do" and "have", and the modals. */
export const AUXILIARY_VERBS: readonly string[] = [...DO_FORMS, ...BE_FORMS, ...HAVE_FORMS, ...MODAL_VERBS];

/**
 * The auxiliaries a verb follows in the active voice: "do", "have" and the modals ("did the charge
 * cut traffic?", "has the law reduced crime?"). Not "be": after it the verb is mostly passive ("is
 * crime affected by the lanes?"), its cause after the verb, not its outcome (askedOutcome.ts).
 */
export const ACTIVE_AUXILIARY_VERBS: readonly string[] = [...DO_FORMS, ...HAVE_FORMS, ...MODAL_VERBS];

/**
 * The auxiliaries that set a time: "do", "be", "have" and "will" (past, present, ahead). After
 * "when" they ask a date ("when did / has / will…"); the other modals ask a condition as often
 * ("when can I stop taking it?", "when could they start…?": once, after, from; askedAnswerKind.ts).
 */
export const TIME_AUXILIARY_VERBS: readonly string[] = [...DO_FORMS, ...BE_FORMS, ...HAVE_FORMS, 'will'];

/**
 * The modals a request is put with: "can you…", "could someone…", "would anyone…", "will you…"; not
 * "should / must / may you…", which ask what ought to be or is allowed (chatRequests.ts, chatQuestion.ts).
 */
export const REQUEST_MODALS: readonly string[] = ['can', 'could', 'would', 'will'];

/**
 * The auxiliaries that also open a title or a heading as another word: "May" the month, "AM" radio,
 * "Must-haves", "Might and right" (reportTitle.ts reads a topic opening on the others as a question).
 */
export const AUXILIARY_VERBS_ALSO_OTHER_WORDS: readonly string[] = ['am', 'may', 'might', 'must'];

/**
 * The auxiliaries that are no other word: after a word that may open a question or be its subject
 * (a title's first word, "morning" as a greeting or as "morning might be the peak…"), they show a
 * question opens there.
 */
export const AUXILIARY_VERBS_ONLY: readonly string[] = AUXILIARY_VERBS.filter((verb) => !AUXILIARY_VERBS_ALSO_OTHER_WORDS.includes(verb));

/** RegExp source matching one of `words` (a group, with no boundary: the caller adds `\b`). */
export function oneOf(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}

/** RegExp source matching one of AUXILIARY_VERBS (a group, with no boundary: the caller adds `\b`). */
export const AUXILIARY = oneOf(AUXILIARY_VERBS);
