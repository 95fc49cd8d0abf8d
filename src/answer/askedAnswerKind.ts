// What kind of answer a question asks for, when its words say so: a price ("how much does … cost"),
// a date ("when did…", "what year…"), a duration ("how long…"), a count ("how many…"), what the
// law says ("is it legal to…"), what tops a ranking ("which bridge has the most sensors?") or who
// made or won something ("who founded the Center for Open Science?"), a figure per year ("how many
// visitors does the museum get each year?"), a date still ahead ("when will Cambodia be declared
// mine-free?") or the person holding a role ("who is the current CEO of…?", "which German official
// ordered…?"), a length ("how tall…", "how far…"), a share ("what percentage…"), any figure
// ("how high…", "what is the … rate") or a place ("which US states…", "which Turkish town…"). A
// question near a report's topic that no claim answers is often one whose best claim shares its
// topic words but gives nothing of the kind asked ("How much does a dose of Shingrix cost in the
// US?" against a claim on who is offered the vaccine): the answer model weighs that
// (answerability.ts). A count is a quantity as the reranker reads one (askedQuantity.ts).

import { AUXILIARY } from '../search/auxiliaryVerbs.js';
import { statesQuantity } from './askedQuantity.js';
import { CARDINAL_WORDS, HOW_LONG, HOW_MANY } from './quantityWords.js';
import { DECADE, EARLY_YEAR, MONTHS, NOT_COUNTING, YEAR, YEAR_FLAGS, YEAR_IN_CONTEXT, YEAR_RANGE } from './yearWords.js';

export type AnswerKind = 'price' | 'date' | 'duration' | 'count' | 'law' | 'ranking' | 'maker' | 'yearly' | 'future' | 'person' | 'length' | 'share' | 'figure' | 'place';

/** Words that ask for money after "how much" ("how much does it cost", "how much do tutors earn"). */
const MONEY_WORDS = String.raw`(?:cost|costs|price|prices|priced|charge|charges|fee|fees|fine|fines|pay|pays|paid|earn|earns|wage|wages|salary|salaries|revenue)`;

/** Superlatives that rank things: what asks for a ranking and what gives one. */
export const SUPERLATIVE_WORDS = 'most|least|best|worst|first|biggest|largest|highest|lowest|fastest|slowest|cheapest|greatest|smallest|longest|shortest|oldest|newest|strongest|tallest|earliest';
/** A superlative in lower case: "First Street" in a name ranks nothing. */
const SUPERLATIVE = String.raw`(?:${SUPERLATIVE_WORDS})(?![\w-])`;
/**
 * "Which / what / where / who … the most / the first / the biggest …": the one thing that tops a
 * ranking ("what is the largest effect size found in the trials?" too). The question word first,
 * then the superlative after it in the same clause (anyClause reads one clause at a time).
 */
const RANKING_QUESTION_WORD = /\b(?:[Ww]hich|[Ww]hat|[Ww]here|[Ww]ho)\b/;
const RANKED_AFTER = new RegExp(String.raw`\b(?:the|world's)\s+${SUPERLATIVE}`);
/** Whether a clause (no "?", "." or "!") asks a ranking: a superlative after its first question word. */
function clauseAsksRanking(clause: string): boolean {
  const word = RANKING_QUESTION_WORD.exec(clause);
  return word !== null && RANKED_AFTER.test(clause.slice(word.index + word[0].length));
}
/** A number of units, in digits or words, or a few: a span's, as DURATION, SPAN_AHEAD and FIRST_UNRANKED read it. */
const SPAN_NUMBER = String.raw`(?:\d[\d.,]*|${CARDINAL_WORDS}|a few|several|a|an)`;
/** The units of a span of time. */
const TIME_UNITS = String.raw`(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)`;
/**
 * "The first" that ranks nothing: a span of time from a start, after a preposition ("in the first
 * year", "over the first twelve months", "in the first weeks of the womb", "during the first
 * couple of weeks", "in the first 1,000 days"; "What was the first year…?" still asks which came
 * first), and the idiom "in the first place" ending a clause ("what does the report blame for it in
 * the first place?"; not after "finished", "came" or "placed", where it is a place in a ranking).
 */
const FIRST_UNRANKED = new RegExp(
  String.raw`\b(?:in|over|during|within|for|after|through(?:out)?|across)\s+the first\s+(?:(?:couple of|${SPAN_NUMBER})(?:\s+|\s?-\s?))?${TIME_UNITS}(?![\w-])|(?<!\b(?:finish(?:ed|es)?|came|comes?|end(?:ed|s)? up|placed?)\s+)\bin the first place(?=\s*(?:[?!.,;:…)]|$))`,
  'giu',
);
/**
 * Not a superlative that only says which studies are asked about, the question's own verb one of
 * reporting: "what did the first studies on bike lanes find?", "what have the largest trials
 * shown?" ask for their findings. Only there: a participle after the superlative ("the highest
 * injury rates reported") is no verb of the question, and the ranking stays asked.
 */
const FINDINGS_OF_SUPERLATIVE = new RegExp(
  String.raw`\b(?:[Ww]hat|[Ww]hich)\s+(?:(?:did|do|does)\s+(?:the|world's)\s+${SUPERLATIVE}\s+(?:[\w'-]+\s+){0,5}?(?:find|show|say|suggest|report|conclude|reveal)|(?:have|has)\s+(?:the|world's)\s+${SUPERLATIVE}\s+(?:[\w'-]+\s+){0,5}?(?:found|shown|said|suggested|reported|concluded|revealed))\b`,
);

/**
 * A lookbehind that the word opens the question or a clause of it: the text's start or a stop, a
 * colon, a semicolon or a comma (`orAfter` adds other openers), then anything not a word ("ok,
 * who…", "Thanks! — who…", ":) who…"). It is read back from each `word` found, so a run of stops
 * is read once.
 */
function clauseOpening(word: string, orAfter = ''): string {
  return String.raw`(?<=(?:^|[.!?:;,]${orAfter})\W*${word})`;
}

/**
 * "Who wrote / won / painted / invented / founded …", opening the question or a sentence of it
 * (clauseOpening): the person or body that made or won something. Mid-sentence "who" is someone
 * described ("…changed who won a seat"), and "who found that…" asks for a source, not a maker.
 */
const MAKER_ASKED = new RegExp(
  String.raw`\bwho${clauseOpening('who')}\s+(?:first\s+)?(?:wrote|won|painted|invented|founded|built|designed|developed|created|discovered|coined|composed)\b`,
  'i',
);
/**
 * What names who made or won something: the making itself (an author, a winner, "founded"…) or
 * "et al.", in any case ("Founded by…" opens a sentence). Not a making "by" a time ("built by the
 * end of 2020", "started by the time the law passed").
 */
const MAKING = /\bet al\b|\b(?:wrote|written|writers?|authors?|won|winners?|painted|painters?|invented|inventors?|founded|founders?|makers?|designers?|builders?|creators?|discoverers?)\b/i;
/**
 * "<made> by" a lower-case word ("developed by researchers at…"), the verb in any case ("Built by…"
 * opens a sentence) but the word after "by" in lower case only: a capital is a name (BY_CAPITALISED)
 * or a time ("built by March 2021", "by Q3", "by Christmas": NOT_A_MAKER).
 */
const MADE_BY = new RegExp(
  String.raw`\b(?:${['manufactured', 'built', 'designed', 'developed', 'created', 'discovered', 'coined', 'composed', 'started'].map(inItsCases).join('|')}) (?:by|BY) (?!(?:the |a |an )?(?:end|mid|then|now|next|early|late|this|that|time)\b)(?:the |a |an )?[a-z]`,
);
/** A lower-case word as written in a sentence, opening one, or in capitals ("built", "Built", "BUILT"): one flag cannot case one part of a pattern. */
function inItsCases(word: string): string {
  return `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}|${word.toUpperCase()}`;
}
/** "by" and a capitalised word: a name ("led by Brian Nosek", "by the Gates Foundation"), unless a time (NOT_A_MAKER). */
const BY_CAPITALISED = /\bby\s+(?:the\s+)?(\p{Lu}[\p{L}\d]*)/gu;
/**
 * Times that "by" sets, not makers, in lower case to compare any spelling ("by March 2021", "by
 * MARCH 2021", "by Spring 2020", "by Q3", "by Christmas"): months, weekdays, seasons, quarters and
 * halves of a year, and holidays.
 */
const NOT_A_MAKER: ReadonlySet<string> = new Set([
  ...MONTHS.map((month) => month.toLowerCase()),
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  ...['spring', 'summer', 'autumn', 'fall', 'winter', 'q1', 'q2', 'q3', 'q4', 'h1', 'h2'],
  ...['christmas', 'easter', 'thanksgiving'],
]);
/** Whether the text names who made or won something: the making, "et al.", or "by" a name. */
function namesMaker(text: string): boolean {
  if (MAKING.test(text) || MADE_BY.test(text)) return true;
  for (const [, word] of text.matchAll(BY_CAPITALISED)) if (word !== undefined && !NOT_A_MAKER.has(word.toLowerCase())) return true;
  return false;
}

/** Words after which "cost" is a noun: an article, a possessive, a preposition or a conjunction ("to cost" too: "expected to cost" is rare). */
const NOUN_BEFORE_COST = ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'your', 'any', 'about', 'on', 'regarding', 'over', 'of', 'in', 'with', 'for', 'and', 'or', 'to', 'by', 'at', 'from'];
/**
 * Adjectives that make "cost" a noun ("what does total cost include?"), unless a determiner comes
 * first and makes the adjective the thing priced ("what does one unit cost?", "a capital cost").
 */
const ADJECTIVE_BEFORE_COST = ['total', 'overall', 'upfront', 'up-front', 'running', 'operating', 'annual', 'average', 'real', 'true', 'hidden', 'social', 'economic', 'extra', 'additional', 'marginal', 'net', 'full', 'initial', 'capital', 'lifetime', 'unit'];
const DETERMINER = String.raw`(?:a|an|one|each|every|per)`;
/** Words after "cost" that make it the first half of a compound ("cost-effective", "cost savings"). */
const COMPOUND_AFTER_COST = ['effective', 'effectiveness', 'efficient', 'efficiency', 'benefit', 'benefits', 'saving', 'savings', 'cutting', 'sharing', 'overruns?'];

/**
 * "cost" as the question's verb ("what does a heat pump cost", "what would a new air-source heat
 * pump cost to fit": a thing named in up to five words), not a noun the question asks about: after
 * NOUN_BEFORE_COST or ADJECTIVE_BEFORE_COST ("what did the OECD conclude about the cost of a basic
 * income?", "what do the studies say about cost?", "what does total cost include?" ask for a
 * finding), nor the first half of a compound ("what does the review say about how cost-effective
 * heat pumps are?", "cost effectiveness", "cost savings"). "What is the total cost…" and "what are
 * the running costs…" ask a price by their own reading (ASKS.price's "what is the … cost").
 */
const COST_VERB = String.raw`(?<!\b(?:${NOUN_BEFORE_COST.join('|')}) )(?<!(?<!\b${DETERMINER} )\b(?:${ADJECTIVE_BEFORE_COST.join('|')}) )cost\b(?! of\b)(?![-\s](?:${COMPOUND_AFTER_COST.join('|')})\b)`;

/**
 * "How much did/does/will … spend": money, when "how much" stands before the question's auxiliary
 * and "spend" is the verb that auxiliary takes, a few words on ("How much did the Korean
 * government spend on Hallyu promotion?", "How much did the U.S. spend…", "how much has the city
 * spent", "how much is spent", "how much are households spending"); not "how much time did viewers
 * spend…", where "how much" says what was spent, nor a noun or participle the question's verb
 * is about ("How much does time spent outdoors reduce myopia risk?", "How much has spending on
 * roads grown?").
 */
const QUESTION_WORDS = String.raw`(?: [\w&.'’-]+){1,6}`;
const SPENT = String.raw`\bhow much (?:(?:did|does|do|will|would)${QUESTION_WORDS} spend|(?:has|have|had)${QUESTION_WORDS}(?<! time) spent|(?:is|are|was|were) (?:being )?spent|(?:is|are|was|were)${QUESTION_WORDS} spending)\b`;

/**
 * "What fines / fees / tolls …" asked as a price; not "what fine particles", "what fine-scale
 * patterns" (the singular only before the question's auxiliary: "what fine does a driver pay?") nor
 * the toll something takes ("What toll did the pandemic take on nurses?").
 */
const FINES_ASKED = String.raw`\bwhat (?:fines|fees|fine (?:do|does|did|is|was|would|could|can|will)|tolls?(?![^?.!]*\btak(?:e|es|en|ing)\b))\b(?!-)`;

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
 * Whether any clause of the question (split at "?", "." and "!") asks so. Read one clause at a time,
 * a reading of two parts costs the text's length: one pattern scanning to the clause's end from
 * every position cost its square (a 40,000-character message with no stop took a second).
 */
function anyClause(asks: (clause: string) => boolean): { test(question: string): boolean } {
  return { test: (question) => question.split(CLAUSE_STOP).some(asks) };
}
const CLAUSE_STOP = /[?.!]/;
const RANKING_IN_A_CLAUSE = anyClause(clauseAsksRanking);
/**
 * A date still ahead: "when will / would…", "when is … expected / due / set to / scheduled /
 * planned / likely / going to / next", "when does … expect / plan", "what year will", "by when".
 */
const FUTURE_ASKED = /\bwhen (?:will|would)\b|\bwhen (?:is|are|does|do)\b[^?.!]*\b(?:expected|expects?|going to|due|set to|scheduled|planned|plans?|likely|next)\b|\bwhat year will\b|\bby when\b/i;
/**
 * Roles one person holds: asked for by "who is the … <role>" or "which … <role>". Not a market,
 * world or global leader: a company or a country; nor a player, an owner, a person, a man or a
 * woman, which a company, a country or a group is as often ("who is the biggest player in…?",
 * "who are the owners of…?", "which person is most at risk?").
 */
const ROLE = String.raw`(?:official|minister|judge|president|ceo|chair(?:man|woman|person)?|director|engineer|architect|scientist|secretary[- ]general|secretary|governor|mayor|head|(?<!\b(?:market|world|global|industry) )leader|founder|inventor|chancellor|commissioner|boss|editor|designer|king|queen|athlete|coach|doctor|physician|surgeon|researcher|author|writer|pilot|captain|explorer|astronomer|composer|activist)`;
/**
 * A verb or an auxiliary after "which … <role>": the role is who did it ("which German official
 * ordered…", "which architect designed…", "which minister is…"), not a word describing a thing
 * ("which head injuries", "which official figures", "which chair designs", "which designer drugs").
 */
const ROLE_DID = String.raw`(?=s?\s+(?:[a-z]+ed|is|was|are|were|has|had|have|did|does|do|will|would|can|could|should|led|leads|ran|runs|heads|oversaw|oversees|made|makes|took|takes|said|says|wrote|won|signed|set|chose|gave|built|drew|brought|sent|got)\b)`;
/**
 * The person holding a role: "who is / was the (current, chief…) <role>", "which (German) <role>"
 * and a verb, "<role> … who is it now". Not "who benefits", "who pays" (a group, a body or a source answers).
 */
const PERSON_ASKED = new RegExp(String.raw`\bwho(?:'s| is| was| were| are)(?: the| its| their)?(?: [\w-]+){0,2} ${ROLE}\b|\bwhich (?:[\w-]+ )?${ROLE}${ROLE_DID}|\b${ROLE}\b[^?.!]*\bwho is (?:it|that|he|she)\b`, 'i');

/**
 * A length asked: "how tall …", "how far away / does / did / can …" (not how far back, off, past or
 * over budget, nor how far a figure sank or rose: a change, not a distance). "How high / deep / wide
 * / thick" ask a figure (FIGURE_ASKED): costs, prices and rates are high, a divide or a cut is deep.
 */
const LENGTH_ASKED = /\bhow tall\b|(?<!\b(?:for|on|about|by|of|to) )\bhow far\b(?!\s+(?:back|off|past|over|under|ahead|along|behind)\b)(?![^?.!]*\b(?:sink|sank|sunk|fall|fell|drop|dropped|rise|rose|grow|grew|climb|climbed|decline|declined|shrink|shrank|jump|jumped|compared)\b)/i;
/** Units of length spelt out, which a number in words may come before too ("two metres"). */
const LENGTH_UNIT_WORDS = String.raw`millimet(?:re|er)s?|centimet(?:re|er)s?|met(?:re|er)s?|kilomet(?:re|er)s?|miles?|feet|foot|inch(?:es)?|yards?|nautical miles?`;
/**
 * A length given: a number and a unit of length ("6.2 metres", "42 kilometres", "30m", "5 ft"), or
 * a number in words and a unit spelt out ("one to two metres", "forty feet", "half a metre"). A
 * bare "m" is a metre only before a length word or a stop ("30m high", "the 5m-deep shaft", "bored
 * 9 m."), never after a currency ("£5m", "EUR 5m"): before anything else it is a million ("5m
 * Americans"). The number starts after no digit, so it is not retried at every digit of a long run.
 */
const LENGTH_GIVEN = new RegExp(
  String.raw`(?<![\d.,])(?<!(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|INR|CAD|AUD|Rs|US))\s?)\d(?:[\d.,]*\d)?\s?(?:-\s?)?(?:mm|cm|m(?=\s*(?:high|tall|long|wide|deep|thick|across|below|above|underground|under|down|up|away|in (?:diameter|length|height|depth)|[-–.,;:)]|$))|km|${LENGTH_UNIT_WORDS}|ft)\b|\b(?:${CARDINAL_WORDS}|half an?)(?:[\s-]+(?:to|or)[\s-]+${CARDINAL_WORDS})?(?: and a half)?[\s-]+(?:${LENGTH_UNIT_WORDS})\b`,
  'i',
);
/**
 * A share or concentration asked: "what (alcohol) concentration / percentage…", "what is the
 * (five-year survival) percentage / concentration of…". A rate asks a figure (FIGURE_ASKED).
 */
const SHARE_ASKED = /\bwhat (?:[\w-]+ )?(?:concentration|percentage)\b|\bwhat(?:['’]s| is| was| are| were) the (?:[\w-]+ ){0,2}(?:concentration|percentage)\b/i;
/**
 * Any figure asked: "how high / deep / wide / thick…" (a length, a cost, a price or a level: "how
 * high are running costs?", "how deep were the cuts?"), "what is the (going / survival / interest)
 * rate…" (a share, a price, a figure per so many). Given by a measured figure (a length, an amount
 * of money or a share), not by any number: a year ("completed in 2024"), "one of the deepest" or the
 * number in a rate's name ("the five-year survival rate") answers none of them.
 */
const FIGURE_ASKED = /\bhow (?:high|deep|wide|thick)\b|\bwhat(?:['’]s| is| was| are| were) the (?:[\w-]+ ){0,2}rates?\b/i;

/**
 * Words that name a kind of place: "which country / city / town / state / region…"; not a state of
 * matter, of repair or of mind, a region of the brain or the genome, nor a compound's first half
 * ("country music", "city council", "state pension", "town hall").
 */
const PLACE_NOUN = String.raw`(countr(?:y|ies)|cit(?:y|ies)|towns?|states?|regions?|provinces?|ports?|islands?|villages?|nations?)(?![\w-])(?!\s+of\s+(?:the\s+)?(?:matter|art|repair|mind|emergency|play|brain|body|genome|spectrum)\b)(?!\s+(?:music|councils?|halls?|pensions?|aid|funding|laws?)\b)`;
/** A word between "which" and the place that may describe it ("which US states", "which Turkish town"), not an article or an auxiliary ("below which a country can…", "what do cities do"). */
const PLACE_DESCRIBED = String.raw`(?:(?!(?:a|an|the|${AUXILIARY}|of|in|on|to)\b)([\w-]+)\s+)?`;
/**
 * A verb, not a describer, in lower case: a word ending in -s (not -us or -ss: "us", "various",
 * "swiss") or -ed, or made / led / drove / let / got / kept ("what makes cities walkable?", "what
 * caused countries to default?"). A capitalised word is a name ("which Texas cities"); a few
 * participles describe places ("which developed countries").
 */
const VERB_NOT_DESCRIBER = /^(?!(?:developed|industriali[sz]ed|landlocked|united)$)(?:[a-z][\w-]*[^\Wus]s|[a-z][\w-]{2,}ed|made|led|drove|let|got|kept)$/;
/** "What state is the wreck in (now)?" asks its condition: a question ending in "in" reads no state. */
const STATE_AS_CONDITION = /\bin(?:\s+(?:now|today|currently))?\s*[?!.]*\s*$/i;
/**
 * A place asked: "which (US) states…", "which Turkish town…", "what country…" opening the question
 * or a clause (clauseOpening), "which" after a preposition opening one ("in which city…", "to which
 * countries…"), after a dash or a verb asking it ("quick q – which states…", "does anyone know which
 * town…", "remind me which US state…"), "in what city…"; not "what poor countries owe" nor "the extent to which countries"
 * inside a sentence (a thing asked of countries), nor "a rule which states…", nor "country-of-origin
 * labels".
 */
const PLACE_ASKED_AT = new RegExp(
  String.raw`(?:\bwhich${clauseOpening(String.raw`(?:(?:in|to|from|of|at|for|by|and)\s+)?which`, String.raw`|[–—]|\b(?:know|remind\s+me|tell\s+me|wonder(?:ing)?)\s`)}|\bwhat${clauseOpening('what', String.raw`|\bin\s`)})\s+${PLACE_DESCRIBED}${PLACE_NOUN}`,
  'gi',
);
/** Whether the question asks a place: PLACE_ASKED_AT with no verb for a describer, and no state asked as a condition. */
function asksPlace(question: string): boolean {
  for (const [, describer, noun] of question.matchAll(PLACE_ASKED_AT)) {
    if (describer !== undefined && VERB_NOT_DESCRIBER.test(describer)) continue;
    if (noun !== undefined && /^states?$/i.test(noun) && STATE_AS_CONDITION.test(question)) continue;
    return true;
  }
  return false;
}
/**
 * Words that open a sentence or name no place when capitalised inside one, and months and weekdays
 * ("in March"). A place given is any other capitalised word inside a sentence: a name ("…the first
 * state, California", "in Aliağa"), since no list of places holds every town a report names; a name
 * opening a sentence is not told from the sentence's first word. "Most" is not here: it opens
 * sentences (NAME_INSIDE passes a closing quote or bracket after the stop) and names nothing inside
 * one only in a title, which a list of words cannot tell from a name.
 */
const NOT_A_NAME: ReadonlySet<string> = new Set([
  ...['i', 'the', 'a', 'an', 'in', 'on', 'by', 'of', 'for', 'and', 'but', 'however', 'this', 'that', 'these', 'those', 'it', 'its', 'evidence', 'source', 'sources', 'finding'],
  ...MONTHS.map((month) => month.toLowerCase()),
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
]);
/**
 * A capitalised word inside a sentence (not opening it, after a stop and any closing quotes or
 * brackets, or a line), not a unit after "°" ("2 °C"). What comes before is read back from each
 * capital found, so a run of spaces is read once: a claim and its evidence are not cut to a
 * question's length.
 */
const NAME_INSIDE = /\b(?=\p{Lu})(?<!°)(?<![.!?:]["'”’)\]]*\s+|^\s*|\n\s*)(\p{Lu}[\p{L}\d&'-]*)/gu;
/** Whether the text names something inside a sentence: a capitalised word not in NOT_A_NAME and with no digit ("CO2", "COVID-19", "PM2.5" name no place). */
function namesSomething(text: string): boolean {
  for (const [, word] of text.matchAll(NAME_INSIDE)) if (word !== undefined && !/\d/.test(word) && !NOT_A_NAME.has(word.toLowerCase().replace(/'s$/, ''))) return true;
  return false;
}

/** A share given: a percentage, a concentration by unit, or a figure per so many ("1 in 5", "per 1,000"). */
const SHARE_GIVEN = /\d\s?(?:%|percent|per\s?cent)|\b(?:ppm|mg|milligrams?|micrograms?)\b|\b\d[\d.,]*\s(?:in|out of)\s(?:every\s)?\d|\bper\s(?:\d|thousand|hundred|million)|\b(?:half|a third|a quarter|two-thirds|three-quarters)\b/i;

/** What asks for each kind. "how much of…" asks for a share, not money; "when" opening a clause ("When staff say…") asks nothing. */
const ASKS: Readonly<Record<AnswerKind, { test(question: string): boolean }>> = {
  price: new RegExp(
    String.raw`\bhow much\b(?! of\b)[^?.!]*\b${MONEY_WORDS}\b|\bwhat(?:'s| is| are| was| were)? the (?:[\w-]+ )?${MONEY_WORDS}\b|\bwhat [\w-]+ (?:wage|salary|fee)\b|\bwhat (?:does|do|did|would|will)(?: [\w-]+){1,5} ${COST_VERB}|\bhow much (?:money|cash)\b|${SPENT}|\bhow many (?:dollars|euros|rupees|yen)\b|${FINES_ASKED}`,
    'i',
  ),
  date: /\b(?:what|which) year\b|\bwhen(?:['’]s| did| was| were| will| is| does| do| are| can| should)\b/i,
  duration: new RegExp(String.raw`${HOW_LONG}|${HOW_MANY} (?:years|months|weeks|days|hours|minutes)\b`, 'i'),
  count: new RegExp(HOW_MANY, 'i'),
  law: /\b(?:is|are|was|were) (?:it )?(?:[\w:-]+ ){0,6}?(?:legal|illegal|lawful|unlawful)\b|\bis it (?:\w+ )?allowed\b/i,
  ranking: { test: (question) => RANKING_IN_A_CLAUSE.test(question.replace(FIRST_UNRANKED, ' ')) && !FINDINGS_OF_SUPERLATIVE.test(question) },
  maker: MAKER_ASKED,
  yearly: anyClause(clauseAsksYearly),
  future: FUTURE_ASKED,
  person: PERSON_ASKED,
  length: LENGTH_ASKED,
  share: SHARE_ASKED,
  figure: FIGURE_ASKED,
  place: { test: asksPlace },
};

/** A span of time given in words or digits ("three years", "18 months", "a decade"). */
const DURATION = new RegExp(String.raw`\b${SPAN_NUMBER}\s?-?\s?${TIME_UNITS}\b`, 'i');

/**
 * A span between two years, which says how long something lasted: "from 1875 until 1956", "between
 * 1902 and 1984", "1875-1956". At most three words before each year, so it is read in linear time;
 * not a count whose numbers look like years ("between 1500 and 2000 people", "from 1500 to 1900
 * members"), nor two years listed ("surveys from 2019 and 2021": "and" only after "between").
 */
const SPAN_WORDS = String.raw`(?:[\p{L}\d,'’]+\s+){0,3}?`;
const SPAN_END = String.raw`${YEAR}\b${NOT_COUNTING}`;
const YEARS_SPANNED = new RegExp(
  String.raw`\bfrom\s+${SPAN_WORDS}${YEAR}\b\s*(?:to|until|till|through|[-–])\s*${SPAN_WORDS}${SPAN_END}|\bbetween\s+${SPAN_WORDS}${YEAR}\b\s*(?:and|to|[-–])\s*${SPAN_WORDS}${SPAN_END}|${YEAR_RANGE}`,
  'iu',
);

/**
 * A year, or a month by its name: capitalised, as a claim writes it ("march" and "may" in lower
 * case are a verb and a modal), and "May" not opening a sentence ("May cause…") unless a day or
 * the sentence's end follows it ("Deadline: May.", "May 5"). What comes before is read back from
 * each "May" found, as NAME_INSIDE reads it.
 */
const MONTH_NAMED = String.raw`\b(?:${MONTHS.filter((month) => month !== 'May').join('|')})\b|\b(?=May\b)(?<![.!?:]\s*|^\s*)May\b|\bMay(?=\s*(?:\d|[.!?;,)]|$))`;
const YEAR_OR_MONTH = new RegExp(String.raw`\b${YEAR}\b|${MONTH_NAMED}`);

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
 * What ranks one thing above others: a superlative, "leading" (not "leading to"), a record (a
 * record high, a new record, set or broke a record, "a record 62 million"; not a "track record",
 * a "medical record" or "kept a record of"), "more than any".
 */
const RANKING_GIVEN = new RegExp(
  String.raw`\b(?:${SUPERLATIVE_WORDS}|top|leading(?! to\b)|leader|ranked|more than any|ahead of|record[- ](?:highs?|lows?|levels?|breaking|numbers?|years?)|(?:new|world|all-time) record|set a record|broke (?:the|a) record|a record(?= [\d$€£]))\b`,
  'i',
);

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
    String.raw`(?:\b[A-Z]{1,3})?[$€£¥₹]\s?\d[\d.,]*(?:\s?(?:thousand|million|billion|trillion|bn|m|k)\b)?`,
    String.raw`\d[\d.,]*(?:\s?(?:thousand|million|billion|trillion))?\s?(?:dollars?|euros?|cents?|yen|pesos?|rupees?)\b`,
  ].join('|'),
  YEAR_FLAGS,
);
/** The text without its years and sums of money: what is left of it that may count things. */
function withoutYearsOrMoney(text: string): string {
  return text.replace(YEAR_OR_MONEY, ' ');
}

/**
 * A sum of money: a currency sign or code before a number ("US$15", "€ 2bn", "USD 40"), or a number
 * (in digits or words, "tens of billions of") before a currency ("40 million euros", "80 billion US
 * dollars", "1.5 cents"); not a currency word alone ("a last-dollar scholarship", "in pounds").
 * A currency that is also a weight or another word ("pounds", "won", "rand") only after a multiplier
 * ("40 million pounds", "1.2 trillion won", "billions of pounds"), and not before "of": "1,500
 * pounds of fish", "2 million pounds of plastic" weigh, "thousands won" is a verb.
 */
const AMOUNT_OF_MONEY = new RegExp(
  [
    String.raw`[$€£¥₹]\s?\d`,
    String.raw`\b(?:USD|EUR|GBP|CHF|INR|CAD|AUD)\s?\d`,
    String.raw`(?:\d|\b(?:${CARDINAL_WORDS}|tens|hundreds|thousands|millions|billions|a)\b)[\d.,]*\s?(?:(?:thousand|million|billion|trillion)s?\s|bn\s|m\s|k\s)?(?:of\s)?(?:U\.?S\.?\s)?(?:dollars?|euros?|pounds? sterling|cents?|pence|yen|rupees?|pesos?|yuan|francs?|kronor|krona|kroner|lakh|crore)\b`,
    String.raw`(?:(?:\d[\d.,]*\s?|\b(?:${CARDINAL_WORDS}|a)\s)(?:thousand|million|billion|trillion|bn|m)\s|\b(?:thousands|millions|billions) of\s)(?:pounds?|won|rand|naira|shillings?|reais|dirhams?)\b(?!\s+of\b)`,
  ].join('|'),
  'i',
);

/** A figure per year, or one of a named year ("in 2022", "during fiscal 2023", "in fiscal year 2024", "last year", "year on year"). */
const PER_YEAR = new RegExp(String.raw`\b(?:each|every|per|a|an|in a|one|last|this) (?:year|yr)\b|\bannual(?:ly)?\b|\byearly\b|\bper annum\b|/\s?(?:year|yr)\b|\ba-year\b|\byear[- ](?:on|over)[- ]year\b|\b(?:in|during|for) (?:FY\s?|fiscal (?:year )?)?${YEAR}\b`, 'i');

/**
 * A span ahead: "within five years", "over the next decade", "in 10 to 15 years", "within about
 * six months", "in less than 15 years", "within 30 days", "next year", "later this year", "this
 * year", "the coming years", "by mid-century", "by the end of the decade".
 */
const SPAN_AHEAD = new RegExp(
  String.raw`\b(?:within|in|over|after|another)\s+(?:the\s+)?(?:next\s+)?(?:(?:about|around|roughly|some|approximately|just|only|less than|more than|fewer than|under|up to|at least|at most)\s+)?${SPAN_NUMBER}(?:\s?(?:-|–|to|or)\s?${SPAN_NUMBER})?\s?-?\s?(?:days?|weeks?|months?|years?|decades?)\b|\bnext (?:year|decade|month|spring|summer|autumn|fall|winter)\b|\b(?:later )?this year\b|\bthe coming (?:days|weeks|months|years|decades?)\b|\bby (?:the )?mid-?century\b|\bby the end of the\b`,
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
  for (const [year] of text.matchAll(ANY_YEAR)) {
    if (Number(year) >= reportYear) return true;
    pastYear = true;
  }
  return SPAN_AHEAD.test(text) || (!pastYear && (DURATION.test(text) || MONTH.test(text)));
}

/** Words of bodies and documents, not people, after a capitalised word ("Seabed Authority", "Broadway League"). */
const BODY = String.raw`(?:Authority|Commission|Court|Agency|Council|University|Institute|Organi[sz]ation|Bank|Department|Ministry|Association|League|Society|Union|Museum|Fund|Foundation|Company|Corporation|Group|Office|Board|Service|Party|Republic|States|Kingdom|Nations|Network|Programme|Program|Survey|Report|Act|Centre|Center|Agreement|Directive)`;
/**
 * A person by name: a title and a capitalised word ("Judge Brown", "Dr. Seales"), or two
 * capitalised words inside a sentence ("led by Peter Harrison", "Luke Farritor, a 21-year-old"),
 * not after "the" nor the name of a body ("the International Seabed Authority").
 */
const PERSON_NAMED = new RegExp(
  String.raw`\b(?:Mr|Mrs|Ms|Dr|Prof|President|Minister|Judge|General|Sir|Lord)\.?\s+\p{Lu}|(?<![.!?]\s|^|\bthe |\bThe )\b(?!(?:The|A|An|In|On|By)\b)\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\s+(?:\p{Lu}\.\s+)?(?!${BODY}\b)\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?\b`,
  'u',
);

/** What gives each kind. A "when" question may be answered by a year, a month or a span of time ("within five years"); one on the law by a law, a ban, a court, a licence; a ranking by a superlative or a record. */
const GIVES: Readonly<Record<AnswerKind, (text: string, reportDate: string) => boolean>> = {
  price: (text) => AMOUNT_OF_MONEY.test(text),
  date: (text) => YEAR_OR_MONTH.test(text) || DURATION.test(text),
  duration: (text) => DURATION.test(text) || YEARS_SPANNED.test(text) || LENGTH_GIVEN.test(text),
  count: (text) => statesQuantity(withoutYearsOrMoney(text)),
  law: (text) => LAW.test(text) || NAMED_ACT.test(text),
  ranking: (text) => RANKING_GIVEN.test(text),
  maker: namesMaker,
  yearly: (text) => PER_YEAR.test(text),
  future: givesDateAhead,
  person: (text) => PERSON_NAMED.test(text),
  length: (text) => LENGTH_GIVEN.test(text),
  share: (text) => SHARE_GIVEN.test(text),
  figure: (text) => LENGTH_GIVEN.test(text) || AMOUNT_OF_MONEY.test(text) || SHARE_GIVEN.test(text),
  place: namesSomething,
};

/** The kinds of answer the question asks for (none for most questions). */
export function askedAnswerKinds(question: string): AnswerKind[] {
  return (Object.keys(ASKS) as AnswerKind[]).filter((kind) => ASKS[kind].test(question));
}

/**
 * Whether the text gives an answer of the kind (a currency amount for a price, a year or month or
 * span for a date, a law, ban or court for the law, …). `reportDate`: the claim's report's Research
 * Date, which a date still ahead is read against.
 */
export function givesAnswerKind(text: string, kind: AnswerKind, reportDate = ''): boolean {
  return GIVES[kind](text, reportDate);
}
