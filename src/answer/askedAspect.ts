// Words that name the kind of finding a question asks for, not a thing it asks about: "what are
// the downsides of building seawalls?", "any problems with heat pumps in the cold?", "what are the
// risks of…", "pros and cons of…". A claim stating a drawback rarely calls it one ("Heating output
// shrinks as the weather gets colder…"), so such a word left uncovered says little about whether
// the claim answers, where an uncovered thing ("…noise for the neighbours?") says the claim is
// about something else. The no-answer decision does not count them among the uncovered nouns
// (answerability.ts; eval/README.md, nineteenth session).

import { matchesOf } from '../search/matchesOf.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import { normalizeTerm } from '../search/normalizeTerm.js';
import { termsOf } from '../search/termsOf.js';
import type { WordNet } from '../search/wordnet/wordNet.js';
import { isMainlyNoun } from './everydayWords.js';

/**
 * Nouns of good and bad sides, singular and plural. Not words that more often name
 * a thing in chat ("employee benefits", "the latest issue", "trade barriers", "legal challenges")
 * nor "pros" alone ("ask the pros"): eval/README.md, nineteenth session.
 */
const ASPECT_WORD = /^(?:problems?|risks?|dangers?|downsides?|upsides?|drawbacks?|disadvantages?|advantages?|concerns?|hurdles?|pitfalls?|tradeoffs?)$/u;
/** "pros and cons" (also "pros/cons", "pros & cons", "pros n cons", "pros vs cons"): the pair only. */
const PROS_AND_CONS = /(?<![\p{L}\p{N}-])pros\s*(?:and|&|\/|n|vs\.?)\s*cons(?![\p{L}\p{N}-])/iu;
/**
 * "the connection / link / relationship / relation / ties between" two things: asks how they are
 * related; not "the difference between", which general-knowledge questions ask as often ("What's
 * the difference between a Roth IRA and a traditional IRA?").
 */
const RELATION_BETWEEN = /(?<![\p{L}\p{N}-])(connections?|links?|relationships?|relations?|ties)\s+between(?![\p{L}\p{N}-])/giu;
/** The two things a connection is asked between: "A and B" up to the sentence's end ("&" too). */
const SIDES = /^\s*([^.?!\n]*?)\s+(?:and|&)\s+([^.?!\n]+)/iu;
/** A word, a hyphenated compound as one ("low-risk", "problem-solving": no aspect asked). */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** Spaces and opening marks that may stand between a sentence's end and its first word. */
const BEFORE_FIRST_WORD = /[\s"'“‘(*_]/u;
/** What ends a sentence: its mark, a line break, or a Slack mention ("<@U123> Risks of…"). */
const SENTENCE_END = /[.?!\n>]/u;

/**
 * The index keys of the question's words that name a kind of finding: a listed word standing
 * alone (not inside a compound, "low-risk"; not heading a compound after a noun, "flood risk",
 * "health problems"; not modifying a noun after it, "risk factor"), in lower case or as the first
 * word of the question or of a sentence in it ("Downsides of seawalls?"; capitalised elsewhere, it
 * is a name: "the Global Risk Institute"), "pros and cons", and a connection asked "between"
 * (RELATION_BETWEEN).
 */
export function aspectTerms(text: string, reader: WordNet | null = sharedWordNet()): Set<string> {
  const terms = new Set<string>();
  const found = [...matchesOf(text, WORD)];
  // By push from a literal (not `.map`): V8's optimized `.map` makes another kind of array than
  // the unoptimized one, and the code compiled for the loop over it was thrown away.
  const words: string[] = [];
  for (const [word] of found) words.push(word);
  words.forEach((word, i) => {
    if (!ASPECT_WORD.test(word.toLowerCase())) return;
    if (word !== word.toLowerCase() && !startsSentence(text, found[i]?.index ?? 0)) return;
    // Read only inside the list: a read past either end (words[-1]) threw V8's compiled code away.
    const before = i > 0 ? words[i - 1] : undefined;
    const after = i + 1 < words.length ? words[i + 1] : undefined;
    if ((before !== undefined && modifiesAsNoun(before, reader)) || (after !== undefined && modifiesAsNoun(after, reader))) return;
    const term = normalizeTerm(word);
    if (term !== null) terms.add(term);
  });
  if (PROS_AND_CONS.test(text)) for (const word of ['pros', 'cons']) terms.add(normalizeTerm(word) as string);
  for (const [, word] of matchesOf(text, RELATION_BETWEEN)) {
    const term = normalizeTerm(word as string);
    if (term !== null) terms.add(term);
  }
  return terms;
}

/** A connection asked between two things: the relation word's key and each side's keys. */
export type RelationAsked = { term: string; sides: readonly [readonly string[], readonly string[]] };

/**
 * The connections the question asks between two things (RELATION_BETWEEN), each with the keys of
 * the things either side of "and" ("between insulin and the Marshall Plan": insulin; marshall,
 * plan). A claim on one side only does not say how they are related (answerability.ts). None for a
 * relation not asked between two named sides ("the link between them").
 */
export function relationsAsked(text: string): RelationAsked[] {
  const relations: RelationAsked[] = [];
  for (const match of matchesOf(text, RELATION_BETWEEN)) {
    const term = normalizeTerm(match[1] as string);
    const sides = SIDES.exec(text.slice((match.index ?? 0) + match[0].length));
    if (term === null || sides === null) continue;
    const [first, second] = [termsOf(sides[1] as string), termsOf(sides[2] as string)];
    if (first.length > 0 && second.length > 0) relations.push({ term, sides: [first, second] });
  }
  return relations;
}

/** Whether the word at `at` is the first of the text or of a sentence in it. */
function startsSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && BEFORE_FIRST_WORD.test(text[i] as string)) i--;
  return i < 0 || SENTENCE_END.test(text[i] as string);
}

/**
 * Whether a word beside a listed word makes a compound with it: a word searched for (no stop word)
 * that WordNet reads mostly as a noun and never as an adjective ("flood", "unemployment",
 * "factor"; not "possible", "main", "key").
 */
function modifiesAsNoun(word: string, reader: WordNet | null): boolean {
  if (reader === null || normalizeTerm(word) === null || !isMainlyNoun(word, reader)) return false;
  return !reader.lookup(word.toLowerCase()).some((entry) => entry.pos === 'adj');
}
