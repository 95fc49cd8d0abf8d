// A royal title and a name that names a company, a place or a thing rather than a person: "Duke
// Energy", "King County", "Emperor Penguin", "Kaiser Permanente researchers". askedPerson.ts reads
// a royal title and a name as a person (ROYAL_NAMED) and asks this of each it finds.

import { AUXILIARY_VERBS, BE_VERB_FORMS } from '../search/auxiliaryVerbs.js';
import { FUNCTION_WORDS } from '../search/stopWords.js';
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

/** WordNet's lexicographer file of nouns naming people (lexnames(5WN): noun.person). */
const NOUN_PERSON = 18;

/**
 * Whether the royal title and name `named` (as ROYAL_NAMED matched it in `text`) names something
 * other than a person: its name is a noun WordNet has in no sense as a person (notAPersonsName:
 * "Duke Energy", "King County", "Emperor Penguin"), or wherever the text has it, it is written
 * before a word WordNet has only as a noun, which it names the kind of (modifiesANoun: "Kaiser
 * Permanente researchers found…", "among 1.2 million Kaiser Permanente members"): a company's or a
 * place's name used as a modifier, as a person's name is not), or after a preposition of place
 * ("Air quality in Prince George worsened": PLACE_BEFORE). A name WordNet lacks ("Gustav",
 * "Permanente") is a person's unless the text uses it so.
 */
export function royalNameOfSomethingElse(text: string, named: string, reader: WordNet | null = sharedWordNet()): boolean {
  const name = TITLE_AND_NAME.exec(named)?.[1];
  if (name === undefined || reader === null) return false;
  if (notPersonKept.remembered(reader, name.toLowerCase(), readNotAPersonsName)) return true;
  for (let at = text.indexOf(named); at !== -1; at = text.indexOf(named, at + named.length)) {
    const rest = text.slice(at + named.length, at + named.length + 80);
    if (PLACE_BEFORE.test(text.slice(Math.max(0, at - 12), at)) && !PEOPLES_OWN.test(rest)) return true;
    const after = WORD_AFTER_THE_NAME.exec(rest)?.[1];
    if (after !== undefined && !NEVER_A_NOUN_AFTER.has(after) && nounOnlyKept.remembered(reader, after, readNounOnly)) return true;
  }
  return false;
}

/** Whether WordNet has the word as a noun and none of its noun senses names a person ("energy", "county"; not "george", "john"). */
function readNotAPersonsName(reader: WordNet, word: string): boolean {
  const senses = fromWordNet(reader, () => reader.lookup(word).filter((entry) => entry.pos === 'noun').flatMap((entry) => entry.senses.map((offset) => reader.synset('noun', offset)?.lexFile)));
  return senses.length > 0 && !senses.includes(NOUN_PERSON);
}

/** Whether WordNet has the word as a noun and as nothing else ("researchers", "members", "health"; not "plans", "built"). */
function readNounOnly(reader: WordNet, word: string): boolean {
  const entries = fromWordNet(reader, () => reader.lookup(word));
  return entries.length > 0 && entries.every((entry) => entry.pos === 'noun');
}

// A report names the same titles in many claims: each word's reading is kept.
const notPersonKept = new RememberedPerReader<boolean>();
const nounOnlyKept = new RememberedPerReader<boolean>();
