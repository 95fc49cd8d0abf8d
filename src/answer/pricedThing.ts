// The thing a price question prices ("How much does a ticket to the Mary Rose Museum cost?": a
// ticket) and whether a claim gives a sum of money beside it: a claim on the same subject gives
// other sums (the museum's £35 million build), which answer the kind asked (a price,
// askedAnswerKind.ts) for another thing. The no-answer decision weighs it (answerability.ts,
// AnswerSignals.priceMissing), as countedThing.ts reads a count beside the thing counted.

import { AUXILIARY_VERBS } from '../search/auxiliaryVerbs.js';
import { ARTICLES, POSSESSIVE_DETERMINERS } from '../search/determiners.js';
import { matchesOf } from '../search/matchesOf.js';
import { normalizeTerm } from '../search/normalizeTerm.js';
import { tokenize } from '../search/tokenize.js';
import { fromWordNet } from '../search/wordnet/rememberedRelated.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import type { IndexEntry, PartOfSpeech, WordNet } from '../search/wordnet/wordNet.js';
import { AMOUNT_OF_MONEY } from './askedPrice.js';
import { EDGE_PUNCTUATION } from './countedThing.js';
import { paidForStart } from './paidForThing.js';
import { CARDINAL_WORDS, FIGURE_MAGNITUDE } from './quantityWords.js';

/** Words either side of the thing's word a sum of money may stand: "a ticket costs £18", "£18 adult tickets", "tickets for adults are £18". */
const PRICE_WINDOW = 8;
/** Words of the thing's phrase read: "a new air-source heat pump" is five after its article. */
const THING_WORDS = 5;
/**
 * Where the thing priced starts: after "how much" and its auxiliary ("How much does a ticket…",
 * "how much are tickets…") or an article ("how much a yubikey costs"), after "what" and "do"
 * ("What does a heat pump cost?"), after a money noun and "of / for" ("the price of admission",
 * "fees for a permit"), after "cost… to" and its verb ("How much does it cost to restore a hectare
 * of kelp forest?", "…cost Venice to run the booking system").
 */
const PRICED_START = new RegExp(
  String.raw`\bhow much (?:${AUXILIARY_VERBS.join('|')})\s+|\bhow much (?=(?:a|an|the|one)\s)|\bwhat (?:do|does|did|will|would)\s+|\b(?:price|prices|cost|costs|fee|fees|charge|charges|fare|fares) (?:of|for)\s+|\bcosts? (?:[\p{L}\p{N}'’-]+ )?to [\p{L}-]+\s+`,
  'giu',
);
/** Words before the thing: an article or a determiner ("a", "each", "one adult"). */
const BEFORE_THING = new Set([...ARTICLES, 'one', 'each', 'every', 'single', 'per', ...POSSESSIVE_DETERMINERS, 'just', 'typically', 'usually', 'actually']);
/** A number in words: no word of the thing. */
const NUMBER_WORD = new RegExp(String.raw`^${CARDINAL_WORDS}$`, 'u');
/** A start on "what" and an auxiliary: the thing is the subject of a money verb ("What does a heat pump cost?"). */
const WHAT_ASKED = /^what\s/iu;
/** A money verb, in the thing's clause after a "what" start. */
const PRICE_VERB = /\b(?:cost|costs|costing|charge|charges|pay|pays|sell|sells|fetch|fetches|run|runs|go for|goes for|come to|comes to)\b/iu;
/** Characters after the start read for the thing's clause: a phrase and its verb. */
const CLAUSE_CHARS = 80;
/** Where the thing's clause ends: a comma, a stop, or "and" / "or" before another question ("…propose in 2015 and how much would it have cost?"). */
const THING_CLAUSE_END = /[,;:?!]|\s(?:and|or|but)\s/u;

/** The text up to the end of its first clause (THING_CLAUSE_END). */
function thingClause(text: string): string {
  const end = text.search(THING_CLAUSE_END);
  return end < 0 ? text : text.slice(0, end);
}

/** A pronoun first: the thing is elsewhere ("how much does it cost…", "how much do you pay…"). */
const PRONOUN = new Set(['it', 'they', 'you', 'we', 'i', 'he', 'she', 'this', 'that', 'these', 'those', 'people', 'someone']);
/** Words WordNet has as nouns that name no thing priced: a span or a rank ("a year's supply", "the first typewriter"), the price itself ("helium prices"). */
const NO_THING = new Set(['year', 'years', 'month', 'months', 'week', 'day', 'hour', 'first', 'self', 'average', 'typical', 'good', 'full', 'price', 'prices', 'cost', 'costs', 'fee', 'fees', 'charge', 'charges', 'money', 'amount', 'total']);
/** Words that end the thing's phrase: prepositions, conjunctions, the question's money verbs, a time's determiner ("…on undergrounding last year"). */
const AFTER_THING = new Set([...AUXILIARY_VERBS, 'of', 'for', 'in', 'on', 'to', 'at', 'by', 'from', 'with', 'and', 'or', 'that', 'cost', 'costs', 'charge', 'pay', 'earn', 'spend', 'run', 'sell', 'go', 'now', 'today', 'per', 'each', 'if', 'when', 'through', 'during', 'between', 'across', 'into', 'over', 'under', 'about', 'after', 'before', 'since', 'within', 'against', 'last', 'this', 'next']);

/**
 * The word (lower case, as typed) of the thing a price question prices: the phrase's head, its
 * last word WordNet has as a noun (or lacks: "a yubikey") before a preposition, a money verb or the end ("a day pass at
 * Disneyland": pass; "a new air-source heat pump": pump), after "how much" and its auxiliary,
 * "what do…" (before a money verb: "what did Obama propose…" prices nothing), or "the price / cost /
 * fee of"; past a possessor ("Kodak's first camera"); what a payer pays for, not the payer ("how much
 * did amex pay delta for the card deal?": paidForThing.ts); null when there is none, or it is a
 * pronoun ("how much does it cost?").
 */
export function pricedThing(question: string, reader: WordNet | null = sharedWordNet()): string | null {
  return pricedPhrase(question, reader)?.thing ?? null;
}

/** The thing a price question prices (pricedThing) and the noun the question names it by before it ("a common tulip bulb": tulip; "a heat pump": heat), or null for none. */
export interface PricedPhrase {
  readonly thing: string;
  readonly modifier: string | null;
}

/**
 * The thing priced (pricedThing) with the word before it in its phrase where that word is mainly a
 * noun in WordNet (no other part of speech of more senses: "tulip", "heat", "day"; not "common",
 * "new", "single"): the kind of the thing the question asks the price of ("a common tulip bulb" is
 * not "a Semper Augustus bulb").
 */
export function pricedPhrase(question: string, reader: WordNet | null = sharedWordNet()): PricedPhrase | null {
  if (reader === null) return null;
  // A payer asked of: the thing is what is paid for, or none is named.
  const paidFor = paidForStart(question, reader);
  if (paidFor !== undefined) return paidFor === null ? null : phraseAt(question, paidFor, reader);
  const anyPriceVerb = PRICE_VERB.test(question);
  for (const match of matchesOf(question, PRICED_START)) {
    const after = (match.index ?? 0) + match[0].length;
    // "What did Obama propose…, and how much would it have cost?": "what" asks a price only of a money verb's subject.
    if (WHAT_ASKED.test(match[0]) && !(anyPriceVerb && PRICE_VERB.test(thingClause(question.slice(after, after + CLAUSE_CHARS))))) continue;
    const phrase = phraseAt(question, after, reader);
    if (phrase !== null) return phrase;
  }
  return null;
}

/** The thing's phrase starting at `after` in the question (pricedPhrase), or null where it is a pronoun or has no word of a thing. */
function phraseAt(question: string, after: number, reader: WordNet): PricedPhrase | null {
  const words = tokenize(thingClause(question.slice(after, after + CLAUSE_CHARS)).toLowerCase());
  if (PRONOUN.has(words[0] as string)) return null;
  let start = 0;
  while (start < words.length && BEFORE_THING.has(words[start] as string)) start++;
  let thing: string | null = null;
  let modifier: string | null = null;
  let mainlyNoun = false;
  for (let i = start; i < words.length && i < start + THING_WORDS; i++) {
    const word = words[i] as string;
    // A figure ("a new 40-foot shipping container") or a number ("the four scrolls") is no word of the thing.
    if (/^\d/u.test(word) || NUMBER_WORD.test(word)) continue;
    // A possessor ("Kodak's first camera"): the thing follows its "'s".
    if (word === 's' && thing !== null && words[i - 1] === thing) continue;
    // A verb with its particle ("the opera house end up costing") ends the phrase.
    if (AFTER_THING.has(word) || word.length < 2 || words[i + 1] === 'up') break;
    if (NO_THING.has(word)) continue;
    // A noun, or a word WordNet lacks: a product's name ("a yubikey").
    const entries = fromWordNet(reader, () => reader.lookup(word));
    if (entries.length > 0 && !entries.some((entry) => entry.pos === 'noun')) continue;
    // The noun right before the head names its kind where it is mainly a noun.
    modifier = thing !== null && words[i - 1] === thing && mainlyNoun ? thing : null;
    mainlyNoun = mainlyA('noun', entries);
    thing = word;
  }
  return thing === null ? null : { thing, modifier };
}

/**
 * Whether WordNet's entry for the part of speech has as many senses as any other part of speech's
 * (a noun: "tulip", "heat", not "common", "single"; a verb: "build", "enter", not "eligible",
 * "local"); a tie goes to `pos`.
 */
function mainlyA(pos: PartOfSpeech, entries: readonly IndexEntry[]): boolean {
  const posSenses = Math.max(0, ...entries.filter((entry) => entry.pos === pos).map((entry) => entry.senses.length));
  return posSenses > 0 && entries.every((entry) => entry.pos === pos || entry.senses.length <= posSenses);
}

/** A sum of money anywhere in a text, each found in turn. */
const MONEY = new RegExp(AMOUNT_OF_MONEY.source, 'giu');
const WORD = /\S+/gu;
/** "to" and the word after it, after a sum: the sum prices that deed where the word is a verb (pricesADeed). */
const TO_A_WORD = /^\s+to\s+(\p{L}[\p{L}'’-]*)/iu;
/** The rest of a sum a currency sign starts: AMOUNT_OF_MONEY stops at its first digit ("€3" of "€394 million"). */
const REST_OF_SUM = new RegExp(String.raw`^[\d.,]*${FIGURE_MAGNITUDE}`, 'iu');
/** A word ending a clause: a comma, a semicolon, a colon, a full stop, a question or an exclamation mark, or a line's end. */
const ENDS_CLAUSE = /[,;:.!?]$/u;

/**
 * Whether the text has a sum of money up to PRICE_WINDOW words either side of a word that is the
 * thing priced (`terms`, index keys: "ticket" for "tickets"), and of one naming its kind where the
 * question names one (`kindTerms`: "tulip" of "a tulip bulb"; a "Semper Augustus bulb" priced is
 * another kind). A part of a compound with a hyphen is a word ("egg-freezing"); a range of sums
 * stands where its first figure does ("10,000 to 15,000 dollars"). A sum before "to" and a verb prices
 * that deed: a thing after it counts only in its clause ("cost €394 million to build, with a toll
 * plaza…" prices no toll; "it costs £18 to buy a ticket" prices one; pricesADeed).
 */
export function pricesThing(text: string, terms: ReadonlySet<string>, kindTerms: ReadonlySet<string> | null = null): boolean {
  const starts: number[] = [];
  const bareWords: string[] = [];
  const thingAt: number[] = [];
  const kindAt: number[] = [];
  const clauseEnds: number[] = [];
  for (const word of matchesOf(text, WORD)) {
    const bare = word[0].replace(EDGE_PUNCTUATION, '');
    if (hasKeyIn(bare, terms)) thingAt.push(starts.length);
    if (kindTerms !== null && hasKeyIn(bare, kindTerms)) kindAt.push(starts.length);
    const end = (word.index ?? 0) + word[0].length;
    if (ENDS_CLAUSE.test(word[0]) || text[end] === '\n') clauseEnds.push(starts.length);
    starts.push(word.index ?? 0);
    bareWords.push(bare);
  }
  if (thingAt.length === 0) return false;
  for (const money of matchesOf(text, MONEY)) {
    const offset = money.index ?? 0;
    const at = rangeStart(bareWords, wordAt(starts, offset));
    // Past a deed the sum prices, no further than its clause's end.
    const moneyEnd = offset + money[0].length + (REST_OF_SUM.exec(text.slice(offset + money[0].length))?.[0].length ?? 0);
    const last = pricesADeed(text.slice(moneyEnd)) ? (clauseEnds.find((end) => end >= wordAt(starts, moneyEnd)) ?? starts.length) : starts.length;
    const near = (i: number): boolean => Math.abs(i - at) <= PRICE_WINDOW && i <= last;
    if (thingAt.some(near) && (kindTerms === null || kindAt.some(near))) return true;
  }
  return false;
}

/** A figure, bare of its edge punctuation: the first end of a range of sums ("10,000 to 15,000 dollars"). */
const BARE_FIGURE = /^\d[\d.,]*$/u;

/** The word a sum at `at` starts from where it ends a range ("costs roughly 10,000 to 15,000 dollars": from 10,000). */
function rangeStart(bareWords: readonly string[], at: number): number {
  const joiner = bareWords[at - 1]?.toLowerCase();
  return (joiner === 'to' || joiner === 'and') && BARE_FIGURE.test(bareWords[at - 2] ?? '') ? at - 2 : at;
}

/** A hyphen inside a word: each part of the compound is a word of its own too. */
const INNER_HYPHEN = /(?<=\p{L})-(?=\p{L})/u;

/** Whether the word's key, or where it is a compound with a hyphen ("egg-freezing cycle") a part's, is one of `terms`. */
function hasKeyIn(word: string, terms: ReadonlySet<string>): boolean {
  const term = normalizeTerm(word);
  if (term !== null && terms.has(term)) return true;
  if (!INNER_HYPHEN.test(word)) return false;
  return word.split(INNER_HYPHEN).some((part) => {
    const partTerm = normalizeTerm(part);
    return partTerm !== null && terms.has(partTerm);
  });
}

/**
 * Whether the text after a sum starts with "to" and a verb, so that the sum prices that deed ("€394
 * million to build", "£18 to enter", "$3 million to settle"): a word WordNet lists as a verb with
 * no other part of speech of more senses. Not a sum given to someone or something ("$16 billion to
 * eligible live venue operators", "to local charities", "to live venues", "to the builders"): an
 * adjective or a noun, or a word WordNet lacks, is who or what receives it.
 */
function pricesADeed(after: string, reader: WordNet | null = sharedWordNet()): boolean {
  const word = TO_A_WORD.exec(after)?.[1]?.toLowerCase();
  if (word === undefined || reader === null) return false;
  return mainlyA('verb', fromWordNet(reader, () => reader.lookup(word)));
}

/** The index of the word (by their `starts`) the text's `offset` falls in. */
function wordAt(starts: readonly number[], offset: number): number {
  let at = 0;
  while (at + 1 < starts.length && (starts[at + 1] as number) <= offset) at++;
  return at;
}
