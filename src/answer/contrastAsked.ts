// Whether a question weighs one thing against another ("is it the big knockouts that matter, or
// all the little knocks?", "mostly thieves or just getting it wrong?", "spanish subs or english
// subs?") and whether a claim's sentence sets two things side by side ("…rather than the number of
// diagnosed concussions", "…honest mistakes … rather than deliberate theft"): the claim that answers
// an either/or question usually says which of the two, against the other. Read by the reranker
// (rerankFeatures.ts) for each of the first claims; two regular expressions, cheap.

/**
 * "or", "versus", "vs" between two things; not chat's trailing "or not", "or nah", "or so",
 * "or something", "or anything", "or what", "or whatever", nor "a day or two".
 */
const EITHER_OR = /\b(?:or|versus|vs)\b(?!\s+(?:not|nah|so|something|anything|what|whatever|two)\b)/i;

/** Two things set side by side: "rather than", "instead of", "than", "not … but", "unlike", "whereas". */
const CONTRAST = /\brather than\b|\binstead of\b|\bthan\b|\bnot\b[^.;]*\bbut\b|\bunlike\b|\bwhereas\b/i;

/** Whether `question` weighs one thing against another ("… or …", "… versus …"). */
export function asksEitherOr(question: string): boolean {
  return EITHER_OR.test(question);
}

/** Whether `sentence` sets two things side by side ("rather than", "than", "not … but" …). */
export function statesContrast(sentence: string): boolean {
  return CONTRAST.test(sentence);
}
