// Words that name the kind of finding a question asks for, not a thing it asks about: "what are
// the downsides of building seawalls?", "any problems with heat pumps in the cold?", "what are the
// risks of…", "who actually benefits?". A claim stating a drawback rarely calls it one ("Heating
// output shrinks as the weather gets colder…"), so such a word left uncovered says little about
// whether the claim answers, where an uncovered thing ("…noise for the neighbours?") says the
// claim is about something else. The no-answer decision does not count them among the uncovered
// nouns (answerability.ts; eval/README.md, nineteenth session).

import { normalizeTerm } from '../search/normalizeTerm.js';

/**
 * Nouns of good and bad sides, singular and plural ("problem", "problems"): the ways people ask
 * what goes wrong or right with something. "probs" is read as "problems" before this (chatQuestion.ts).
 */
const ASPECT_WORD = /(?<![\p{L}\p{N}-])(?:problems?|issues?|downsides?|upsides?|drawbacks?|disadvantages?|advantages?|benefits?|risks?|dangers?|pitfalls?|challenges?|concerns?|limitations?|hurdles?|obstacles?|barriers?|objections?|criticisms?|pros|cons|tradeoffs?)(?![\p{L}\p{N}-])/giu;

/**
 * The index keys of the question's words that name a kind of finding (ASPECT_WORD), as typed; not
 * part of a compound ("problem-solving" is a skill, not a problem asked about).
 */
export function aspectTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const [word] of text.matchAll(ASPECT_WORD)) {
    const term = normalizeTerm(word);
    if (term !== null) terms.add(term);
  }
  return terms;
}
