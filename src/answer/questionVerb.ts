// Whether a word right after "what / which" is the question's verb ("What ended Berlin's rent cap?",
// "what destroyed Pompeii?", "Which lasted longer…"), "what" its subject, or a word of the thing
// asked ("What processed foods…", "Which endangered wild cat…"): askedThing.ts reads no thing after
// the verb.

import { verbReading } from './everydayWords.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import type { WordNet } from '../search/wordnet/wordNet.js';

/**
 * Whether the word, right after "what / which", is the question's verb: mostly a verb by WordNet,
 * and either no noun or adjective as typed ("pushed people", "makes sourdough", "killed the") or
 * before what opens a phrase of its own (`opensPhrase`: a name, an article, a pronoun, a
 * preposition: "ended Berlin's", "destroyed Pompeii"). A participle WordNet has as an adjective,
 * before a word of the phrase, describes the thing ("processed foods", "endangered wild cat").
 * False when WordNet cannot be read. The reading is everydayWords.ts's, kept per word with the
 * decision's other readings of it.
 */
export function isQuestionVerb(word: string, opensPhrase: boolean, reader: WordNet | null = sharedWordNet()): boolean {
  if (reader === null) return false;
  const reading = verbReading(reader, word);
  return reading.mainlyVerb && (opensPhrase || !reading.describes);
}
