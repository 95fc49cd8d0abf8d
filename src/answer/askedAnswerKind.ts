// What kind of answer a question asks for, when its words say so: a price ("how much does … cost"),
// a date ("when did…", "what year / date…"), a duration ("how long do pandas live?", "how many
// years…"), a duration or a length ("how long is the bridge?"), a count ("how many…", "how big was
// the fleet?": askedBodySize.ts), what
// the law says ("is it legal to…"), what tops a ranking ("which bridge has the most sensors?") or
// who made or won something ("who founded the Center for Open Science?"), a figure per year ("how
// many visitors does the museum get each year?"), a date still ahead ("when will Cambodia be
// declared mine-free?") or the person holding a role ("who is the current CEO of…?", "which German
// official ordered…?"), a length ("how tall…", "how far…"), a share ("what percentage…"), any
// figure ("how high…", "what is the … rate"), a place ("which US states…", "which Turkish town…"),
// a weight ("how heavy…", "how much does … weigh?"), a temperature ("how cold is the surface of
// Pluto?"), a physical measure by its noun ("what voltage…", "how loud…"), a death ("when did
// Alfred Dreyfus die?"), a place below the top ("who came second to Comăneci?"), what an
// abbreviation stands for ("what does MONIAC stand for?"), an age ("how old was Banting when he got
// the Nobel?"), a name ("What was the name of the dog…?", "what's it called"), a total ("How many
// people died of kuru altogether?": not a figure a year) or how fast ("how quickly did the flames
// spread?": a speed, a rate or the time it took; read by the reranker only, answerability.ts) or who
// bought or owns something ("who bought the Lady Blunt Stradivarius?") or a book's size in pages ("how thick is
// the book?": no figure, length or duration asked of it). A question near a report's topic that no
// claim answers is often one whose best claim shares its topic words but gives nothing of the kind asked ("How much
// does a dose of Shingrix cost in the US?" against a claim on who is offered the vaccine): the
// answer model weighs that (answerability.ts). A count is a quantity as the reranker reads one
// (askedQuantity.ts).
// The readings of each kind live in askedPrice.ts, askedDuration.ts, askedRanking.ts, askedMaker.ts,
// askedPerson.ts, askedLength.ts, askedPlace.ts, askedWeight.ts, askedTemperature.ts, askedDeath.ts,
// askedPlacing.ts, askedExpansion.ts, askedAge.ts, askedName.ts, askedTotal.ts, askedMeasure.ts, askedPace.ts, askedOwner.ts and askedBookSize.ts;
// the others are here.

import { matchesOf } from '../search/matchesOf.js';
import { AGE_ASKED, AGE_TOLD, withoutYearsOld } from './askedAge.js';
import { asksBodySize } from './askedBodySize.js';
import { BOOK_SIZE_ASKED, givesBookSize, withoutBookSizeAsked } from './askedBookSize.js';
import { withoutAbsenceYears } from './absenceYears.js';
import { DEATH_ASKED, DEATH_GIVEN } from './askedDeath.js';
import { EXPANSION_ASKED, EXPANSION_GIVEN } from './askedExpansion.js';
import { DURATION, DURATION_ASKED, LENGTH_OR_DURATION_ASKED, SPAN_NUMBER, givesDuration, givesLengthOrDuration } from './askedDuration.js';
import { LENGTH_ASKED, LENGTH_GIVEN, MEASURED_IN_LENGTH_UNITS } from './askedLength.js';
import { MAKER_ASKED, namesMaker } from './askedMaker.js';
import { MEASURE_ASKED, givesMeasure, measureNounAsked } from './askedMeasure.js';
import { NAME_ASKED, NAME_GIVEN } from './askedName.js';
import { OWNER_ASKED, namesOwner } from './askedOwner.js';
import { PACE_ASKED, givesPace } from './askedPace.js';
import { PERSON_ASKED, namesPerson } from './askedPerson.js';
import { asksPlace, namesSomething } from './askedPlace.js';
import { PLACING_ASKED, PLACING_GIVEN } from './askedPlacing.js';
import { givesPoundsOfMoney, withoutPoundsOfMoney } from './poundsOfMoney.js';
import { AMOUNT_OF_MONEY, PRICE_ASKED, PRICE_CHANGED } from './askedPrice.js';
import { statesQuantity } from './askedQuantity.js';
import { RANKING_ASKED, RANKING_GIVEN } from './askedRanking.js';
import { TEMPERATURE_ASKED, TEMPERATURE_GIVEN } from './askedTemperature.js';
import { TOTAL_ASKED, givesTotal } from './askedTotal.js';
import { WEIGHT_ASKED, WEIGHT_GIVEN } from './askedWeight.js';
import { anyClause, firstThen } from './clauseReading.js';
import { FIGURE_MAGNITUDE, HOW_MANY, MAGNITUDE_WORDS } from './quantityWords.js';
import { DECADE, EARLY_YEAR, MONTHS, YEAR, YEAR_FLAGS, YEAR_IN_CONTEXT, YEAR_RANGE } from './yearWords.js';
import { BE_FORMS, TIME_AUXILIARY_VERBS, oneOf } from '../search/auxiliaryVerbs.js';

export { SUPERLATIVE_WORDS } from './askedRanking.js';

export type AnswerKind = 'price' | 'date' | 'duration' | 'lengthOrDuration' | 'count' | 'law' | 'ranking' | 'maker' | 'yearly' | 'future' | 'person' | 'length' | 'share' | 'figure' | 'place' | 'weight' | 'temperature' | 'death' | 'placing' | 'expansion' | 'age' | 'name' | 'total' | 'measure' | 'pace' | 'owner' | 'bookSize';

/**
 * "How many / how much … each year (per year, annually, yearly, "visitors a year")": a figure per
 * year. Not "a year" after a preposition or "half": "how much weight do people lose in a year?",
 * "how many were still on it after a year?" ask a figure over a span. Answered by a figure per year
 * or one of a named year ("in 2022", "last year").
 */
const HOW_MANY_OR_MUCH = new RegExp(String.raw`${HOW_MANY}|\bhow much\b`, 'i');
const YEAR_RATE = /\b(?:(?:each|every|per) year|(?<!\b(?:in|after|within|for|over|under|than|half|about|around|nearly|almost) )a year(?! ago\b)(?!-)|annually|yearly|per annum)\b/i;
/** Whether a clause (no "?", "." or "!") asks a figure per year: "how many / how much" and a year's rate in it, in either order. */
function clauseAsksYearly(clause: string): boolean {
  return HOW_MANY_OR_MUCH.test(clause) && YEAR_RATE.test(clause);
}

/**
 * A date still ahead: "when will / would…", "when is … expected / due / set to / scheduled /
 * planned / likely / going to / next" (the word after "when is" in its clause: anyClause), "when
 * does … expect / plan", "what year will", "by when".
 */
const FUTURE_WORDS = /\bwhen (?:will|would)\b|\bwhat year will\b|\bby when\b/i;
const WHEN_IS_EXPECTED = anyClause(firstThen(/\bwhen (?:is|are|does|do)\b/i, /\b(?:expected|expects?|going to|due|set to|scheduled|planned|plans?|likely|next)\b/i));

/**
 * A share or concentration asked: "what (alcohol) concentration / percentage…", "what is the
 * (five-year survival) percentage / concentration of…". A rate asks a figure (FIGURE_ASKED).
 */
const SHARE_ASKED = /\bwhat (?:[\w-]+ )?(?:concentration|percentage)\b|\bwhat(?:['’]s| is| was| are| were) the (?:[\w-]+ ){0,2}(?:concentration|percentage)\b/i;
/**
 * Any figure asked: "how high / deep / wide / thick…" (a length, a cost, a price or a level: "how
 * high are running costs?", "how deep were the cuts?"), "what is the (going / survival / interest)
 * rate…" (a share, a price, a figure per so many), "what was the (final) score…". Given by a
 * measured figure (a length, an amount of money or a share) or a game's score, not by any number: a
 * year ("completed in 2024"), "one of the deepest" or the number in a rate's name ("the five-year
 * survival rate") answers none of them.
 */
const FIGURE_ASKED = /\bhow (?:high|deep|wide|thick)\b|\bwhat(?:['’]s| is| was| are| were) the (?:[\w-]+ ){0,2}(?:rates?|scores?)\b/i;
/**
 * A game's score: two numbers joined by a hyphen or a dash ("won the game 169-147", "a 4–2 defeat")
 * in a text on winning, losing or scoring; a range of figures elsewhere ("aged 20-40") is none.
 */
const SCORE = /(?<![\d.,:/-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d.,:/-]?\d)/u;
const GAME_RESULT = /\b(?:won|wins?|winning|beat|beats|beaten|lost|loses?|losing|defeat(?:s|ed)?|drew|draw|tied|victory|score[ds]?|scoring|scoreline)\b/i;
function givesScore(text: string): boolean {
  return SCORE.test(text) && GAME_RESULT.test(text);
}

/** A share given: a percentage, a concentration by unit, or a figure per so many ("1 in 5", "per 1,000"). */
const SHARE_GIVEN = /\d\s?(?:%|percent|per\s?cent)|\b(?:ppm|mg|milligrams?|micrograms?)\b|\b\d[\d.,]*\s(?:in|out of)\s(?:every\s)?\d|\bper\s(?:\d|thousand|hundred|million)|\b(?:half|a third|a quarter|two-thirds|three-quarters)\b/i;

/** A date asked by the noun naming it: "what year…", "on what date…". */
const DATE_NOUN_ASKED = /\b(?:what|which) (year|dates?)\b/i;

/**
 * A count asked: "how many", unless it only names what a reason or a way is asked about ("Why is it
 * so hard to know how many seabirds die at wind farms?", "how do they estimate how many…"): after
 * "why" or "how", "know / tell / say / count / estimate / measure / work out / find out how many"
 * is the thing known, not a number asked. A second "how many" in the clause asks one.
 */
const EVERY_HOW_MANY = new RegExp(HOW_MANY, 'gi');
const KNOWN_HOW_MANY = firstThen(/\b(?:why|how)\b/i, new RegExp(String.raw`\b(?:know|tell|say|count|estimate|measure|work out|figure out|find out)\s+${HOW_MANY}`, 'i'));
function clauseAsksCount(clause: string): boolean {
  let found = 0;
  for (const _ of matchesOf(clause, EVERY_HOW_MANY)) found++;
  return found > 1 || (found === 1 && !KNOWN_HOW_MANY(clause));
}
const COUNT_ASKED = anyClause(clauseAsksCount);

/**
 * "…, and when?" ending the question: a date asked of what the question asks first ("Which
 * painkillers has India banned, and when?", "Who first described Physarum polycephalum as a species,
 * and when?"), as "when did…" asks it. Not after "who / what / how to…", whose "when" is one more
 * thing to decide ("…help testers decide who to test next and when?"). The look-behind is tried
 * once, at the end: before every space it would scan back over the whole question. Read from a
 * run of spaces' first only, and the look-behind's words before "and" end in a letter or mark: a
 * run of spaces went to `\s+` from each of its spaces, and in the look-behind was split between
 * `.*` and `\s+` in every way.
 */
const WHEN_LAST = /(?<!\s)\s+(?:and|or)\s+when\s*[?!.]*\s*$(?<!\b(?:who|what|where|how|which)\s+to\b(?:.*\S)?\s+(?:and|or)\s+when\s*[?!.]*\s*)/;

/**
 * What asks for each kind. "how much of…" asks for a share, not money; "when" opening a clause
 * ("When staff say…") asks nothing, "when and where did…", "when exactly was…" ask a date.
 */
const ASKS: Readonly<Record<AnswerKind, { test(question: string): boolean }>> = {
  price: PRICE_ASKED,
  date: new RegExp(String.raw`${DATE_NOUN_ASKED.source}|\bwhen(?:\s+and\s+where)?(?:\s+exactly)?(?:['’]s|\s${oneOf(TIME_AUXILIARY_VERBS)})\b|${WHEN_LAST.source}`, 'i'),
  duration: DURATION_ASKED,
  lengthOrDuration: LENGTH_OR_DURATION_ASKED,
  count: { test: (question) => COUNT_ASKED.test(question) || asksBodySize(question) },
  law: new RegExp(String.raw`\b${oneOf(BE_FORMS)} (?:it )?(?:[\w:-]+ ){0,6}?(?:legal|illegal|lawful|unlawful)\b|\bis it (?:\w+ )?allowed\b`, 'i'),
  ranking: RANKING_ASKED,
  maker: MAKER_ASKED,
  yearly: anyClause(clauseAsksYearly),
  future: { test: (question) => FUTURE_WORDS.test(question) || WHEN_IS_EXPECTED.test(question) },
  person: PERSON_ASKED,
  length: LENGTH_ASKED,
  share: SHARE_ASKED,
  figure: { test: (question) => FIGURE_ASKED.test(question) || PRICE_CHANGED.test(question) },
  place: { test: asksPlace },
  weight: WEIGHT_ASKED,
  temperature: TEMPERATURE_ASKED,
  death: DEATH_ASKED,
  placing: PLACING_ASKED,
  expansion: EXPANSION_ASKED,
  age: AGE_ASKED,
  name: NAME_ASKED,
  total: TOTAL_ASKED,
  measure: MEASURE_ASKED,
  pace: PACE_ASKED,
  owner: OWNER_ASKED,
  bookSize: BOOK_SIZE_ASKED,
};

/** The months written short (May is short already). */
const SHORT_MONTHS = String.raw`(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)`;
/**
 * A month written short, as the press and chat date things: with its point ("Jan. 5", "Oct."), "Sept"
 * alone, or beside a number ("6 Apr 1980", "Oct 2019", "Sep 5"). Not the short form alone elsewhere,
 * which may be a word or a name ("the Mar Menor lagoon", "Jan said").
 */
const MONTH_SHORT = String.raw`\b${SHORT_MONTHS}(?:\.|\b(?=\s+\d))|\bSept\b|(?<=\b\d{1,2}\s)${SHORT_MONTHS}\b`;
/**
 * A year, a year before 1500 after a word setting a time ("set up … in 1476", EARLY_YEAR), or a
 * month by its name (or written short, MONTH_SHORT): capitalised, as a claim writes it ("march" and "may" in lower case are a verb
 * and a modal), and "May" not opening a sentence ("May cause…") unless a day or the sentence's end
 * follows it ("Deadline: May.", "May 5"). What comes before is read back from each "May" found, as
 * NAME_INSIDE reads it.
 */
const MONTH_NAMED = String.raw`\b(?:${MONTHS.filter((month) => month !== 'May').join('|')})\b|\b(?=May\b)(?<![.!?:]\s*|^\s*)May\b|\bMay(?=\s*(?:\d|[.!?;,)]|$))|${MONTH_SHORT}`;
const YEAR_OR_MONTH = new RegExp(String.raw`\b${YEAR}\b|${EARLY_YEAR}|${MONTH_NAMED}`, 'u');

/**
 * What speaks of the law: a law, a ban, a court, a regulation or a regulator, what is regulated
 * or deregulated, legislation and lawmakers, a licence, what is allowed or forbidden, a statute,
 * and an Act by its name ("the Clean Air Act", "an act of Parliament"), not opening a sentence
 * ("Acts of kindness…"): not "acts" the verb ("acts as a buffer") nor "regulates" ("regulates
 * body temperature"). What comes before an Act is read back from each "Act" found, as NAME_INSIDE
 * reads it.
 */
const LAW = /\b(?:laws?|legal|illegal|legally|lawful|unlawful|bans?|banned|courts?|ruled|ruling|regulations?|regulators?|regulatory|regulated?|deregulat\w*|legislat\w*|lawmakers?|permit\w*|licen[cs]\w*|forbid\w*|prohibit\w*|allowed|statutes?|acts? of (?:parliament|congress))\b/i;
const NAMED_ACT = /\b(?=Acts?\b)(?<![.!?:]\s*|^\s*)Acts?\b/;

/**
 * A year ("in 2022", "fiscal 2022", "a 2019 survey", "the 1990s", "2008-2016"; as yearWords.ts
 * reads one: not "in 1600 homes", "of 1500 people", "a 2000 MW wind farm") or a sum of money
 * ("US$1.2 billion", "$19", "40 million euros"): a number that counts no things ("how many films
 * were shot in Georgia in 2022?" is not answered by what the state's credit cost in fiscal 2022).
 * "Some 2000 riders", "enrolled 1961 adults" count. "Pounds" may weigh, so only "£" is money.
 */
const YEAR_OR_MONEY = new RegExp(
  [
    YEAR_IN_CONTEXT,
    EARLY_YEAR,
    DECADE,
    YEAR_RANGE,
    String.raw`(?:\b[A-Z]{1,3})?[$€£¥₹]\s?\d[\d.,]*${FIGURE_MAGNITUDE}`,
    String.raw`\d[\d.,]*(?:\s?${MAGNITUDE_WORDS})?\s?(?:dollars?|euros?|cents?|yen|pesos?|rupees?)\b`,
  ].join('|'),
  YEAR_FLAGS,
);
/** The text without its years and sums of money: what is left of it that may count things. */
export function withoutYearsOrMoney(text: string): string {
  return text.replace(YEAR_OR_MONEY, ' ');
}

/** A figure per year, or one of a named year ("in 2022", "during fiscal 2023", "in fiscal year 2024", "last year", "year on year"). */
const PER_YEAR = new RegExp(String.raw`\b(?:each|every|per|a|an|in a|one|last|this) (?:year|yr)\b|\bannual(?:ly)?\b|\byearly\b|\bper annum\b|/\s?(?:year|yr)\b|\ba-year\b|\byear[- ](?:on|over)[- ]year\b|\b(?:in|during|for) (?:FY\s?|fiscal (?:year )?)?${YEAR}\b`, 'i');

/**
 * A span ahead: "within five years", "over the next decade", "in 10 to 15 years", "within about
 * six months", "in less than 15 years", "within 30 days", "next year", "later this year", "this
 * year", "the coming years", "by mid-century", "by the end of the decade". "Over" opens one only before
 * "the next / coming": "over 11 years" alone is a length ("sentenced to just over 11 years"), no
 * time ahead; after "in / within" it hedges the span, as "about" does ("due to open in just over two years").
 */
const SPAN_AHEAD = new RegExp(
  String.raw`\b(?:(?:within|in|after|another)\s+(?:the\s+)?(?:next\s+)?|over\s+the\s+(?:next|coming)\s+)(?:(?:about|around|roughly|some|approximately|just over|just|only|less than|more than|fewer than|over|under|up to|at least|at most)\s+)?${SPAN_NUMBER}(?:\s?(?:-|–|to|or)\s?${SPAN_NUMBER})?\s?-?\s?(?:days?|weeks?|months?|years?|decades?)\b|\bnext (?:year|decade|month|spring|summer|autumn|fall|winter)\b|\b(?:later )?this year\b|\bthe coming (?:days|weeks|months|years|decades?)\b|\bby (?:the )?mid-?century\b|\bby the end of the\b`,
  'i',
);
/** A month by its name, as YEAR_OR_MONTH reads one. */
const MONTH = new RegExp(MONTH_NAMED);
/** A four-digit year standing alone (its value compared with the report's). */
const ANY_YEAR = new RegExp(String.raw`(?<![\d.,])${YEAR}(?!\d)`, 'g');
/**
 * A date still ahead of the report (its Research Date, "2026-02-03"): a year not before the
 * report's, or a span ahead; or, with no year before the report's in the text, a span of time or
 * a month ("a payback of 7-10 years" answers "when will a heat pump pay for itself?", as it gave
 * the plain date asked). A claim on the same thing that dates it in the past ("completed in
 * 1974", "since 2017") does not say when it will happen. Without a report date, any year.
 */
function givesDateAhead(text: string, reportDate: string): boolean {
  const reportYear = Number(reportDate.slice(0, 4)) || 0;
  let pastYear = false;
  for (const [year] of matchesOf(text, ANY_YEAR)) {
    if (Number(year) >= reportYear) return true;
    pastYear = true;
  }
  return SPAN_AHEAD.test(text) || (!pastYear && (DURATION.test(text) || MONTH.test(text)));
}

/** What gives each kind. A "when" question may be answered by a year, a month or a span of time ("within five years"; an age only told of the one named, givenByClaims.ts; not a year of a thing's absence, absenceYears.ts); one on the law by a law, a ban, a court, a licence; a ranking by a superlative or a record. */
const GIVES: Readonly<Record<AnswerKind, (text: string, reportDate: string) => boolean>> = {
  price: (text) => AMOUNT_OF_MONEY.test(text) || givesPoundsOfMoney(text),
  date: (text) => YEAR_OR_MONTH.test(withoutAbsenceYears(text)) || DURATION.test(withoutYearsOld(text)),
  duration: givesDuration,
  lengthOrDuration: givesLengthOrDuration,
  count: (text) => statesQuantity(withoutYearsOrMoney(text)),
  law: (text) => LAW.test(text) || NAMED_ACT.test(text),
  ranking: (text) => RANKING_GIVEN.test(text),
  maker: namesMaker,
  yearly: (text) => PER_YEAR.test(text),
  future: givesDateAhead,
  person: namesPerson,
  length: (text) => LENGTH_GIVEN.test(text),
  share: (text) => SHARE_GIVEN.test(text),
  figure: (text) => MEASURED_IN_LENGTH_UNITS.test(text) || AMOUNT_OF_MONEY.test(text) || SHARE_GIVEN.test(text) || givesPoundsOfMoney(text) || givesScore(text),
  place: namesSomething,
  weight: (text) => WEIGHT_GIVEN.test(withoutPoundsOfMoney(text)),
  temperature: (text) => TEMPERATURE_GIVEN.test(text),
  death: (text) => DEATH_GIVEN.test(text),
  placing: (text) => PLACING_GIVEN.test(text),
  expansion: (text) => EXPANSION_GIVEN.test(text),
  age: (text) => AGE_TOLD.test(text),
  name: (text) => NAME_GIVEN.test(text),
  total: givesTotal,
  measure: givesMeasure,
  pace: givesPace,
  owner: namesOwner,
  bookSize: givesBookSize,
};

/**
 * Kinds the reranker reads and the "no answer" decision does not (answerability.ts): how fast
 * (askedPace.ts) lifts a claim giving a speed, a rate or a span among the first claims, but a claim
 * on the same thing gives some span as often when no claim answers ("terns can live for over 30
 * years" for how fast they fly); read by the decision, it declined more answered questions than it
 * saved (eval/README.md, fifty-second session, kind54).
 */
export const RERANKER_ONLY_KINDS: ReadonlySet<AnswerKind> = new Set(['pace']);

/** The kinds of answer the question asks for (none for most questions). A book's size asked is read in its words alone: the others are read without them. */
export function askedAnswerKinds(question: string): AnswerKind[] {
  const rest = withoutBookSizeAsked(question);
  return (Object.keys(ASKS) as AnswerKind[]).filter((kind) => ASKS[kind].test(kind === 'bookSize' ? question : rest));
}

/**
 * Whether the text gives an answer of the kind (a currency amount for a price, a year or month or
 * span for a date, a law, ban or court for the law, …). `reportDate`: the claim's report's Research
 * Date, which a date still ahead is read against.
 */
export function givesAnswerKind(text: string, kind: AnswerKind, reportDate = ''): boolean {
  return GIVES[kind](text, reportDate);
}

/**
 * The nouns that name the kind of answer asked, with their kinds: "date" in "On what date did
 * Hermann Goering die?", "year" in "What year did the bridge open?" (a date), "voltage" in "What
 * maximum voltage does the eel produce?" (a measure), in lower case as typed. A claim giving the
 * kind gives a date or a figure in its unit, not the word.
 */
export function kindNounsAsked(question: string): { kind: AnswerKind; noun: string }[] {
  const nouns: { kind: AnswerKind; noun: string }[] = [];
  const date = DATE_NOUN_ASKED.exec(question)?.[1];
  if (date !== undefined) nouns.push({ kind: 'date', noun: date.toLowerCase() });
  const measure = measureNounAsked(question);
  if (measure !== undefined) nouns.push({ kind: 'measure', noun: measure.toLowerCase() });
  return nouns;
}
