// Whether a noun names a condition one comes to have ("a rash", "the disease", "resistance"), by
// WordNet, not a thing one makes ("a vaccine", "the method", "a treatment"): "patients developed a
// rash" tells what happened to them, not what they made (askedMaker.ts).

import { nounSenseFiles } from '../search/wordnet/lexFile.js';
import { RememberedPerReader } from '../search/wordnet/rememberedPerReader.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import type { WordNet } from '../search/wordnet/wordNet.js';

/** WordNet's lexicographer file of states and conditions (lexnames(5WN): noun.state). */
const NOUN_STATE = 26;
/** WordNet's lexicographer files of things made: objects, ideas and methods, and writings (noun.artifact, noun.cognition, noun.communication). */
const MADE_THINGS: ReadonlySet<number> = new Set([6, 9, 10]);

/**
 * Whether the noun's first sense is a state ("rash", "infection", "symptoms"), or it has a sense
 * that is one and none that is a thing made (MADE_THINGS: "resistance", "complications"; not
 * "system", "tolerance"). False when WordNet lacks it or cannot be read.
 */
export function isConditionNoun(word: string, reader: WordNet | null = sharedWordNet()): boolean {
  return reader !== null && conditionKept.remembered(reader, word.toLowerCase(), readConditionNoun);
}

function readConditionNoun(reader: WordNet, word: string): boolean {
  const files = nounSenseFiles(reader, word);
  if (files.length === 0) return false;
  return files[0] === NOUN_STATE || (files.includes(NOUN_STATE) && !files.some((file) => MADE_THINGS.has(file)));
}

// Claims repeat their conditions: each word's reading is kept.
const conditionKept = new RememberedPerReader<boolean>();
