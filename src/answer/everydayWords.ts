// How much each word of a question counts when deciding whether a claim answers it. A word's IDF
// is read over the library's claims, so an everyday word the reports happen not to use ("bad",
// "lots", "stuff", "get") weighs as much as a telling one they never mention ("keto",
// "hydrogen"), and a paraphrase in chat words looked as uncovered as a question the reports do
// not answer. Everyday words are those of many meanings: WordNet lists more than
// EVERYDAY_SENSES senses for them; they count EVERYDAY_WEIGHT of their IDF (eval/README.md).

import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import { fromWordNet } from '../search/wordnet/rememberedRelated.js';
import { normalizeTerm } from '../search/normalizeTerm.js';
import { tokenize } from '../search/tokenize.js';
import { RememberedPerReader } from '../search/wordnet/rememberedPerReader.js';
import { baseForms, type PartOfSpeech, type WordNet } from '../search/wordnet/wordNet.js';

/** More senses than this (all parts of speech together) make a word an everyday word. */
export const EVERYDAY_SENSES = 5;
/** What an everyday word counts, as a share of its IDF. */
export const EVERYDAY_WEIGHT = 0.5;

/**
 * How much each index key of the question counts: EVERYDAY_WEIGHT for a key first typed as an
 * everyday word, 1 otherwise (and for every word when WordNet cannot be read).
 */
export function wordWeights(text: string, reader: WordNet | null = sharedWordNet()): Map<string, number> {
  const weights = new Map<string, number>();
  for (const word of tokenize(text)) {
    const term = normalizeTerm(word);
    if (term === null || weights.has(term)) continue;
    weights.set(term, reader !== null && isEveryday(reader, word) ? EVERYDAY_WEIGHT : 1);
  }
  return weights;
}

/** Whether WordNet gives the word (or its base form) more than EVERYDAY_SENSES senses. */
export function isEveryday(reader: WordNet, word: string): boolean {
  return sensesOf(reader, word) > EVERYDAY_SENSES;
}

/** The index keys of the question's words WordNet lists (as typed or by their base form): real words, not typos. */
export function dictionaryWords(text: string, reader: WordNet | null = sharedWordNet()): Set<string> {
  const known = new Set<string>();
  if (reader === null) return known;
  for (const word of tokenize(text)) {
    const term = normalizeTerm(word);
    if (term !== null && sensesOf(reader, word) > 0) known.add(term);
  }
  return known;
}

/**
 * Whether the word is mostly a noun: the entry WordNet gives most senses (as typed or by its base
 * form) is a noun's ("tinnitus", "neighbours", "allergies"; not "bad", "afford", "stop"). A
 * question's uncovered nouns name things the claim does not speak of; its uncovered verbs and
 * adjectives are more often how the asker put it. False when WordNet lacks the word or cannot be read.
 */
export function isMainlyNoun(word: string, reader: WordNet | null = sharedWordNet()): boolean {
  return reader !== null && readingOf(reader, word).main === 'noun';
}

/**
 * Whether the word is a noun's plural by WordNet's rules ("ships", "saves", "steals", "men"): a noun
 * after "how many" though mostly a verb, where a verb's base or past form after it ("how many work
 * at…", "how many left after…") leaves people out. False when WordNet cannot be read.
 */
export function isPluralNoun(word: string, reader: WordNet | null = sharedWordNet()): boolean {
  if (reader === null) return false;
  const lower = word.toLowerCase();
  return baseForms(lower, 'noun').some((base) => base !== lower && readingOf(reader, base).anyNoun);
}

/** Whether WordNet has the word as a verb, as typed or as a past form ("use", "land", "fed"), not in -s: a plural subject's verb (askedThing.ts). */
export function isPlainOrPastVerb(word: string, reader: WordNet | null = sharedWordNet()): boolean {
  if (reader === null || word.endsWith('s')) return false;
  return reader.entry(word, 'verb') !== null || baseForms(word, 'verb').some((base) => reader.entry(base, 'verb') !== null);
}

/**
 * Whether WordNet's main entry for the word (most senses, as typed or by its base form) is a verb's,
 * and whether it has the word as typed as a noun or an adjective ("processed", "frozen", "cooking"):
 * what askedThing's questionVerb.ts reads of a word right after "what / which".
 */
export function verbReading(reader: WordNet, word: string): { mainlyVerb: boolean; describes: boolean } {
  const { main, describes } = readingOf(reader, word);
  return { mainlyVerb: main === 'verb', describes };
}

/** How many senses WordNet lists for the word, all parts of speech; 0 when it cannot be read. */
function sensesOf(reader: WordNet, word: string): number {
  return readingOf(reader, word).senses;
}

/** What WordNet says of a word that the decision reads: its senses, and its main entry's part of speech. */
interface Reading {
  senses: number;
  main: PartOfSpeech | null;
  /** Whether any of its entries is a noun's. */
  anyNoun: boolean;
  /** Whether an entry for the word as typed (not its base form) is a noun's or an adjective's. */
  describes: boolean;
}

function readingOf(reader: WordNet, word: string): Reading {
  return sensesKept.remembered(reader, word.toLowerCase(), readReading);
}

/**
 * readingOf as WordNet gives it. A read error (WordNet's files missing or damaged) lets the shared
 * reader go (fromWordNet): the word counts as unknown and in full, as without WordNet.
 */
function readReading(reader: WordNet, lower: string): Reading {
  let senses = 0;
  let main: { senses: number; pos: PartOfSpeech } | null = null;
  let anyNoun = false;
  let describes = false;
  for (const entry of fromWordNet(reader, () => reader.lookup(lower))) {
    senses += entry.senses.length;
    if (entry.pos === 'noun') anyNoun = true;
    if (entry.lemma === lower && (entry.pos === 'noun' || entry.pos === 'adj')) describes = true;
    // Ties go to the entry listed first: the word's own entries come before its base form's,
    // and a noun's first among each.
    if (main === null || entry.senses.length > main.senses) main = { senses: entry.senses.length, pos: entry.pos };
  }
  return { senses, main: main?.pos ?? null, anyNoun, describes };
}

// Questions repeat words: each word's reading is kept, as the expansions keep theirs.
const sensesKept = new RememberedPerReader<Reading>();
