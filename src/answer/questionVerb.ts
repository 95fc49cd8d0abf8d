// Whether a word right after "what / which" is the question's verb ("What ended Berlin's rent cap?",
// "what destroyed Pompeii?", "Which lasted longer…"), "what" its subject, or a word of the thing
// asked ("What processed foods…", "Which endangered wild cat…"): askedThing.ts reads no thing after
// the verb.

import { RememberedPerReader } from '../search/wordnet/rememberedPerReader.js';
import { fromWordNet } from '../search/wordnet/rememberedRelated.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import type { WordNet } from '../search/wordnet/wordNet.js';

/** What WordNet says of a word read after "what". */
interface VerbReading {
  /** Its main entry (most senses, as typed or by its base form) is a verb's. */
  mainlyVerb: boolean;
  /** WordNet has the word as typed as a noun or an adjective ("processed", "frozen", "cooking"). */
  describes: boolean;
}

/**
 * Whether the word, right after "what / which", is the question's verb: mostly a verb by WordNet,
 * and either no noun or adjective as typed ("pushed people", "makes sourdough", "killed the") or
 * before what opens a phrase of its own (`opensPhrase`: a name, an article, a pronoun, a
 * preposition: "ended Berlin's", "destroyed Pompeii"). A participle WordNet has as an adjective,
 * before a word of the phrase, describes the thing ("processed foods", "endangered wild cat").
 * False when WordNet cannot be read.
 */
export function isQuestionVerb(word: string, opensPhrase: boolean, reader: WordNet | null = sharedWordNet()): boolean {
  if (reader === null) return false;
  const reading = verbKept.remembered(reader, word.toLowerCase(), readVerb);
  return reading.mainlyVerb && (opensPhrase || !reading.describes);
}

function readVerb(reader: WordNet, lower: string): VerbReading {
  let main: { senses: number; verb: boolean } | null = null;
  let describes = false;
  for (const entry of fromWordNet(reader, () => reader.lookup(lower))) {
    if (entry.lemma === lower && (entry.pos === 'noun' || entry.pos === 'adj')) describes = true;
    if (main === null || entry.senses.length > main.senses) main = { senses: entry.senses.length, verb: entry.pos === 'verb' };
  }
  return { mainlyVerb: main?.verb ?? false, describes };
}

// Questions repeat their verbs: each word's reading is kept.
const verbKept = new RememberedPerReader<VerbReading>();
