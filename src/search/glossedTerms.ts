// A report's specific terms reached from a question's everyday words through WordNet: a word of
// the term's definition ("seaweed forests" for the kelp a report writes of: kelp, "large brown
// seaweeds…"; "frozen ground" for permafrost, "ground that is permanently frozen") or one of its
// broader terms ("creatures" for tardigrades, "language" for Esperanto, "bird" for vultures).
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
/** Shortest claim word read: shorter ones are common words. */
const MIN_LENGTH = 4;

/**
 * The specific terms of a report's claims, each with the everyday words that reach it. `reader`
 * is null when WordNet is absent (the bot serves without it): then no word reaches a term, and
 * there are no pairs. A read that fails is not hidden: it is the reader's error, as any lookup's.
 */
export function glossPairsOf(report: Report, reader: WordNet | null): GlossPair[] {
  if (reader === null) return [];
  const remembered = everydayWordsOf.of(reader);
  const pairs = new Map<string, GlossPair>();
  const seen = new Set<string>();
  for (const claim of report.claims) {
    for (const word of tokenize(claim.text)) {
      const folded = foldTerm(word);
      if (folded === null || folded.length < MIN_LENGTH || seen.has(folded) || !/^[a-z]+$/.test(folded)) continue;
      seen.add(folded);
      const term = normalizeTerm(word);
      if (term === null) continue;
      for (const key of everydayWordsFor(reader, folded, remembered)) pairs.set(`${key}|${term}`, { word: key, term });
    }
  }
  return [...pairs.values()];
}

/**
 * The index keys of a specific noun's definitions and broader terms (those whose commonest sense
 * the broader term is: "water" is also a body of water, a river's), none for any other word.
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
      let level = [offset];
      for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth++) {
        const next: number[] = [];
        for (const at of level) {
          for (const pointer of reader.synset('noun', at)?.pointers ?? []) {
            // Broader terms only: an instance's class (@i) would take a river to "water".
            if (pointer.symbol !== '@' || pointer.pos !== 'noun') continue;
            next.push(pointer.offset);
            for (const lemma of reader.synset('noun', pointer.offset)?.words ?? []) {
              if (!lemma.includes('_') && reader.entry(lemma, 'noun')?.senses[0] === pointer.offset) add(normalizeTerm(lemma));
            }
          }
        }
        level = next;
      }
    }
  }
  const found = [...keys];
  remembered.set(folded, found);
  return found;
}

/** A claim word's everyday words, by the word (reports share most of their words), per reader. */
const everydayWordsOf = new RememberedPerReader<readonly string[]>();

/** A definition without its bracketed labels ("(ophthalmology)"): they name a field, not the thing. */
function withoutLabels(definition: string): string {
  return definition.replace(/\([^)]*\)/g, ' ');
}
