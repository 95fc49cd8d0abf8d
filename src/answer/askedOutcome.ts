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
const OPENING_AUXILIARY = String.raw`(?:^|[.!?:;,]\s+|\b(?:q|question|wondering|know if|know whether)\s+)(?:do|does|did|can|could|will|would)\s+`;
const WH_WORD = String.raw`\b(?:what|how|why|which|who|where|when)\b`;
const CHANGE_VERB = String.raw`\b(${CHANGE})\b(?!\s+(?:or|and)\b)`;
const ASKS_OUTCOME: Reading = {
  pattern: new RegExp(String.raw`${OPENING_AUXILIARY}(?![^?.!]*${WH_WORD})[^?.!]*?${CHANGE_VERB}([^?.!,]*)`, 'idy'),
  starts: new RegExp(`(?=(${OPENING_AUXILIARY}))`, 'gi'),
  stops: /[?.!]/g,
  ends: new RegExp(`(?=${CHANGE_VERB})`, 'gi'),
  unless: new RegExp(WH_WORD, 'gi'),
};

/**
 * The outcome named before its verb: "what happened to crime after…", "how did test scores change
 * after…", "did weekend work go up when…", "by how much did use of force rise when…". The verb
 * of change is followed by when it happened (after, since, when, once, under, in). "in" names a
 * time only before a year, a time phrase ("the 1990s", "the last decade", "recent years",
 * "lockdown") or a place (written "IN" in the lowered question: lowered): after a verb of change it
 * usually names what changed ("do heat pumps change in efficiency when…"). Read in the lowered
 * question (lowered), so written in lower case.
 */
const AUXILIARY_FIRST = String.raw`\b(?:what happened to|how (?:much )?(?:did|has|have|does|do)|did|has|have|does|do)\s+`;
const WHEN_WORD = String.raw`(?:after|since|when|once|under|IN|in(?=\s+(?:\d|the\s+(?:(?:last|past|next|first|early|late|mid)\s+)?(?:[\w-]+\s+)?(?:years?|decades?|months?|weeks?|\d{2,4}s)\b|the\s+past\b|recent\s+years\b|lockdown\b|the\s+pandemic\b)))\b`;
const OUTCOME_FIRST: Reading = {
  pattern: new RegExp(
    String.raw`${AUXILIARY_FIRST}([^?.!,]*?)\s+(?:(change[sd]?|fall|fell|rise|rose|drop(?:ped)?|go up|went up|go down|went down|shift(?:ed)?)\s+)?${WHEN_WORD}`,
    'dy',
  ),
  starts: new RegExp(`(?=(${AUXILIARY_FIRST}))`, 'g'),
  stops: /[?.!,]/g,
  ends: new RegExp(String.raw`(?<=\s)${WHEN_WORD}`, 'g'),
};

/**
 * The question in lower case letter for letter (so its indexes are the question's), but "in"
 * before a capitalised word ("in California") as "IN": where a place follows. A question with no
 * lower-case letter ("HOW DID CRIME CHANGE AFTER THE LAW?") has no capital to tell a place by.
 */
function lowered(question: string): string {
  const letters = /[a-z]/.test(question) ? /\b[Ii][Nn](?=\s+[A-Z])|[A-Z]/g : /[A-Z]/g;
  return question.replace(letters, (read) => (read.length === 2 ? 'IN' : read.toLowerCase()));
}

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
  // The outcome and its verb are cut from the question as typed (lowered keeps every index).
  const first = firstMatch(OUTCOME_FIRST, lowered(question));
  const [namedAt, verbAt] = [first?.indices?.[1], first?.indices?.[2]];
  const named = namedAt ? question.slice(namedAt[0], namedAt[1]).trim() : '';
  const happened = /^what happened to\b/.test(first?.[0] ?? '');
  if (named && (verbAt || happened)) return { verb: verbAt ? question.slice(verbAt[0], verbAt[1]) : 'happened', outcome: named };
  // Commas inside quotes are read as spaces: the outcome runs on past them. The masked question
  // is as long as the question, so the outcome is cut from the question as typed.
  const masked = question.replace(QUOTED, (quoted) => quoted.replaceAll(',', ' '));
  const match = firstMatch(ASKS_OUTCOME, masked);
  const after = match?.indices?.[2];
  const outcome = after ? question.slice(after[0], after[1]).trim() : '';
  return match?.[1] && outcome ? { verb: match[1], outcome } : null;
}

/**
 * A pattern read from several places with its parts, to find its first match (firstMatch): where it
 * can start (`starts`: zero-width, its first group the opening words, after which the rest is
 * read), the stops no match reads across (`stops`), a word every match reaches after the opening
 * words (`ends`: where each can start) and, with `unless`, words the pattern refuses after them.
 */
interface Reading {
  /** Sticky: tried at one place at a time. */
  pattern: RegExp;
  starts: RegExp;
  stops: RegExp;
  ends: RegExp;
  unless?: RegExp;
}

/**
 * The reading's first match in `text`, as its pattern's `exec` finds it without the sticky flag,
 * in time growing with the text: the pattern is tried only where it can start, and only where the
 * part of the text after its opening words (up to a stop) holds a word every match reaches and
 * none it refuses. Tried from every start, a pattern that reads to the part's end cost its square
 * (bench/longReadings.ts).
 */
function firstMatch({ pattern, starts, stops, ends, unless }: Reading, text: string): RegExpExecArray | null {
  const reached = [...text.matchAll(ends)].map((found) => found.index);
  if (reached.length === 0) return null;
  const partEnds = [...text.matchAll(stops)].map((found) => found.index);
  partEnds.push(text.length);
  const partOf = (at: number): number => {
    let [low, high] = [0, partEnds.length - 1];
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((partEnds[middle] as number) < at) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  // The last place each part holds a word every match reaches, and a word the pattern refuses (-1: none).
  const lastIn = (places: Iterable<number>): number[] => {
    const last = partEnds.map(() => -1);
    for (const at of places) last[partOf(at)] = at;
    return last;
  };
  const lastEnd = lastIn(reached);
  const lastUnless = lastIn(unless ? [...text.matchAll(unless)].map((found) => found.index) : []);
  for (const found of text.matchAll(starts)) {
    const rest = found.index + (found[1] as string).length;
    const part = partOf(rest);
    if ((lastEnd[part] as number) < rest || (lastUnless[part] as number) >= rest) continue;
    pattern.lastIndex = found.index;
    const match = pattern.exec(text);
    if (match) return match;
  }
  return null;
}
