// A question's readings (the kinds of answer, src/answer/askedAnswerKind.ts and the files it reads
// from; the thing asked, askedThing.ts; the outcome asked, askedOutcome.ts; the event and the later
// step asked; a message of sign-offs only and a total asked aside, src/search) read on the longest
// adversarial inputs: a question opened by a long run of stops (MAKER_ASKED reads back from "who",
// not forward from every stop), a long run of the words a two-part reading starts from, and a
// claim whose name, "May" or Act follows a long run of spaces in a text with a letter beyond
// Latin-1 ("Aliağa": there V8 tries a lookbehind at every space unless the capital is looked for
// first, as NAME_INSIDE does). Each reading at 2,000 and 20,000 characters of padding: a linear
// one takes about ten times as long at the longer, a quadratic one about a hundred times (over
// MAX_GROWTH is read as not linear), and none may take over BOUND_MS at 20,000. A claim's readings
// (givesAnswerKind) run on a report's text, which has no length limit: those rows are what a
// report's writer can reach. A question is cut to its first 1,000 characters before any reading
// (readQuestion's limitQuestion), so the question rows read past the cut: a guard for a caller that
// reads a question without it. Rows marked `cut` (the initials' reading, bounded by the cut) are
// checked at the cut only: their time there must be under BOUND_AT_CUT_MS. Each reading's result is
// checked first, so what is timed is the right reading. Exit 1 when a reading is wrong, not linear
// or over the bound.
// `npx tsx bench/longReadings.ts [--batches 5]` (no corpus needed; about 30 s)

import { parseArgs } from 'node:util';
import { askedAnswerKinds, givesAnswerKind } from '../src/answer/askedAnswerKind.js';
import { askedOutcome } from '../src/answer/askedOutcome.js';
import { MAX_QUESTION_LENGTH } from '../src/answer/limitQuestion.js';
import { askedThing } from '../src/answer/askedThing.js';
import { asksLaterStep, tellsLaterStep } from '../src/answer/askedLaterStep.js';
import { askedEvent } from '../src/answer/askedEvent.js';
import { askedAlternatives } from '../src/answer/askedAlternatives.js';
import { functionWordsOf } from '../src/search/sharedFunctionWords.js';
import { acknowledgementsOnly } from '../src/search/acknowledgementsOnly.js';
import { TOTAL_ASKED_ASIDE } from '../src/search/totalAskedAside.js';
import { acknowledges, asksNothing, chatQuestion, pointsAbove } from '../src/search/chatQuestion.js';
import { namesPersonInRole } from '../src/answer/askedPerson.js';
import { tokenize } from '../src/search/tokenize.js';
import { percentile } from './percentile.js';
import { readQuestion } from '../src/answer/readQuestion.js';
import { Library } from '../src/library/library.js';
import { loadReports } from '../src/reports/loadReports.js';

/** What the unit tests allowed before timing left them (Slack's longest message is 40,000 characters). */
const BOUND_MS = 250;

/** The bundled reports: the library a question's names are read against (initialsOfNames.ts). */
const bundled = Library.from(await loadReports(new URL('../reports/', import.meta.url).pathname));
/** Between a linear reading's 10× and a quadratic one's 100×. */
const MAX_GROWTH = 30;
const SHORT = 2_000;
const LONG = 20_000;
/** Calls of a reading within one batch: as many as fit in this many ms (at least one). */
const BATCH_MS = 50;
/**
 * What a reading the cut bounds may take at the cut: input sent to make it slow, so rare, and
 * still a small part of an answer (not a person's wait of note).
 */
const BOUND_AT_CUT_MS = 10;
/** Padding that leaves room within the cut for the question a row asks after it. */
const AT_CUT = MAX_QUESTION_LENGTH - 40;

const { values } = parseArgs({ options: { batches: { type: 'string', default: '5' } } });
const batches = Number(values.batches);
if (!Number.isInteger(batches) || batches < 1) throw new Error(`--batches takes a whole number from 1, not ${values.batches}`);

interface Reading {
  name: string;
  /** The reading on `n` characters of padding; true when it reads what it should. */
  read(n: number): boolean;
  /** Read by the bot only on a question cut to MAX_QUESTION_LENGTH: checked at the cut, not past it. */
  cut?: true;
}

const spaces = (n: number): string => ' '.repeat(n);
/** `word` repeated to at most `n` characters. */
const repeated = (word: string, n: number): string => word.repeat(Math.floor(n / word.length));
const READINGS: Reading[] = [
  { name: 'maker asked after stops (". … who built the dome?")', read: (n) => askedAnswerKinds(`${'.'.repeat(n)} who built the dome?`).join() === 'maker' },
  { name: 'nothing asked after stops ("!…x")', read: (n) => askedAnswerKinds(`${'!'.repeat(n)}x`).length === 0 },
  { name: 'place named after spaces ("Aliağa … Izmir")', read: (n) => givesAnswerKind(`Aliağa${spaces(n)}Izmir`, 'place') },
  { name: 'no place after a stop ("Aliağa. … Izmir")', read: (n) => !givesAnswerKind(`Aliağa.${spaces(n)}Izmir`, 'place') },
  { name: 'no place, lower case ("ğ … x")', read: (n) => !givesAnswerKind(`ğ${spaces(n)}x`, 'place') },
  { name: '"May" inside a sentence ("x … May be")', read: (n) => givesAnswerKind(`x${spaces(n)}May be`, 'date') },
  { name: '"May" opening one ("x. … May be")', read: (n) => !givesAnswerKind(`x.${spaces(n)}May be`, 'date') },
  { name: 'an Act inside a sentence ("x … Act")', read: (n) => givesAnswerKind(`x${spaces(n)}Act`, 'law') },
  { name: 'an Act opening one ("x. … Act")', read: (n) => !givesAnswerKind(`x.${spaces(n)}Act`, 'law') },
  // A royal title and a name named over and over (royalNamed.ts): each name read once over the text,
  // not again at each of its matches.
  { name: 'a person named by a royal title, over and over ("King Gustav and …")', read: (n) => givesAnswerKind(repeated('King Gustav and ', n), 'person') },
  { name: 'a company by a royal title, so written at the end ("Kaiser Permanente and … researchers")', read: (n) => !givesAnswerKind(`${repeated('Kaiser Permanente and ', n)}Kaiser Permanente researchers`, 'person') },
  // A long message asking nothing, with no stop for a clause to end at: the readings that look
  // ahead for a clause's asking words must not start over at every word (REVIEW-1 item 6).
  { name: 'nothing asked in plain words ("x x x …")', read: (n) => askedAnswerKinds('x '.repeat(n / 2)).length === 0 },
  { name: 'nothing asked after "what"s ("what what …")', read: (n) => askedAnswerKinds('what '.repeat(n / 5)).length === 0 },
  // A long run of spaces: "…, and when?" read from the run's first space and its look-behind not
  // split over the run (askedAnswerKind.ts WHEN_LAST); a decade's "the" looked behind from the
  // decade's end (chatQuestion.ts CLIPPED_DECADE), read in a claim's function words as the library
  // reads them (sharedFunctionWords.ts, through spelledOut), not from every space.
  { name: 'nothing asked over spaces ("x … x")', read: (n) => askedAnswerKinds(`x${spaces(n)}x`).length === 0 },
  { name: 'a date asked after spaces ("which one … and when?")', read: (n) => askedAnswerKinds(`which one${spaces(n)}and when?`).join() === 'date' },
  { name: 'a claim\'s function words, a decade after spaces ("In the … 90s it rose.")', read: (n) => [...functionWordsOf(`In the${spaces(n)}90s it rose.`)].join() === 'in,the,it' },
  // The same for the readings that still looked ahead to the clause's end from every match of
  // their first words (REVIEW-1 item 16): a role word before "who is it" (PERSON_ASKED), "how
  // much" before a money word (the price), "when is" before "expected" (FUTURE_ASKED). Each
  // asking nothing after a long run of those words, then asking it after them.
  { name: 'nothing asked after role words ("ceo ceo …")', read: (n) => askedAnswerKinds(repeated('ceo ', n)).length === 0 },
  { name: 'nothing asked after "minister"s', read: (n) => askedAnswerKinds(repeated('minister ', n)).length === 0 },
  { name: 'a person asked after role words ("ceo … who is it?")', read: (n) => askedAnswerKinds(`${repeated('ceo ', n)}who is it?`).join() === 'person' },
  { name: 'nothing asked after "how much"s', read: (n) => askedAnswerKinds(repeated('how much ', n)).length === 0 },
  { name: 'a price asked after "how much"s ("… does it cost?")', read: (n) => askedAnswerKinds(`${repeated('how much ', n)}does it cost?`).join() === 'price' },
  { name: 'only a date asked after "when is"s', read: (n) => askedAnswerKinds(repeated('when is ', n)).join() === 'date' },
  { name: 'a future date after "when is"s ("… it expected?")', read: (n) => askedAnswerKinds(`${repeated('when is ', n)}it expected?`).join() === 'date,future' },
  // Two more two-part readings read per clause since (fix35): the toll something takes, and how
  // far a figure rose (asked after a long run of their first words, a change verb at the end).
  { name: 'no toll asked after "what toll"s ("… take")', read: (n) => askedAnswerKinds(`${repeated('what toll ', n)}take`).length === 0 },
  { name: 'no length asked after "how far"s ("… rose")', read: (n) => askedAnswerKinds(`${repeated('how far ', n)}rose`).length === 0 },
  // The thing a wh-phrase asks for (askedThing.ts): a wh-word opening a clause after "and" or a
  // comma, asking no thing, over and over; then the thing asked after the run.
  { name: 'no thing asked after "and what"s', read: (n) => askedThing(repeated('and what ', n)) === null },
  { name: 'no thing asked after ", what"s', read: (n) => askedThing(repeated(', what ', n)) === null },
  { name: 'a thing asked after "and what"s ("… Which company built the dome?")', read: (n) => askedThing(`${repeated('and what ', n)}. Which company built the dome?`) === 'company' },
  // The thing a yes/no question asks whether someone got any of (askedThing.ts, "did he get any
  // reward?"): an auxiliary over and over after a word opening the question ("quick q did…") or
  // after commas, getting nothing; then a thing asked after the run.
  { name: 'no thing got asked after "q did"s ("q did any …")', read: (n) => askedThing(repeated('q did any ', n)) === null },
  { name: 'no thing got asked after commas (", , … did any x")', read: (n) => askedThing(`${repeated(', ', n)}did any x`) === null },
  { name: 'a thing got asked after "q did"s ("… get any reward?")', read: (n) => askedThing(`${repeated('q did ', n)}get any reward?`) === 'reward' },
  // The outcome a yes/no question asks a cause to change (askedOutcome.ts): an auxiliary over and
  // over, opening a clause or not, changing nothing; then an outcome asked after the run; plain
  // words (each word opening on an auxiliary's letter was read back to its clause's start) and
  // spaces after an auxiliary. Each part is found once over the message (review64).
  { name: 'no outcome asked after "do"s', read: (n) => askedOutcome(repeated('do ', n)) === null },
  { name: 'no outcome asked after ", do"s', read: (n) => askedOutcome(repeated(', do ', n)) === null },
  { name: 'an outcome asked after "do"s ("… Did crime change after the law?")', read: (n) => askedOutcome(`${repeated('do ', n)}. Did crime change after the law?`)?.outcome === 'crime' },
  { name: 'no outcome asked in plain words ("how did the cat the cat …")', read: (n) => askedOutcome(`how did ${repeated('the cat ', n)}`) === null },
  { name: 'no outcome asked after "do" and spaces ("do … x")', read: (n) => askedOutcome(`do${spaces(n)}x`) === null },
  // A later step in a story (askedLaterStep.ts): "ever" before "again", "what happened to"
  // before a later time, "what is" before "doing now", each read from its first match in a clause;
  // "later" told, looked behind from each one for "days" (a few days later is the event's own).
  { name: 'no later step asked after "ever"s', read: (n) => !asksLaterStep(repeated('ever ', n)) },
  { name: 'a later step asked after "ever"s ("… again")', read: (n) => asksLaterStep(`${repeated('ever ', n)}again`) },
  { name: 'no later step asked after "what happened to"s', read: (n) => !asksLaterStep(repeated('what happened to ', n)) },
  { name: 'no later step asked after "what is"s', read: (n) => !asksLaterStep(repeated('what is ', n)) },
  { name: 'no later step told after "days later"s', read: (n) => !tellsLaterStep(repeated('days later ', n)) },
  { name: 'no later step asked after "again in"s and "which later"s', read: (n) => !asksLaterStep(repeated('again in which later on ', n)) },
  { name: 'a later step asked after "again in"s ("… again in 2014")', read: (n) => asksLaterStep(`${repeated('again in ', n)}again in 2014`) },
  { name: 'no later step asked or told in a run of their cues ("what did he do ever and what happened to them after all …")', read: (n) => { const text = repeated('what did he do ever and what happened to them after all was said ', n); return !asksLaterStep(text) && !tellsLaterStep(text); } },
  // A rate's "a day" looked behind from "a" (askedPace.ts RATE_SPAN) and a year's context from the
  // year (yearWords.ts YEAR_IN_CONTEXT, which the count reads to leave years out), not from every
  // space of a long run in a claim.
  { name: 'no pace over spaces ("x … x")', read: (n) => !givesAnswerKind(`x${spaces(n)}x`, 'pace') },
  { name: 'a rate after spaces ("4,000 climbers … a day")', read: (n) => givesAnswerKind(`4,000 climbers${spaces(n)}a day`, 'pace') },
  { name: 'no count over spaces ("x … x")', read: (n) => !givesAnswerKind(`x${spaces(n)}x`, 'count') },
  { name: 'a year after spaces, no count ("It opened in … 2019.")', read: (n) => !givesAnswerKind(`It opened in${spaces(n)}2019.`, 'count') },
  // The event a yes/no question asks (askedEvent.ts): only the first "ever" or "anyone" is read.
  { name: 'no event asked after "ever"s', read: (n) => askedEvent(repeated('ever ', n)) === null },
  { name: 'no event asked after "was anyone"s', read: (n) => askedEvent(repeated('was anyone ', n)) === null },
  { name: 'no event asked after "did anyone ever quite so"s', read: (n) => askedEvent(repeated('did anyone ever quite so ', n)) === null },
  // The two things a question asks between (askedAlternatives.ts): only the first "or" in a clause is read.
  { name: 'no two things asked in clauses opened by "or" ("or, or, …")', read: (n) => askedAlternatives(repeated('or, ', n)) === null },
  { name: 'two things asked in a run of "or"s ("this or that or …")', read: (n) => askedAlternatives(repeated('this or that ', n))?.[1] === 'that' },
  // A message of sign-offs sharing words (acknowledgementsOnly.ts, read by chatQuestion): each start
  // of a chain read once, not every split of it; and "all told" looked for before what stands
  // behind it (totalAskedAside.ts), not from every position of a message holding its cue.
  { name: 'sign-offs sharing words only ("take care all good bye …")', read: (n) => acknowledgementsOnly(repeated('take care all good bye ', n)) },
  { name: 'sign-offs sharing words, then a word ("take care all good bye … x")', read: (n) => !acknowledgementsOnly(`${repeated('take care all good bye ', n)}x`) },
  { name: 'no total aside after its cue ("which country a a …")', read: (n) => { const text = `which country ${repeated('a ', n)}`; return text.replace(TOTAL_ASKED_ASIDE.pattern, '') === text; } },
  // A confirming "right" before a run of emoji that are punctuation too, or of shortcodes of
  // punctuation, then a word (confirmingRight.ts TO_MESSAGE_END): each character read one way.
  { name: 'a "right" kept before emoji that are punctuation (", right ⁉⁉ … x")', read: (n) => { const text = `it fell, right ${'⁉'.repeat(n)} x`; return chatQuestion(text) === text; } },
  { name: 'a "right" kept before shortcodes of punctuation (", right :-:- … x")', read: (n) => { const text = `it fell, right ${repeated(':-', n)} x`; return chatQuestion(text) === text; } },
  // Slack's markup read to its ">" before any other "<" (chatQuestion.ts): a run of unclosed ones
  // read once, not from each to the end. Read on the whole message, before its cut.
  { name: 'a message of unclosed mentions asks ("<!<!…": asksNothing, acknowledges)', read: (n) => { const text = repeated('<!', n); return !asksNothing(text) && !acknowledges(text); } },
  { name: 'unclosed links point at nothing ("<http:<http:…": pointsAbove)', read: (n) => !pointsAbove(repeated('<http:', n)) },
  // A chain of shares ending in a word (chatRequests.ts CALCULATION): "percent" read one way.
  { name: 'a chain of shares ending in a word ("what is 1 percent of 2 … of the budget?")', read: (n) => { const text = `what is 1${repeated(' percent of 2', n)} of the budget?`; return chatQuestion(text) === text; } },
  // People named in apposition, over and over, in a claim (askedPerson.ts): the word before each
  // read back from it, each index looked up in a set, each sentence read for a role once.
  { name: 'a person in apposition, over and over ("Smith, a doctor, …")', read: (n) => givesAnswerKind(repeated('Smith, a doctor, ', n), 'person') },
  { name: 'no role in sentences of appositions ("Smith, a baker. …")', read: (n) => !namesPersonInRole(repeated('Smith, a baker, ', n)) && !namesPersonInRole(repeated('Smith, a baker. ', n)) },
  { name: 'a role after sentences of appositions ("… Jones, the club chairman.")', read: (n) => namesPersonInRole(`${repeated('Smith, a baker. ', n)}Jones, the club chairman.`) },
  { name: 'a total aside after its cue ("which country a a … , all told?")', read: (n) => `which country ${repeated('a ', n)}, all told?`.replace(TOTAL_ASKED_ASIDE.pattern, '').endsWith(', ?') },
  // The rest of a clause after thanks or an offer (courtesies.ts) and after a task's verb
  // (chatRequests.ts), up to a question word or "and": a run of spaces looked ahead over once
  // (charsNotBefore.ts), not to its end from each of them.
  { name: 'thanks for something over a run of spaces ("thanks for      x")', read: (n) => chatQuestion(`thanks for${' '.repeat(n)}x`) === '' },
  { name: 'no task after a run of spaces ("can you translate      x")', read: (n) => chatQuestion(`can you translate${' '.repeat(n)}x`) === 'can you translate x' },
  { name: 'years spanned after "from"s ("from from … 1875 until 1956")', read: (n) => givesAnswerKind(`${'from '.repeat(n / 5)}1875 until 1956`, 'duration') },
  { name: 'no span after "from"s ("from from … 1875 x")', read: (n) => !givesAnswerKind(`${'from '.repeat(n / 5)}1875 x`, 'duration') },
  // A web address joined into one word (webAddresses.ts, read by tokenize on every claim and
  // question): a run of hyphenated labels read from its first letter, not again from each hyphen;
  // a run of labels with no known ending tried once.
  { name: 'a web address after hyphenated labels ("aaaa-aaaa-… x.com")', read: (n) => tokenize(`${repeated('aaaa-', n)} x.com`).at(-1) === 'xcom' },
  { name: 'no web address in a run of labels ("ab.ab.… x")', read: (n) => tokenize(`${repeated('ab.', n)}x`).every((word) => word === 'ab' || word === 'x') },
  { name: 'web addresses over and over ("word.com word.com …")', read: (n) => tokenize(repeated('word.com ', n)).every((word) => word === 'wordcom') },
  // A name's initials over and over, read against the library's names (readQuestion.ts,
  // initialsOfNames.ts): each distinct word read once a question.
  { name: 'initials over and over ("ny ny …")', read: (n) => readQuestion(repeated('ny ', n), bundled).query.text.startsWith('new york new york'), cut: true },
];

/** Wall ms of one call: the median over the batches of each batch's ms per call. */
function msPerCall(read: () => boolean): number {
  const perCall: number[] = [];
  for (let b = 0; b < batches; b++) {
    const from = performance.now();
    let calls = 0;
    do {
      read();
      calls++;
    } while (performance.now() - from < BATCH_MS);
    perCall.push((performance.now() - from) / calls);
  }
  return percentile(perCall, 50);
}

const wrong = READINGS.flatMap((reading) => [...(reading.cut ? [AT_CUT] : []), SHORT, LONG].filter((n) => !reading.read(n)).map((n) => `${reading.name} at ${n}`));
if (wrong.length > 0) {
  console.error(`longReadings: read wrongly, not timed:\n  ${wrong.join('\n  ')}`);
  process.exit(1);
}

const f = (ms: number): string => (ms < 1 ? ms.toFixed(3) : ms.toFixed(1));
console.log(`| reading | ${SHORT.toLocaleString('en')} | ${LONG.toLocaleString('en')} | longer / shorter (≤ ${MAX_GROWTH}×) | ≤ ${BOUND_MS} ms at ${LONG.toLocaleString('en')} |`);
console.log('|---|---|---|---|---|');
let failed = 0;
for (const reading of READINGS) {
  const short = msPerCall(() => reading.read(SHORT));
  const long = msPerCall(() => reading.read(LONG));
  const growth = long / short;
  if (reading.cut) {
    const atCut = msPerCall(() => reading.read(AT_CUT));
    if (atCut > BOUND_AT_CUT_MS) failed++;
    console.log(`| ${reading.name} | ${f(short)} ms | ${f(long)} ms | ${growth.toFixed(1)}×, past the cut: not checked | at the cut (${AT_CUT.toLocaleString('en')}) ${f(atCut)} ms: ${atCut > BOUND_AT_CUT_MS ? 'NOT MET' : 'met'} (≤ ${BOUND_AT_CUT_MS} ms) |`);
    continue;
  }
  if (growth > MAX_GROWTH || long > BOUND_MS) failed++;
  console.log(`| ${reading.name} | ${f(short)} ms | ${f(long)} ms | ${growth.toFixed(1)}× ${growth > MAX_GROWTH ? 'NOT LINEAR' : 'linear'} | ${long > BOUND_MS ? 'NOT MET' : 'met'} |`);
}
console.log(`(wall ms per reading, median of ${batches} batches; a linear reading grows about 10×, a quadratic one about 100×)`);
if (failed > 0) process.exitCode = 1;
