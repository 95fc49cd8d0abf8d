// A death asked ("When did Alfred Dreyfus die?", "When and where did Röntgen die?", "how did the
// man behind the case die?") and a death told ("died", "death", "was killed"), for the kinds of
// answer (askedAnswerKind.ts). A claim naming the person gives a date, a place or a way of dying
// for something else (an arrest, a discovery): the date asked is given, the death is not.

import { anyClause, firstThen } from './clauseReading.js';

/**
 * A death asked: "when / where / how / why / what / which (year, age)" and then "die", "died" or
 * "pass(ed) away" in the same clause (anyClause). Not a group dying: how many, most, a share, a
 * rate or the likelihood of dying ("how many people died…", "so many colonies die…", "what share of
 * patients died…", "where do most cyclists die": a claim counts the deaths or gives the mortality),
 * nor "die off" / "die-offs" / "die out" (a population's, told in other words). "die" in lower case:
 * "A Time to Die" is a title.
 */
const DEATH_ASKED_AT = anyClause(firstThen(/\b(?:[Ww]hen|[Ww]here|[Hh]ow|[Ww]hy|[Ww]hat|[Ww]hich)\b/, /\b(?:die|died|pass(?:ed)? away)\b(?![\s-]+(?:off|out)s?\b)/));
const GROUP_DYING = anyClause(firstThen(/\b(?:many|much|most|share|percent(?:age)?|proportion|fraction|number|likely|rate)\b/i, /\b(?:die|died)\b/i));
export const DEATH_ASKED: { test(question: string): boolean } = { test: (question) => DEATH_ASKED_AT.test(question) && !GROUP_DYING.test(question) };

/** A death told: "died", "death", "dead", "killed", "perished", "passed away", "did not live to…", "took his own life", "cost the lives", "executed", "murdered", "suicide", "mortality", "fatal", "fatalities". */
export const DEATH_GIVEN = /\b(?:die[sd]?|dying|deaths?|dead|killed|perish\w*|passed away|did not live|(?:took|lost) (?:his|her|their) (?:own )?li(?:fe|ves)|cost (?:the |their )?lives|executed|murdered|suicide|mortality|fatal(?:ly|ity|ities)?)\b/i;
