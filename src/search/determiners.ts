// The determiners: the words opening a noun phrase before its noun ("the fleet", "its surface",
// "those ships"), naming no thing themselves. One list for every reading that skips them or looks
// behind for them (askedBodySize.ts, askedTemperature.ts, askedSpeaker.ts, lifelessDying.ts…), so
// a word added to one is added to all; a reading that needs only some of them builds its list from
// the groups below, never by hand (as auxiliaryVerbs.ts does for the auxiliaries).

/** The articles. */
export const ARTICLES: readonly string[] = ['the', 'a', 'an'];
/** The third person's possessive determiners: whose life, work or deed a question asks of someone or something ("in his later years", "credited for their design"). */
export const THIRD_PERSON_POSSESSIVES: readonly string[] = ['his', 'her', 'its', 'their'];
/** The possessive determiners ("its surface", "their fleet"); "her" is also a pronoun's object ("help her sleep"). */
export const POSSESSIVE_DETERMINERS: readonly string[] = ['my', 'your', 'our', ...THIRD_PERSON_POSSESSIVES];
/** The demonstratives ("this ship", "those fleets"); each is also a pronoun ("was it this?"). */
export const DEMONSTRATIVES: readonly string[] = ['this', 'that', 'these', 'those'];
/** The articles and the possessive determiners: what a noun comes right after ("a raise", "their cost"). */
export const ARTICLES_AND_POSSESSIVES: readonly string[] = [...ARTICLES, ...POSSESSIVE_DETERMINERS];
/** The articles, the possessive determiners and the demonstratives. */
export const DETERMINERS: readonly string[] = [...ARTICLES_AND_POSSESSIVES, ...DEMONSTRATIVES];
