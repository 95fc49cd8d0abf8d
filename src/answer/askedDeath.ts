// A death asked ("When did Alfred Dreyfus die?", "When and where did Röntgen die?", "how did the
// man behind the case die?") and a death told ("died", "death", "was killed"), for the kinds of
// answer (askedAnswerKind.ts). A claim naming the person gives a date, a place or a way of dying
// for something else (an arrest, a discovery): the date asked is given, the death is not; and a
// claim on the person's deeds tells of another's death (deathToldOf).

import { lifelessThing } from '../search/wordnet/lifelessThing.js';
import { anyClause, firstThen } from './clauseReading.js';
import { NAMES_TYPED, namesCaptured, toldOfNamed } from './toldOfNamed.js';

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
/**
 * An adverb between the one dying and "die": one in -ly ("actually", "finally") or one of time or
 * degree that is not ("later", "ever", "then", "soon", "first", "still", "also", "just", "even"):
 * "How did Webb later die?".
 */
const ADVERB_BEFORE_DIE = String.raw`(?:(?:\p{Ll}+ly|later|ever|then|soon|first|still|also|just|even)\s+)?`;

/**
 * The thing said to die, by the noun before "die" after "did / does / will the…" ("when did the ikea
 * catalogue actually die?"): an adverb between aside, in lower case (a name may be anyone's). Only
 * where the noun heads the subject: after "of", "with" or "who" it is another's ("when did the
 * inventor of the telephone die?" asks the inventor's death).
 */
const THING_DYING = new RegExp(String.raw`\b(?:did|does|do|will|would)\s+(?:the|its|their|this|that|an?)\s+(?:(?!(?:of|with|from|in|on|at|for|by|to|who|whose|that|which|behind)\s)[\p{Ll}\p{N}'’-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]*)\s+${ADVERB_BEFORE_DIE}(?:die|pass\s+away)\b`, 'u');
/** A thing no living one said to die: it ended ("when did the catalogue die?", "how did the project die?"), no death asked. */
function endOfAThing(question: string): boolean {
  const noun = THING_DYING.exec(question)?.[1];
  return noun !== undefined && lifelessThing(noun);
}
export const DEATH_ASKED: { test(question: string): boolean } = { test: (question) => DEATH_ASKED_AT.test(question) && !GROUP_DYING.test(question) && !endOfAThing(question) };

/**
 * A death told: "died", "death", "dead", "killed", "perished", "passed away", "did not live to…",
 * "took his own life", "poisoned himself", "cost the lives", "executed", "murdered", "suicide",
 * "mortality", "fatal", "fatalities"; and a way of dying that is one: "drowned", "hanged",
 * "beheaded", "assassinated", "slain" ("Webb drowned on 24 July 1883"), but not a noise drowning
 * something ("drowned out", "the roar drowned the rest", "drowned him out").
 */
export const DEATH_GIVEN = /\b(?:die[sd]?|dying|deaths?|dead|killed|perish\w*|passed away|did not live|(?:took|lost) (?:his|her|their) (?:own )?li(?:fe|ves)|(?:poisoned|shot) (?:himself|herself|themselves)|drowned(?!\s+(?:out|the|an?|his|her|their|its|him|them|it|all)\b)(?!\s+\w+\s+out\b)|hanged|beheaded|assassinated|slain|cost (?:the |their )?lives|executed|murdered|suicide|mortality|fatal(?:ly|ity|ities)?)\b/i;

/**
 * The one whose death is asked, by name: capitalised words alone between "did / does" and "die /
 * pass away" ("When and where did Shackleton die?", "How did Sergeant Floyd and Louis Washkansky
 * die?"), an adverb aside ("What did Tutankhamun actually die of?", "How did Webb later die?":
 * ADVERB_BEFORE_DIE, as THING_DYING reads one).
 * None for "the man behind America's … case" or a name typed in lower case.
 */
const DYING_NAMED = new RegExp(String.raw`\bd(?:id|oes)\s+${NAMES_TYPED}\s+${ADVERB_BEFORE_DIE}(?:die|pass\s+away)\b`, 'u');

/** The keys of the names whose death the question asks (DYING_NAMED), none when it names no one so. */
export function dyingNamed(question: string): Set<string> {
  return namesCaptured(DYING_NAMED, question);
}

/**
 * A death told of one of the people named (`names`, dyingNamed): a sentence with a death and one
 * of their names. A claim on the person's expedition tells the death of another man in it
 * (Mackintosh for "When and where did Shackleton die?"), one on a discovery the death of a
 * helper (Dally for Röntgen).
 */
export function deathToldOf(text: string, names: ReadonlySet<string>): boolean {
  return toldOfNamed(DEATH_GIVEN, text, names);
}
