// The two things a question asks between, joined by "or" ("Have any terracotta warriors been
// damaged or stolen…?", "Did Pliny become a governor or consul…?", "Has anyone tried a virus or
// gene technology…?"), for the decision (answerability.ts alternativesUntold). A claim that tells
// either names it; claims on the subject that name neither share its names and topic words only.

import { ARTICLES } from '../search/determiners.js';
import { ADVERB_PARTICLES } from '../search/partOfSpeech.js';

/** Words before the second thing that name neither ("a virus or a gene…", "or any other…"). */
const DETERMINERS: ReadonlySet<string> = new Set([...ARTICLES, 'any', 'some', 'other']);
/** A particle ends the first thing's verb ("shot down or stolen"): the verb is the word before it. */
const PARTICLES: ReadonlySet<string> = new Set(ADVERB_PARTICLES);

const CLAUSE = /[^?.!,;:]+/g;
const WORD = /[\p{L}\p{N}'’-]+/gu;

/**
 * The words either side of the first "or" inside a clause, in lower case, or null: the word before
 * it (before its particle), and the word after it past a determiner. Which of them a claim could
 * have is for the caller (the question's searched words); "or" opening a clause ("…, or was it…")
 * has no word before it in its clause.
 */
export function askedAlternatives(question: string): readonly [string, string] | null {
  for (const [clause] of question.matchAll(CLAUSE)) {
    const words = clause.match(WORD);
    if (words === null) continue;
    for (let i = 1; i < words.length - 1; i++) {
      if ((words[i] as string).toLowerCase() !== 'or') continue;
      let before = i - 1;
      if (before > 0 && PARTICLES.has((words[before] as string).toLowerCase())) before--;
      let after = i + 1;
      while (after < words.length - 1 && DETERMINERS.has((words[after] as string).toLowerCase())) after++;
      return [(words[before] as string).toLowerCase(), (words[after] as string).toLowerCase()];
    }
  }
  return null;
}
