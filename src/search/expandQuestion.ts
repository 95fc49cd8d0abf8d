// Other words to search a question by, each counting less than the question's own: what WordNet
// relates to each word (wordnet/relatedWords.ts), the hand-made chat synonyms for words WordNet
// lacks (synonyms.ts), and the aliases the reports define themselves (aliases.ts). Every
// expansion names the question word it stands for, so a claim that says the same thing in other
// words counts as matching that word once, however many of its synonyms it uses.

import { foldTerm, normalizeTerm } from './normalizeTerm.js';
import { synonymsFor } from './synonyms.js';
import { tokenize } from './tokenize.js';
import { relatedWords } from './wordnet/relatedWords.js';
import { WordNet, wordnetDbDir } from './wordnet/wordNet.js';

export interface Expansion {
  /** An index key (normalized word), never one of the question's own. */
  term: string;
  /** Multiplies its score; the question's own words count 1. */
  weight: number;
  /** The question's index key it stands for. */
  source: string;
}

/** Names the reports give one thing (aliases.ts). */
export interface AliasLookup {
  othersOf(terms: readonly string[]): { term: string; source: string; of: number }[];
}

/** How much the hand-made chat synonyms count. */
export const SYNONYM_WEIGHT = 0.3;
/** How much a report's own alias counts: the report says it is the same thing. */
export const ALIAS_WEIGHT = 0.8;
/**
 * Expansions kept per question, the heaviest first: each is looked up in the index, and a
 * question of ten words can have hundreds (most of them narrow terms at 0.1).
 */
export const MAX_EXPANSIONS = 48;
/** Lighter expansions are dropped: a rare sense's narrow term only adds unrelated matches. */
export const MIN_WEIGHT = 0.05;

export interface ExpandOptions {
  wordnet?: boolean;
  aliases?: AliasLookup;
}

/** The expansions of a question's text (as typed), heaviest first. */
export function expandQuestion(text: string, { wordnet = true, aliases }: ExpandOptions = {}): Expansion[] {
  const words = tokenize(text);
  const terms = words.flatMap((word) => normalizeTerm(word) ?? []);
  const own = new Set(terms);
  const best = new Map<string, Expansion>();
  const add = (term: string | null, weight: number, source: string): void => {
    if (term === null || own.has(term) || weight < MIN_WEIGHT) return;
    const known = best.get(term);
    if (!known || known.weight < weight) best.set(term, { term, weight, source });
  };

  const reader = wordnet ? sharedWordNet() : null;
  for (const word of words) {
    const source = normalizeTerm(word);
    const folded = foldTerm(word);
    if (source === null || folded === null) continue;
    if (reader) {
      for (const related of relatedWordsSafely(reader, folded)) add(normalizeTerm(related.word), related.weight, source);
    }
  }
  // A long name's words share its weight: "BESS" is as much "battery energy storage systems" as
  // each of those words alone is not.
  for (const alias of aliases?.othersOf(terms) ?? []) add(alias.term, ALIAS_WEIGHT / Math.sqrt(alias.of), alias.source);
  for (const { term, source } of synonymsFor(terms)) add(term, SYNONYM_WEIGHT, source);
  return [...best.values()].sort((a, b) => b.weight - a.weight).slice(0, MAX_EXPANSIONS);
}

let shared: WordNet | null | undefined;

/** The WordNet every search shares (its files opened once, its lookups cached); null without it. */
export function sharedWordNet(): WordNet | null {
  if (shared === undefined) {
    try {
      shared = new WordNet(wordnetDbDir());
    } catch {
      shared = null;
    }
  }
  return shared;
}

function relatedWordsSafely(reader: WordNet, word: string): ReturnType<typeof relatedWords> {
  try {
    return relatedWords(reader, word);
  } catch {
    // The database files are missing or unreadable: search on without WordNet.
    shared = null;
    return [];
  }
}
