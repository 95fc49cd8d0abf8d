// "How big was the fleet?", "how large is the crowd?", "how big an army did he raise?": the size of a
// body of members is how many they are, a count asked as "how many ships" asks one. A body is a
// noun most of whose uses in WordNet's tagged corpus name a group with members (a fleet of ships,
// an army, a herd, a workforce) or a gathering (a crowd, a mob): not a company, an economy or a
// market, whose size is a sum or a figure as often.

import { AUXILIARY_VERBS, oneOf } from '../search/auxiliaryVerbs.js';
import { DETERMINERS } from '../search/determiners.js';
import { isOrIsUnder, KIND_OF } from '../search/wordnet/broaderNouns.js';
import { NOUN_GROUP } from '../search/wordnet/lexFile.js';
import { RememberedPerReader } from '../search/wordnet/rememberedPerReader.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import type { Synset, WordNet } from '../search/wordnet/wordNet.js';
import { mostNounUsesAre } from './kindOfPerson.js';

/** "how big / large", its verb and its determiner, then up to three words of the phrase (its head last). */
const HOW_BIG = new RegExp(
  String.raw`\bhow (?:big|large|huge)\s+(?:(?:${AUXILIARY_VERBS.join('|')})\s+)?(?:${oneOf(DETERMINERS)}\s+)?((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)`,
  'iu',
);
/** Words after which the phrase's head has been read: a preposition, a verb asked with, a clause. */
const AFTER_HEAD = new Set([...AUXILIARY_VERBS, 'at', 'in', 'of', 'on', 'during', 'by', 'for', 'when', 'that', 'which', 'who', 'compared', 'before', 'after', 'and', 'or', 'back', 'then', 'now', 'today']);
const POSSESSIVE = /['’]s?$/u;
/** Broader synsets that make a group a gathering of its members ("crowd", "mob", "turnout", "herd"). */
const GATHERINGS = new Set(['gathering', 'animal_group', 'people', 'personnel']);

/** Whether the question asks the size of a body of members ("how big was the VOC fleet at its height?"): a count. */
export function asksBodySize(question: string): boolean {
  const phrase = HOW_BIG.exec(question)?.[1];
  if (phrase === undefined) return false;
  let head: string | null = null;
  for (const word of phrase.toLowerCase().split(/\s+/u)) {
    if (AFTER_HEAD.has(word)) break;
    // A possessor ("the army's budget"): the head comes after it.
    head = POSSESSIVE.test(word) ? null : word;
  }
  return head !== null && bodyOfMembers(head);
}

/** Whether most of the word's noun uses name a body of members (a group with members, or a gathering). */
export function bodyOfMembers(word: string, reader: WordNet | null = sharedWordNet()): boolean {
  return reader !== null && bodyKept.remembered(reader, word.toLowerCase(), readBodyOfMembers);
}

function readBodyOfMembers(reader: WordNet, word: string): boolean {
  return mostNounUsesAre(reader, word, (offset) => {
    const synset = reader.synset('noun', offset);
    return synset !== null && synset.lexFile === NOUN_GROUP && (hasMembers(synset) || broaderHasMembers(reader, synset) || isOrIsUnder(reader, offset, KIND_OF, (above) => above.words.some((w) => GATHERINGS.has(w)), 3));
  });
}

/** A group whose members WordNet names (a fleet's ships, an army's soldiers). */
function hasMembers(synset: Synset): boolean {
  return synset.pointers.some((pointer) => pointer.symbol === '%m');
}

/** A group one level under one with members (an armada, under fleet). */
function broaderHasMembers(reader: WordNet, synset: Synset): boolean {
  return synset.pointers.some((pointer) => pointer.symbol === '@' && pointer.pos === 'noun' && hasMembers(reader.synset('noun', pointer.offset) ?? synset));
}

// Questions repeat their bodies: each word's reading is kept, as kindOfPerson.ts keeps its.
const bodyKept = new RememberedPerReader<boolean>();
