// Whether a noun names people, by WordNet: a kind of person ("employees", "visitors") or a body of
// people ("staff", "crew"), by most of the word's uses in WordNet's tagged corpus. A "how many"
// question on people has its count given under any word for them (countedThing.ts).

import { isOrIsUnder, KIND_OF } from '../search/wordnet/broaderNouns.js';
import { RememberedPerReader } from '../search/wordnet/rememberedPerReader.js';
import { fromWordNet } from '../search/wordnet/rememberedRelated.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import { NOUN_GROUP, NOUN_PERSON } from '../search/wordnet/lexFile.js';
import { shareOfUses } from '../search/wordnet/shareOfUses.js';
import type { WordNet } from '../search/wordnet/wordNet.js';

/** Words of a group's broader synset that make it a body of people ("staff", "workforce": force, personnel). */
const PEOPLE_GROUPS = new Set(['personnel', 'people']);
/** The share of a word's noun uses naming people from which it is a kind of person: at a tie ("brits": a Briton or a young herring, neither tagged) people, as its first sense. */
const PEOPLE_SHARE = 0.5;

/**
 * Whether most of the word's uses as a noun in WordNet's tagged corpus, as typed and by its base
 * form together, name people: a sense in noun.person ("worker", "visitor"; "fans", whose first
 * sense is a device) or a body of people in noun.group ("staff", "crew", "workforce": a group
 * under personnel or people, or one whose members are people); not "bridges", a labour leader's
 * name as typed but mostly a structure. False when WordNet lacks it or cannot be read.
 */
export function kindOfPerson(word: string, reader: WordNet | null = sharedWordNet()): boolean {
  return reader !== null && personKept.remembered(reader, word.toLowerCase(), readKindOfPerson);
}

/** kindOfPerson as WordNet gives it; false when WordNet's files fail (fromWordNet lets the reader go). */
function readKindOfPerson(reader: WordNet, word: string): boolean {
  return mostNounUsesAre(reader, word, (offset) => namesPeople(reader, offset));
}

/** Whether most of the word's noun uses, as typed and by its base forms, are of senses `sense` takes: PEOPLE_SHARE or more. */
export function mostNounUsesAre(reader: WordNet, word: string, sense: (offset: number) => boolean): boolean {
  const [share = 0] = fromWordNet(reader, () => [shareOfUses(reader, reader.lookup(word).filter((entry) => entry.pos === 'noun'), (_, offset) => sense(offset))]);
  return share >= PEOPLE_SHARE;
}

/**
 * Whether most of the word's uses as a noun name one person (a sense in noun.person: "brakeman",
 * "prosecutor", "woman"), not a body of people ("crew", "staff"): the kind a "who was the…"
 * question asks a person of (askedPerson.ts). False when WordNet lacks it or cannot be read.
 */
export function kindOfOnePerson(word: string, reader: WordNet | null = sharedWordNet()): boolean {
  return reader !== null && onePersonKept.remembered(reader, word.toLowerCase(), readKindOfOnePerson);
}

/** kindOfOnePerson as WordNet gives it; false when WordNet's files fail. */
function readKindOfOnePerson(reader: WordNet, word: string): boolean {
  return mostNounUsesAre(reader, word, (offset) => reader.synset('noun', offset)?.lexFile === NOUN_PERSON);
}

/** Whether a noun synset names people: a person, or a group of them (under personnel or people, or with members who are people). */
function namesPeople(reader: WordNet, offset: number): boolean {
  const synset = reader.synset('noun', offset);
  if (synset === null) return false;
  if (synset.lexFile === NOUN_PERSON) return true;
  if (synset.lexFile !== NOUN_GROUP) return false;
  if (synset.pointers.some((pointer) => pointer.symbol === '%m' && pointer.pos === 'noun' && reader.synset('noun', pointer.offset)?.lexFile === NOUN_PERSON)) return true;
  return isOrIsUnder(reader, offset, KIND_OF, (above) => above.words.some((w) => PEOPLE_GROUPS.has(w)));
}

// Questions repeat the things they count: each word's reading is kept, as everydayWords.ts keeps its.
const personKept = new RememberedPerReader<boolean>();
const onePersonKept = new RememberedPerReader<boolean>();
