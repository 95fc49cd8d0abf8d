// A name asked ("What was the name of the dog kept alive on the early insulin extract?", "what's it
// called", "What was thalidomide's brand name…?") and a name given by the words that give one ("a
// dog known as Marjorie", "a farmer named S. Semenov", "under the brand name Contergan",
// "code-named Operation Anadyr", a name in quotes), for the kinds of answer (askedAnswerKind.ts).
// A claim on the thing asked names other people and things beside it (the inquiry's judge beside
// the captain asked, the party's leader beside its ship) without naming the thing itself; a claim's
// own text names the thing beside its noun ("his yacht Morning Cloud"), its evidence seldom.

import { matchesOf } from '../search/matchesOf.js';
import { normalizeTerm } from '../search/normalizeTerm.js';
import { termsOf } from '../search/termsOf.js';
import { oneOf } from '../search/auxiliaryVerbs.js';
import { THIRD_PERSON_POSSESSIVES } from '../search/determiners.js';

/** Words saying which name: "first name", "brand name", "code name". */
const WHICH_NAME = String.raw`(?:(?:first|last|full|brand|code|real|original|official|proper|given|working|stage|pen|actual|exact|scientific|common|trade)\s+)?`;

/**
 * A name asked: "what is / was the (first, brand…) name of…", "what was <someone>'s (first) name",
 * "what's his name", "what (brand) name…", "under / by what name…", "what do they call…", and
 * "what is / was … called / named" opening a question or a clause and closing it ("what's it
 * called?", "What is the bridge … called, and when did it open?", "what was the secret op called
 * when…"). Not "called" before a name ("What was the product called Undark used for?" asks a use),
 * nor "what … is called" inside a clause ("Which kid chose what the icy world is called?" asks a
 * person).
 */
export const NAME_ASKED = new RegExp(
  [
    String.raw`\bwhat(?:['’]s|\s+(?:is|was|are|were))\s+(?:the\s+)?${WHICH_NAME}names?\s+(?:of|for)\b`,
    String.raw`\bwhat(?:['’]s|\s+(?:is|was|are|were))\s+(?:[\p{L}\p{N}.-]+\s+){0,4}?(?:[\p{L}\p{N}.-]+['’]s?|${oneOf(THIRD_PERSON_POSSESSIVES)})\s+${WHICH_NAME}names?\b`,
    String.raw`\b(?:(?:under|by)\s+)?what\s+${WHICH_NAME}names?\s+(?:is|was|are|were|did|does|do|had|has)\b`,
    String.raw`\bwhat\s+(?:do|did|does)\s+(?:they|you|people|we|it)\s+call\b`,
    String.raw`(?:^|[?!.,;:–—-]\s*|\b(?:and|so|but|btw|also)\s+)what(?:['’]s|\s+(?:is|was|are|were))\s+(?:[^?.!,;:]{1,60}?\s)?(?:called|named)(?=\s*(?:[?!.,;:]|$)|\s+(?:and|when|in|now|today|then|back|by|again|originally|at first)\b)`,
  ].join('|'),
  'iu',
);

/**
 * A name given: a word that gives a name before a capitalised word ("named S. Semenov", "known as
 * Marjorie", "called Magna Carta", "dubbed", "code-named Operation Anadyr", "the brand name
 * Iletin", "under the name", "suggested the name Pluto"), or capitalised words in quotes ("Vietnam's
 * "One Must Do, Five Reductions" programme"). Not "named after / in his honour" (lower case
 * follows: where a name came from).
 */
export const NAME_GIVEN = new RegExp(
  [
    String.raw`\b(?:[Nn]amed|[Rr]enamed|[Kk]nown\s+as|[Cc]alled|[Dd]ubbed|[Nn]icknamed|[Cc]ode-?named|[Cc]hristened|[Tt]itled|[Ee]ntitled|[Bb]randed|(?:[Tt]he\s+)?${WHICH_NAME}names?(?:\s+(?:of|was|is))?|[Uu]nder\s+the\s+names?|[Bb]y\s+the\s+names?(?:\s+of)?)\s+(?:(?:the|a|an)\s+)?["“‘'(]?\p{Lu}`,
    String.raw`["“‘]\p{Lu}[\p{L}\p{N}'’-]*(?:,?\s+(?:\p{Lu}[\p{L}\p{N}'’-]*|of|the|and|de|la|von|van|for|in|on|a))*[,.!?]?["”’]`,
  ].join('|'),
  'u',
);

/** A capitalised word not opening a sentence or a line ("his yacht Morning Cloud", "largest moon, Charon"). */
const NAME_INSIDE = /(?<![.!?]\s|^|\n)\b\p{Lu}[\p{L}\p{N}'’-]+/gu;

/** The keys of the question's words: a name it types is what it asks about, not the name it asks. */
export function typedKeys(question: string): Set<string> {
  return new Set(termsOf(question));
}

/**
 * A name beside its noun in a claim's own text: a capitalised word inside a sentence that the
 * question did not type (`typed`, typedKeys: "the sociologist Bengt Danielsson" for "the swede on
 * the Kon-Tiki"). Not in the evidence, whose quotes name the people and places around the thing.
 */
export function namesOtherThanTyped(claimText: string, typed: ReadonlySet<string>): boolean {
  for (const [word] of matchesOf(claimText, NAME_INSIDE)) {
    const key = normalizeTerm(word);
    if (key !== null && !typed.has(key)) return true;
  }
  return false;
}
