// Whether a question asks for advice: instructions ("how do I reset…", "how to make…") or a pick
// ("what's the best app for…", "which library is best for…", "can anyone recommend a laptop…").
// Reports give findings, not steps or picks: the no-answer decision weighs it (answerability.ts).
// How often the development sets' questions ask for a pick: eval/README.md, ninth session.

/** "how do I…", "how should we…", "how to…". */
const HOW_TO = /\bhow\s+(?:do|should|can)\s+(?:i|we)\b|\bhow\s+to\b/i;

/**
 * "can anyone recommend", "recommend me…", "best way to", "what's the best X for…", "which X is
 * best" ("…works best", "…cope best"), or a question opening on "best": a pick asked in the present. Not "best" that is what the
 * question is about: "the best evidence on…", "which countries have the best…", "what was the
 * best year for…", "the best-performing…", nor "did the panel recommend a ban…".
 */
const PICK = /\b(?:can|could|would) (?:you|anyone|anybody|someone|somebody|y['’]?all) recommend\b|\brecommend me\b|\bbest way to\b|\b(?:what|which)(?:['’]s| is| are) the best (?:[\w-]+ ){1,4}?(?:for|to)\b|\bwhich (?:[\w-]+ ){0,4}?(?!the\b)[\w-]+ best\b(?!-)|^\W*best\b(?!-)/i;

/** Whether `question` (as typed: plainQuestion) asks for instructions or a recommendation. */
export function asksAdvice(question: string): boolean {
  return HOW_TO.test(question) || PICK.test(question);
}
