// Whether a question asks for advice: instructions ("how do I reset…", "how to make…") or a pick
// ("what's the best app for…", "which library is best for…", "can anyone recommend a laptop…").
// Reports give findings, not steps or picks: the no-answer decision weighs it (answerability.ts).
// A recommendation asked was 13 of the ten development sets' unanswerable questions, in seven of
// them, against one answerable question (eval/README.md, ninth session).

/** "how do I…", "how should we…", "how to…". */
const HOW_TO = /\bhow\s+(?:do|should|can)\s+(?:i|we)\b|\bhow\s+to\b/i;

/**
 * "can anyone recommend", "recommend a…", "best way to", "what's the best…", "which … is best",
 * or a question opening on "best": not "the best LED fixtures" in a question about them.
 */
const PICK = /\b(?:can|could|would) (?:you|anyone|anybody|someone|somebody|y['’]?all) recommend\b|\brecommend (?:a|an|me|some|any)\b|\bbest way to\b|\b(?:what|which)(?:['’]s| is| are| was)? (?:[\w-]+ ){0,5}?best\b|^\W*best\b/i;

/** Whether `question` (as typed: plainQuestion) asks for instructions or a recommendation. */
export function asksAdvice(question: string): boolean {
  return HOW_TO.test(question) || PICK.test(question);
}
