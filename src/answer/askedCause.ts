// Whether a question asks why, and whether a claim's sentence states a cause ("because", "due
// to", "led to", "in order to"…): "Why was that reef so dangerous to ships?" is answered by the
// claim that says "because it lies almost entirely underwater at high tide", not by one about the
// same reef that states no cause. Read by the reranker (rerankFeatures.ts) for each of the first
// claims: two regular expressions, cheap. A cause word is much commoner in the answers to "why"
// questions among the first claims found than in the other claims there (eval/README.md,
// thirty-ninth session). Left out: "since", which the reports write for a time ("since 2012"),
// and words that only sometimes give a cause ("after", "so", "which", "allowed").

const ASKS_WHY = /\bwhy\b/i;

const STATES_CAUSE =
  /\b(?:because|due to|driven by|owing to|thanks to|as a result|so that|in order to|in response|in retaliation|to (?:avoid|prevent|protect|keep)|le(?:d|ads?|ading) to|caus(?:e|ed|es|ing)|reasons?)\b/i;

/** Whether `question` asks why. */
export function asksWhy(question: string): boolean {
  return ASKS_WHY.test(question);
}

/** Whether `sentence` states a cause or a purpose in so many words. */
export function statesCause(sentence: string): boolean {
  return STATES_CAUSE.test(sentence);
}
