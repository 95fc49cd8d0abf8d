// A report's specific terms reached from a question's everyday words through WordNet: a word of
// the term's definition ("seaweed forests" for the kelp a report writes of: kelp, "large brown
// seaweeds…"; "frozen ground" for permafrost, "ground that is permanently frozen") or one of its
// broader terms ("creatures" for tardigrades, "language" for Esperanto, "bird" for vultures), or
// one of its narrower terms ("hawks and eagles" for the raptors a claim names).
// Read one way only, from the everyday word to a term some claim uses, so a question reaches
// only words the library has; a word that would reach more than a few of them is too general
// for this library (aliases.ts, MAX_GLOSSED).

import type { Report } from '../reports/model.js';
import type { BoundedMemory } from './boundedMap.js';
import { foldTerm, normalizeTerm } from './normalizeTerm.js';
import { termsOf } from './termsOf.js';
import { tokenize } from './tokenize.js';
import { RememberedPerReader } from './wordnet/rememberedPerReader.js';
import type { WordNet } from './wordnet/wordNet.js';

/** An everyday word and the report's term it reaches, each as an index key. */
export interface GlossPair {
  word: string;
  term: string;
}

/** Most senses a term may have: a word of many senses is nobody's specific term. */
const MAX_TERM_SENSES = 2;
/** How many steps up the broader terms go: tardigrade, arthropod, invertebrate, animal. */
const MAX_DEPTH = 3;
/**
 * How many steps down the narrower terms go: raptor, hawk, goshawk. Two rather than one: the
 * development sets' paraphrases gained more (eval/README.md, twenty-seventh session, rank29).
 */
const NARROWER_DEPTH = 2;
/** Narrower synsets taken per synset: a general term has dozens. */
const MAX_NARROWER = 12;
/** Shortest claim word read: shorter ones are common words. */
const MIN_LENGTH = 4;

/**
 * The specific terms of a report's claims, each with the everyday words that reach it. `reader`
 * is null when WordNet is absent (the bot serves without it): then no word reaches a term, and
 * there are no pairs. A read that fails is not hidden: it is the reader's error, as any lookup's.
 */
export function glossPairsOf(report: Report, reader: WordNet | null): GlossPair[] {
  return drained(glossPairSlices(report, reader, Infinity));
}

/**
 * glossPairsOf a slice at a time: pauses (yields) after every `claimsPerSlice` claims, so a caller
 * can let the event loop turn between slices (Library.putInTurns), and returns the same pairs in
 * the same order.
 */
export function* glossPairSlices(report: Report, reader: WordNet | null, claimsPerSlice: number): Generator<void, GlossPair[], void> {
  if (reader === null) return [];
  const remembered = everydayWordsOf.of(reader);
  const pairs = new Map<string, GlossPair>();
  const seen = new Set<string>();
  for (const [i, claim] of report.claims.entries()) {
    if (i > 0 && i % claimsPerSlice === 0) yield;
    const words = tokenize(claim.text);
    const folded = words.map((word) => foldTerm(word));
    // As written, lowercase, stop words kept: a name may have one ("Gulf of Mexico").
    const lower = words.map((word) => word.toLowerCase());
    const capitalised = words.map((word) => CAPITALISED.test(word));
    words.forEach((word, at) => {
      const own = folded[at];
      if (own === null || own === undefined || own.length < MIN_LENGTH || seen.has(own) || !/^[a-z]+$/.test(own)) return;
      const term = normalizeTerm(word);
      if (term === null) return;
      const keys = everydayWordsFor(reader, own, remembered);
      // Read once per report, where it stands for itself: "York" in "New York" is not read, and
      // another claim's "York" alone still may be.
      if (keys.length === 0 || inName(reader, lower, capitalised, at)) return;
      seen.add(own);
      for (const key of keys) pairs.set(`${key}|${term}`, { word: key, term });
    });
  }
  return [...pairs.values()];
}

/** Runs a generator of slices (glossPairSlices, aliases.ts aliasSlices) to its end at once, and gives what it returns. */
export function drained<T>(slices: Generator<void, T, void>): T {
  for (;;) {
    const step = slices.next();
    if (step.done) return step.value;
  }
}

/** The longest phrase looked up around a claim word, in words. */
const MAX_PHRASE_WORDS = 3;

/**
 * Whether the claim word at `at` is part of a name WordNet has with its neighbours ("New York",
 * "Silicon Valley", "Saudi Arabia", "Gulf of Mexico": a phrase whose every sense is an instance,
 * `@i`): there the word names another thing, and the everyday words of the word alone would reach
 * that claim ("house" reaches York, the royal house). A common noun's phrase ("sleep apnea",
 * "irritable bowel syndrome") leaves its words read: most are a kind of their last word, or say
 * what it is of. `lower` is the claim's words in lower case, `capitalised` whether each was
 * written with a capital: a name opens and ends with one ("Gulf of Mexico"), so only such phrases
 * are looked up (most of a claim's windows are not, and each lookup not found would take a place
 * in the memo and in the reader's entry cache). Each phrase's answer is remembered per reader (a
 * report says "New York" many times).
 */
function inName(reader: WordNet, lower: readonly string[], capitalised: readonly boolean[], at: number): boolean {
  const names = namesOf.of(reader);
  for (let start = Math.max(0, at - MAX_PHRASE_WORDS + 1); start <= at; start++) {
    if (!capitalised[start]) continue;
    for (let end = Math.max(at, start + 1); end < Math.min(lower.length, start + MAX_PHRASE_WORDS); end++) {
      if (!capitalised[end]) continue;
      const parts = lower.slice(start, end + 1);
      if (!parts.every((part) => /^[a-z]+$/.test(part))) continue;
      const phrase = parts.join('_');
      let named = names.get(phrase);
      if (named === undefined) {
        const entry = reader.entry(phrase, 'noun');
        named = entry !== null && entry.senses.every((offset) => isNamed(reader, offset));
        names.set(phrase, named);
      }
      if (named) return true;
    }
  }
  return false;
}

/** A word written with a capital: a name's first and last words are ("New York", "Gulf of Mexico"). */
const CAPITALISED = /^\p{Lu}/u;

/** Whether a phrase of claim words is a name WordNet has (inName), by the phrase, per reader. */
const namesOf = new RememberedPerReader<boolean>();

/** An instance of something (`@i`: New York is an instance of a city), not a kind of thing. */
function isNamed(reader: WordNet, offset: number): boolean {
  return reader.synset('noun', offset)?.pointers.some((pointer) => pointer.symbol === '@i') ?? false;
}

/**
 * The index keys of a specific noun's definitions, broader and narrower terms (those whose
 * commonest sense the broader or narrower term is: "water" is also a body of water, a river's),
 * none for any other word.
 */
function everydayWordsFor(reader: WordNet, folded: string, remembered: BoundedMemory<string, readonly string[]>): readonly string[] {
  const known = remembered.get(folded);
  if (known) return known;
  const keys = new Set<string>();
  const entries = reader.lookup(folded);
  const noun = entries.find((entry) => entry.pos === 'noun');
  if (noun && entries.every((entry) => entry.pos === 'noun') && noun.senses.length <= MAX_TERM_SENSES) {
    const own = normalizeTerm(folded);
    const add = (key: string | null): void => {
      if (key !== null && key !== own && key.length > 2) keys.add(key);
    };
    for (const offset of noun.senses) {
      for (const key of termsOf(withoutLabels(reader.definition('noun', offset) ?? ''))) add(key);
      // Broader terms only: an instance's class (@i) would take a river to "water".
      relatedLemmas(reader, offset, '@', MAX_DEPTH, Infinity, add);
      // Narrower terms: "hawks and eagles" for the raptors a claim names (a question's word whose
      // broader term the claim's is).
      relatedLemmas(reader, offset, '~', NARROWER_DEPTH, MAX_NARROWER, add);
    }
  }
  const found = [...keys];
  remembered.set(folded, found);
  return found;
}

/**
 * Walks `depth` steps from the noun synset `offset` along `symbol` pointers (`@` broader, `~`
 * narrower; at most `perSynset` of them followed from each synset) and hands `add` the index key
 * of each one-word lemma whose commonest sense the synset reached is ("water" is also a body of
 * water, a river's: not taken from it).
 */
function relatedLemmas(reader: WordNet, offset: number, symbol: '@' | '~', depth: number, perSynset: number, add: (key: string | null) => void): void {
  let level = [offset];
  for (let step = 0; step < depth && level.length > 0; step++) {
    const next: number[] = [];
    for (const at of level) {
      let taken = 0;
      for (const pointer of reader.synset('noun', at)?.pointers ?? []) {
        if (pointer.symbol !== symbol || pointer.pos !== 'noun' || taken++ >= perSynset) continue;
        next.push(pointer.offset);
        for (const lemma of reader.synset('noun', pointer.offset)?.words ?? []) {
          if (!lemma.includes('_') && reader.entry(lemma, 'noun')?.senses[0] === pointer.offset) add(normalizeTerm(lemma));
        }
      }
    }
    level = next;
  }
}

/** A claim word's everyday words, by the word (reports share most of their words), per reader. */
const everydayWordsOf = new RememberedPerReader<readonly string[]>();

/** A definition without its bracketed labels ("(ophthalmology)"): they name a field, not the thing. */
function withoutLabels(definition: string): string {
  return definition.replace(/\([^)]*\)/g, ' ');
}
