// The auxiliaries a question is put with: "do", "is", "can", "have" and the modals. Put first they
// make a yes/no question ("do bike lanes reduce injuries?"), and after a question word they carry
// the question ("what do cities do", "which is"): no topic, no describer, no frame of a claim.
// One list for every reading that needs them (sharedFunctionWords.ts, askedPlace.ts,
// asksAdvice.ts), so a word added to one is added to all.

/** The auxiliary verbs, as typed (lower case): forms of "be", "do" and "have", and the modals. */
export const AUXILIARY_VERBS: readonly string[] = ['do', 'does', 'did', 'is', 'are', 'was', 'were', 'am', 'have', 'has', 'had', 'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must'];

/** RegExp source matching one of AUXILIARY_VERBS (a group, with no boundary: the caller adds `\b`). */
export const AUXILIARY = `(?:${AUXILIARY_VERBS.join('|')})`;
