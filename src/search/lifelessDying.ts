// A thing said to die that no living one is: "before the battery dies", "my phone died", "did the
// ikea catalogue actually die?" (it ran down, stopped or ended), read by the noun its subject ends
// in (wordnet/lifelessThing.ts). A name, a pronoun, "who" or a noun with a living sense ("the crew",
// "the satellite", also a follower) may be anyone's: a death; and a natural body dies as what lives
// in it does ("why did the great barrier reef die?", "the lake died": bodyOfNature); a heavenly
// body burns out, whatever figure of a person its word names too ("when will the sun die?").

import { AUXILIARY, oneOf } from './auxiliaryVerbs.js';
import { DETERMINERS } from './determiners.js';
import { bodyOfNature, heavenlyBody, lifelessThing } from './wordnet/lifelessThing.js';

// The subject's noun just before the verb: a determiner or a possessive opening the clause (after
// a stop, an auxiliary or a word that joins clauses: "before the battery dies", "when did the…"),
// up to three words of its own between ("the ikea catalogue"), none that starts a clause or a
// phrase of another's ("the man who"); an auxiliary and an adverb aside ("is slowly"). Not an
// object's noun ("the guy who designed the bridge died"), nor one after a preposition ("the
// inventor of the telephone").
const SUBJECT_ENDS_BEFORE_VERB = new RegExp(
  String.raw`(?<=(?:^|\p{P}|\b(?:${AUXILIARY}|when|before|after|until|till|if|once|since|because|as|while|and|but|so|then|why|how|where))\s*)${oneOf(DETERMINERS)}\s+(?:(?!(?:of|with|from|in|on|at|for|by|to|who|whose|that|which|behind|and|or)\s)[\p{Ll}\p{N}'’-]+\s+){0,3}?(\p{Ll}[\p{Ll}-]*)\s+(?:(${AUXILIARY})\s+)?(?:\p{Ll}+ly\s+)?$`,
  'u',
);
// What is read before the verb: a subject of five words at most.
const READ_BEFORE = 80;

/**
 * Whether the verb at `verbAt` in `text` ("dies", "died", "is dying") is said of a lifeless thing
 * by its subject's noun. "dying" only after an auxiliary ("patients keep dying" has no noun before
 * it); a death's noun ("deaths") has no subject.
 */
export function lifelessDying(text: string, verbAt: number): boolean {
  const subject = SUBJECT_ENDS_BEFORE_VERB.exec(text.slice(Math.max(0, verbAt - READ_BEFORE), verbAt));
  const verb = /^\p{L}*/u.exec(text.slice(verbAt, verbAt + 6))?.[0].toLowerCase();
  if (subject === null || !(verb === 'die' || verb === 'dies' || verb === 'died' || (verb === 'dying' && subject[2] !== undefined))) return false;
  const noun = subject[1] as string;
  return heavenlyBody(noun) || (lifelessThing(noun) && !bodyOfNature(noun));
}
