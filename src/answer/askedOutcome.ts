// Whether a question asks if something changes an outcome, and which outcome: "Does raising the
// minimum wage affect crime rates?" asks of crime rates, "do new bike lanes push up house prices
// nearby?" of house prices, "What happened to crime after…" of crime. A question near a report's topic that no claim answers often asks of
// an outcome the report never measured: its best claim is on the cause, with another outcome
// (the CBO's jobs and pay projection; pop-up lanes drawing riders). The no-answer decision weighs
// whether the best claim has any word of the outcome (answerability.ts; eval/README.md, tenth
// session).

/**
 * Verbs of change: what a yes/no question asks a cause to do to an outcome. Each is asked so in
 * two or more of the development sets (eval/README.md, tenth session: the count per verb).
 */
const CHANGE = String.raw`(?:(?:improve|reduce|raise|lower|increase|change|affect|help|cause|slow)(?:s|d|ed)?|trap(?:s|ped)?|push(?:es|ed)? up)`;

/**
 * A yes/no question: "do / does / did / can / will …" opening the question, a sentence or a
 * clause, or after "quick q", "wondering", "know if" ("how does it damage…" and "why does water
 * boil at a lower…" open on how and why), with a verb of change and no wh-word after the
 * auxiliary in the sentence ("did it change how people got around?" asks how). The outcome is
 * what follows the verb, to the end of the sentence or clause (a comma), and does not open on
 * "or" / "and": there the verb is a noun in a list ("their housing help or childcare support") or
 * the first of two verbs ("raise or lower yields", whose outcome follows the second).
 */
const ASKS_OUTCOME = new RegExp(
  String.raw`(?:^|[.!?:;,]\s+|\b(?:q|question|wondering|know if|know whether)\s+)(?:do|does|did|can|could|will|would)\s+(?![^?.!]*\b(?:what|how|why|which|who|where|when)\b)[^?.!]*?\b(${CHANGE})\b(?!\s+(?:or|and)\b)([^?.!,]*)`,
  'id',
);

/**
 * The outcome named before its verb: "what happened to crime after…", "how did test scores change
 * after…", "did weekend work go up when…", "by how much did use of force rise when…". The verb
 * of change is followed by when it happened (after, since, when, once, under, in). "in" names a
 * time only before a year, a capitalised place or "the years / decade…": after a verb of change
 * it usually names what changed ("do heat pumps change in efficiency when…"). Case matters, so
 * the question words are written in both.
 */
const OUTCOME_FIRST = /\b(?:[Ww]hat happened to|[Hh]ow (?:much )?(?:did|has|have|does|do)|[Dd]id|[Hh]as|[Hh]ave|[Dd]oes|[Dd]o)\s+([^?.!,]*?)\s+(?:(change[sd]?|fall|fell|rise|rose|drop(?:ped)?|go up|went up|go down|went down|shift(?:ed)?)\s+)?(?:after|since|when|once|under|in(?=\s+(?:\d|[A-Z]|the\s+(?:years?|decades?|months?|weeks?|past)\b)))\b/d;

/** What a question asks a cause to change: the verb as typed ("push up") and the words of the outcome after it. */
export interface AskedOutcome {
  verb: string;
  outcome: string;
}

/**
 * Words in quotes: "if the cop says 'nice job, that's our guy' right after…" quotes what someone
 * said, and its comma ends no clause. A quote opens after a space and closes before one or a stop
 * (so "that's" does not close it). One opened by an apostrophe holds one only between letters
 * and closes on none after an "s": "drivers' costs" is a plural's, not a quote's end.
 */
const QUOTED = /(?<=^|\s)(?:["“][^"“”\n]*?["”]|['‘](?:[^'‘’"“”\n]|(?<=\p{L})['’](?=\p{L}))*?(?<![sS])['’])(?=[\s.,!?;:]|$)/gu;

/** The outcome a question asks whether something changes, and its verb, or null when it asks no such thing. */
export function askedOutcome(question: string): AskedOutcome | null {
  // Commas inside quotes are read as spaces: the outcome runs on past them. The masked question
  // is as long as the question, so the outcome is cut from the question as typed.
  const first = OUTCOME_FIRST.exec(question);
  const named = first?.[1]?.trim() ?? '';
  const happened = /^what happened to\b/i.test(first?.[0] ?? '');
  if (first && named && (first[2] || happened)) return { verb: first[2] ?? 'happened', outcome: named };
  const match = ASKS_OUTCOME.exec(question.replace(QUOTED, (quoted) => quoted.replaceAll(',', ' ')));
  const at = match?.indices?.[2];
  const outcome = at ? question.slice(at[0], at[1]).trim() : '';
  return match?.[1] && outcome ? { verb: match[1], outcome } : null;
}
