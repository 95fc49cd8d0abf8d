// Whether a question asks if something changes an outcome, and which outcome: "Does raising the
// minimum wage affect crime rates?" asks of crime rates, "do new bike lanes push up house prices
// nearby?" of house prices. A question near a report's topic that no claim answers often asks of
// an outcome the report never measured: its best claim is on the cause, with another outcome
// (the CBO's jobs and pay projection; pop-up lanes drawing riders). The no-answer decision weighs
// whether the best claim has any word of the outcome (answerability.ts; eval/README.md, tenth
// session).

/** Verbs of change: what a yes/no question asks a cause to do to an outcome. */
const CHANGE = String.raw`(?:improve|reduce|raise|lower|increase|change|affect|push(?:es)? up|help|damage|harm|cause|cut|boost|slow|destroy|trap|interfere with|worsen|prevent)(?:s|d|ed)?`;

/**
 * A yes/no question: "do / does / did / can / will …" opening the question, a sentence or a
 * clause, or after "quick q", "wondering", "know if" ("how does it damage…" and "why does water
 * boil at a lower…" open on how and why), with a verb of change and no wh-word after the
 * auxiliary in the sentence ("did it change how people got around?" asks how). The outcome is
 * what follows the verb, to the end of the sentence.
 */
const ASKS_OUTCOME = new RegExp(
  String.raw`(?:^|[.!?:;,]\s+|\b(?:q|question|wondering|know if|know whether)\s+)(?:do|does|did|can|could|will|would)\s+(?![^?.!]*\b(?:what|how|why|which|who|where|when)\b)[^?.!]*?\b${CHANGE}\b([^?.!]*)`,
  'i',
);

/** The words of the outcome a question asks whether something changes, or null when it asks no such thing. */
export function askedOutcome(question: string): string | null {
  const outcome = ASKS_OUTCOME.exec(question)?.[1]?.trim();
  return outcome ? outcome : null;
}
