// Whether a claim gives a number of the thing a "how many" question counts ("How many pulsars have
// been discovered so far?": "…about 3,000 pulsars…"), not just a number: a claim on the same
// subject gives other figures (the year of the discovery, the pulse's period, the dish's acres),
// which answer the kind asked (a count, askedAnswerKind.ts) without counting the thing. The
// no-answer decision weighs it (answerability.ts, AnswerSignals.countMissing; eval/README.md,
// thirty-sixth session).

import { normalizeTerm } from '../search/normalizeTerm.js';
import { RememberedPerReader } from '../search/wordnet/rememberedPerReader.js';
import { fromWordNet } from '../search/wordnet/rememberedRelated.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import type { WordNet } from '../search/wordnet/wordNet.js';
import { withoutYearsOrMoney } from './askedAnswerKind.js';
import { CARDINAL_WORDS } from './quantityWords.js';

/** Words a number may stand before the thing it counts: "3,000 pulsars", "about 2.6 transplanted organs", "201 salamander species". */
const COUNT_WINDOW = 3;
/** A number written out: "five moons", "thousands of pulsars". */
const NUMBER_WORD = new RegExp(String.raw`^${CARDINAL_WORDS}s?$`, 'i');
/** A number in figures ("3,000", "2.6", "~40"); not one inside a name ("COVID-19", "CO2"), which a word keeps whole. */
const FIGURES = /^[~≈<>]?\d/u;
/** What ends a word of the text: spaces, and the punctuation around it (not a hyphen, a comma or a stop inside it: "3,000", "COVID-19"). */
const SPACE = /\s+/u;
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/**
 * People at large, counted under what happens to them as often as by the word ("How many people
 * die from snakebites in India each year?": "…58,000 snakebite deaths a year"; "How many babies…":
 * "…3,211 infants…"): a count of them is not read (isPeopleAtLarge).
 */
const PEOPLE_AT_LARGE = new Set(['people', 'persons', 'person', 'ppl', 'folks', 'individuals', 'humans', 'kids', 'children', 'babies', 'adults', 'men', 'women', 'teenagers']);
/** Words a claim counts people by that name no person but the work they hold ("cut 2,000 jobs", "shed 2,000 positions"). */
const PEOPLE_AS_POSTS = new Set(['job', 'jobs', 'position', 'positions']);

/** WordNet's lexicographer files of nouns naming people and groups (lexnames(5WN): noun.person, noun.group). */
const NOUN_PERSON = 18;
const NOUN_GROUP = 14;
/** Words of a group's broader synset that make it a body of people ("staff", "workforce": force, personnel). */
const PEOPLE_GROUPS = new Set(['personnel', 'people']);
/** Broader synsets walked up from a group's sense: WordNet's noun hierarchy is at most about twenty deep. */
const MAX_HYPERNYM_DEPTH = 20;
/** The share of a word's noun uses naming people from which it is a kind of person: at a tie ("brits": a Briton or a young herring, neither tagged) people, as its first sense. */
const PEOPLE_SHARE = 0.5;
/** Added to each sense's tag count, as relatedWords.ts's shareOfUses does: an unseen sense is not impossible. */
const UNSEEN_COUNT = 1;

/**
 * The index key of the thing a "how many" question counts, as askedThing reads it (its word in
 * lower case as typed); null for people at large (isPeopleAtLarge) and for a kind of person
 * (kindOfPerson), whom claims count under any word for people (countsPeople): employees, workers
 * and visitors as people, staff or jobs ("How many employees does Dell have?": "Dell employs
 * roughly 120,000 people").
 */
export function countedTerm(thing: string, reader: WordNet | null = sharedWordNet()): string | null {
  return isPeopleAtLarge(thing) || kindOfPerson(thing, reader) ? null : normalizeTerm(thing);
}

/** Whether a "how many" question's thing is people at large ("people", "children"), whose count is not read. */
export function isPeopleAtLarge(thing: string): boolean {
  return PEOPLE_AT_LARGE.has(thing.toLowerCase());
}

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
  const uses = fromWordNet(reader, () => nounUses(reader, word));
  const all = uses.reduce((sum, use) => sum + use.count, 0);
  const people = uses.reduce((sum, use) => (use.people ? sum + use.count : sum), 0);
  return all > 0 && people / all >= PEOPLE_SHARE;
}

/** Each noun sense of the word (as typed and by its base forms): how often it was tagged, unseen once, and whether it names people. */
function nounUses(reader: WordNet, word: string): { count: number; people: boolean }[] {
  const uses: { count: number; people: boolean }[] = [];
  for (const entry of reader.lookup(word)) {
    if (entry.pos !== 'noun') continue;
    const counts = reader.tagCountsOf(entry);
    entry.senses.forEach((offset, i) => uses.push({ count: (counts[i] ?? 0) + UNSEEN_COUNT, people: namesPeople(reader, offset) }));
  }
  return uses;
}

/** Whether a noun synset names people: a person, or a group of them (under personnel or people, or with members who are people). */
function namesPeople(reader: WordNet, offset: number): boolean {
  const synset = reader.synset('noun', offset);
  if (synset === null) return false;
  if (synset.lexFile === NOUN_PERSON) return true;
  if (synset.lexFile !== NOUN_GROUP) return false;
  if (synset.words.some((w) => PEOPLE_GROUPS.has(w))) return true;
  if (synset.pointers.some((pointer) => pointer.symbol === '%m' && pointer.pos === 'noun' && reader.synset('noun', pointer.offset)?.lexFile === NOUN_PERSON)) return true;
  let broader = synset.pointers.filter((pointer) => pointer.symbol === '@' && pointer.pos === 'noun').map((pointer) => pointer.offset);
  for (let depth = 0; depth < MAX_HYPERNYM_DEPTH && broader.length > 0; depth++) {
    const next: number[] = [];
    for (const at of broader) {
      const above = reader.synset('noun', at);
      if (above === null) continue;
      if (above.words.some((w) => PEOPLE_GROUPS.has(w))) return true;
      for (const pointer of above.pointers) if (pointer.symbol === '@' && pointer.pos === 'noun') next.push(pointer.offset);
    }
    broader = next;
  }
  return false;
}

// Questions repeat the things they count: each word's reading is kept, as everydayWords.ts keeps its.
const personKept = new RememberedPerReader<boolean>();

/**
 * Whether the text has a number up to COUNT_WINDOW words before a word that is the thing counted
 * (`term`, an index key: "pulsar" for "pulsars"), years and sums of money aside ("in 1967
 * pulsars…", "$4 million cables" count none).
 */
export function countsThing(text: string, terms: ReadonlySet<string>): boolean {
  return numberBefore(text, (word) => {
    const term = normalizeTerm(word);
    return term !== null && terms.has(term);
  });
}

/**
 * Whether the text has a number up to COUNT_WINDOW words before a word for people (people at
 * large, a kind of person, a body of people, jobs or positions: "employs roughly 120,000 people",
 * "150,000 seasonal staff", "cut 2,000 jobs"), years and sums of money aside: the count a question
 * asking how many of a kind of person is given ("7.8 million francs to build" gives no visitors).
 */
export function countsPeople(text: string, reader: WordNet | null = sharedWordNet()): boolean {
  return numberBefore(text, (word) => {
    const lower = word.toLowerCase();
    return PEOPLE_AT_LARGE.has(lower) || PEOPLE_AS_POSTS.has(lower) || kindOfPerson(lower, reader);
  });
}

/** Whether the text has a number up to COUNT_WINDOW words before a word `counted` accepts, years and sums of money aside. */
function numberBefore(text: string, counted: (word: string) => boolean): boolean {
  const words = withoutYearsOrMoney(text)
    .split(SPACE)
    .map((word) => word.replace(EDGE_PUNCTUATION, ''))
    .filter((word) => word !== '');
  for (let i = 0; i < words.length; i++) {
    for (let j = Math.max(0, i - COUNT_WINDOW); j < i; j++) {
      const word = words[j] as string;
      // The number first: a word is looked up only where one stands before it.
      if ((FIGURES.test(word) || NUMBER_WORD.test(word)) && counted(words[i] as string)) return true;
    }
  }
  return false;
}
