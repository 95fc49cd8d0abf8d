// A royal title and a name that names a company, a place or a thing rather than a person: "Duke
// Energy", "King County", "Emperor Penguin", "Kaiser Permanente researchers". askedPerson.ts reads
// a royal title and a name as a person (ROYAL_NAMED) and asks this of each it finds.

import { AUXILIARY_VERBS, BE_VERB_FORMS } from '../search/auxiliaryVerbs.js';
import { matchesOf } from '../search/matchesOf.js';
import { FUNCTION_WORDS } from '../search/stopWords.js';
import { NOUN_PERSON, nounSenseFiles } from '../search/wordnet/lexFile.js';
import { RememberedPerReader } from '../search/wordnet/rememberedPerReader.js';
import { fromWordNet } from '../search/wordnet/rememberedRelated.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import type { WordNet } from '../search/wordnet/wordNet.js';

/** The royal titles written before a name ("King Gustav", "Pope Julius", "Kaiser Wilhelm"). */
export const ROYAL_TITLE = String.raw`(?:King|Queen|Prince|Princess|Emperor|Empress|Tsar|Czar|Tsarina|Pope|Duke|Duchess|Sultan|Kaiser)`;

/** A royal title and one capitalised word, the whole of what ROYAL_NAMED matches; group 1 the word. */
const TITLE_AND_NAME = new RegExp(String.raw`^${ROYAL_TITLE}\s+(\p{Lu}\p{Ll}+)$`, 'u');
/** A preposition of place right before the name ("in Prince George", "at King Salmon"): a place, unless a possessive follows (PEOPLES_OWN). */
const PLACE_BEFORE = /\b(?:in|at|near|outside|around|across|throughout)\s+$/;
/** The rest of the name and a possessive ("King Gustav II Adolf's reign"): "in" it is a person's time or name, no place. */
const PEOPLES_OWN = /^(?:\s+\p{Lu}[\p{L}.]*)*['’]s?(?!\p{L})/u;
/** What may follow the name and still be the name: more capitalised words or a regnal number ("Gustav II Adolf"); group 1 the lower-case word after them. */
const WORD_AFTER_THE_NAME = /^(?:\s+\p{Lu}[\p{L}.]*)*\s+(\p{Ll}+)\b/u;

/** Words WordNet's forms would take for nouns ("has" for "ha", "was" for "wa"): a verb after the name. */
const NEVER_A_NOUN_AFTER: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...AUXILIARY_VERBS, ...BE_VERB_FORMS]);

/** No royal title and name of something else. */
const NONE: ReadonlySet<string> = new Set();
/** Where a royal title is written, as a name's occurrence may open (no word boundary: any place the text has the name). */
const TITLE_AT = new RegExp(ROYAL_TITLE, 'g');

/**
 * The royal titles and names among `named` (as ROYAL_NAMED matched them in `text`) that name
 * something other than a person: the name a noun WordNet has in no sense as a person
 * (notAPersonsName: "Duke Energy", "King County", "Emperor Penguin"), or, wherever the text has it,
 * written before a word WordNet has only as a noun, which it names the kind of ("Kaiser Permanente
 * researchers found…", "among 1.2 million Kaiser Permanente members": a company's or a place's name
 * used as a modifier, as a person's name is not), or after a preposition of place ("Air quality in
 * Prince George worsened": PLACE_BEFORE). A name WordNet lacks ("Gustav", "Permanente") is a
 * person's unless the text uses it so. Every place the text has any of them is found in one pass
 * over its titles: looked for name by name and read at each of a name's matches, a text naming
 * one often took time growing with the square of its matches.
 */
export function royalNamesOfSomethingElse(text: string, named: readonly string[], reader: WordNet | null = sharedWordNet()): ReadonlySet<string> {
  if (reader === null) return NONE;
  let somethingElse: Set<string> | undefined;
  let readWhereWritten: Set<string> | undefined;
  for (const royal of named) {
    const name = TITLE_AND_NAME.exec(royal)?.[1];
    if (name === undefined || somethingElse?.has(royal)) continue;
    if (notPersonKept.remembered(reader, name.toLowerCase(), readNotAPersonsName)) (somethingElse ??= new Set()).add(royal);
    else (readWhereWritten ??= new Set()).add(royal);
  }
  if (readWhereWritten === undefined) return somethingElse ?? NONE;
  somethingElse ??= new Set();
  const lengths = new Set([...readWhereWritten].map((royal) => royal.length));
  for (const { index: at } of matchesOf(text, TITLE_AT)) {
    for (const length of lengths) {
      const royal = text.slice(at, at + length);
      if (readWhereWritten.has(royal) && !somethingElse.has(royal) && writtenAsSomethingElse(text, at, royal, reader)) somethingElse.add(royal);
    }
  }
  return somethingElse;
}

/** Whether the royal title and name written at `at` is written as a place's or a company's (after a preposition of place, before a word WordNet has only as a noun). */
function writtenAsSomethingElse(text: string, at: number, royal: string, reader: WordNet): boolean {
  const rest = text.slice(at + royal.length, at + royal.length + 80);
  if (PLACE_BEFORE.test(text.slice(Math.max(0, at - 12), at)) && !PEOPLES_OWN.test(rest)) return true;
  const after = WORD_AFTER_THE_NAME.exec(rest)?.[1];
  return after !== undefined && !NEVER_A_NOUN_AFTER.has(after) && nounOnlyKept.remembered(reader, after, readNounOnly);
}

/** Whether WordNet has the word as a noun and none of its noun senses names a person ("energy", "county"; not "george", "john"). */
function readNotAPersonsName(reader: WordNet, word: string): boolean {
  const files = nounSenseFiles(reader, word);
  return files.length > 0 && !files.includes(NOUN_PERSON);
}

/** Whether WordNet has the word as a noun and as nothing else ("researchers", "members", "health"; not "plans", "built"). */
function readNounOnly(reader: WordNet, word: string): boolean {
  const entries = fromWordNet(reader, () => reader.lookup(word));
  return entries.length > 0 && entries.every((entry) => entry.pos === 'noun');
}

// A report names the same titles in many claims: each word's reading is kept.
const notPersonKept = new RememberedPerReader<boolean>();
const nounOnlyKept = new RememberedPerReader<boolean>();
