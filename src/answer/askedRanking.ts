// A ranking asked ("which bridge has the most sensors?") and given (a superlative, a record): what
// tops a ranking, for the kinds of answer (askedAnswerKind.ts).

import { AUXILIARY, DO_FORMS, HAVE_FORMS, oneOf } from '../search/auxiliaryVerbs.js';
import { FIRST_PLACE_EMPHASIS } from '../search/chatShorthand.js';
import { cued, replacedIn } from '../search/cuedPattern.js';
import { PEOPLE_PLURALS } from '../search/irregularForms.js';
import { matchesOf } from '../search/matchesOf.js';
import { verbAfterSubject } from '../search/partOfSpeech.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import { SPAN_NUMBER, TIME_UNITS } from './askedDuration.js';
import { FIRST_OF_A_DEED } from './askedPerson.js';
import { anyClause, firstThen } from './clauseReading.js';

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
/**
 * A superlative in a possessor describes the owner, not the thing asked: "who designed the first
 * emperor's tomb?", "what was the tallest building's height?" ask for a tomb's maker, a height. The
 * possessor is the superlative and up to two words after it ending in "'s", none a word that opens
 * another phrase ("the most popular of the country's parks" still ranks the parks). Not a plural's
 * "s'" nor a people plural's "'s", which mostly say what kind of thing is ranked: "the best kids'
 * books", "the most popular children's book", "the biggest women's league".
 */
const POSSESSOR_WORD = String.raw`(?!(?:of|in|on|at|for|to|by|with|from|among|than|and|or|${AUXILIARY})\b)[\w-]+`;
const IN_A_POSSESSOR = String.raw`(?:\s+${POSSESSOR_WORD}){0,2}?(?<!\b${oneOf([...PEOPLE_PLURALS, 'folks'])})['’]s(?![\w'’])`;
const RANKED_AFTER = new RegExp(String.raw`\b(?:the|world's)\s+${SUPERLATIVE}(?!${IN_A_POSSESSOR})`);
/**
 * "The first" that ranks nothing: a span of time from a start, after a preposition ("in the first
 * year", "over the first twelve months", "in the first weeks of the womb", "during the first
 * couple of weeks", "in the first 1,000 days"; "What was the first year…?" still asks which came
 * first), and the idiom "in the first place" ending a clause ("what does the report blame for it in
 * the first place?", FIRST_PLACE_EMPHASIS). Tried only where "the first" is found.
 */
const FIRST_UNRANKED = cued(
  new RegExp(
    String.raw`\b(?:in|over|during|within|for|after|through(?:out)?|across)\s+the first\s+(?:(?:couple of|${SPAN_NUMBER})(?:\s+|\s?-\s?))?${TIME_UNITS}(?![\w-])|\b${FIRST_PLACE_EMPHASIS}`,
    'giu',
  ),
  'the first',
);
/**
 * "The first" or "the earliest" before a plural, after "be", names the earliest of a sequence, a
 * group asked about, not one thing that tops a ranking: "what were the first warning signs before
 * the volcano blew?" is answered by "Activity began with a magnitude 4.2 earthquake", "who were the
 * first settlers of Iceland?" by who settled it, with no "first" in either. Not after another verb
 * ("who did the first heart transplants?" asks whose deed) or "one of" ("one of the first cars"),
 * nor before "to" or "ever" ("who were the first people to climb Everest?" ranks them); up to two
 * words between, none a function word, and the plural no verb's "-s" nor a singular's ("the first
 * Ironman was raced", "the first world congress"). Tried only where "first" or "earliest" is found.
 */
const FIRST_OF_A_SEQUENCE = cued(
  /\b(?<=\b(?:are|were|is|was)\s+)the\s+(?:first|earliest)\s+(?:(?!(?:to|of|in|on|at|for|by|with|from|and|or|the|a|an|ever)\b)[\p{L}'’-]+\s+){0,2}?(?!(?:was|has|does|goes|this|thus|plus|less|its|his)\b)\p{L}{2,}s\b(?<!ss|us|is)(?!['’])(?!\s+(?:to|ever)\b)/giu,
  'first|earliest',
);
/** A superlative of an adjective: not "most / least / best / worst", by which a phrase ranks ("which airline flies to the most countries?"). */
const ADJECTIVE_SUPERLATIVE = String.raw`(?:${SUPERLATIVE_WORDS.split('|').filter((word) => !['most', 'least', 'best', 'worst'].includes(word)).join('|')})(?![\w-])`;
/**
 * A preposition opening a phrase: not "of" after a count or a question word ("one of the first cars",
 * "which of the largest"), nor "in" after "came", "finished", "placed" or "ended up", a place in a
 * ranking ("came in the first place", "finished in the fastest time").
 */
const IN_A_PHRASE = String.raw`(?:(?<!\b(?:one|some|any|each|many|few|none|all|which|who|what|two|three|several|most)\s+)of|about|to|after|before|since|from|with|on|at|(?<!\b(?:came|comes?|finish(?:ed|es)?|placed?|end(?:ed|s)?\s+up)\s+)in|for|into|by|over|behind|under|through|towards?|against|like|near)`;
/**
 * An order asked, not a ranking: "which came first: A or B?", "what happened first?" (the claims'
 * dates answer it). The question word goes with it, so that "the first" in A or B ranks nothing
 * ("Which came first in 1956: the first Eurovision Song Contest or…?"); "which was first to…" ranks.
 */
const ORDER_ASKED = String.raw`\b(?:[Ww]hich|[Ww]hat)\s+(?:one\s+)?(?:came|comes?|happened|happens?|was|were|appeared|arrived|started|began)\s+first\b(?!\s+to\b)`;
/**
 * What ranks nothing: a superlative of an adjective before a noun, in a phrase after a preposition,
 * names what the question is about, not what it ranks ("what happened to the first polio vaccine?",
 * "what was the pulse period of the first pulsar?", "what does the source say about the first design
 * for the ceiling?", "what happened to Tretiak after the first period?"), unless the superlative is
 * the phrase ("keeps letting water through the longest", "like the first ever"), looked behind only
 * at "the"; and an order asked.
 */
const UNRANKED = new RegExp(String.raw`(?=the\s)(?<=\b${IN_A_PHRASE}\s+)the\s+${ADJECTIVE_SUPERLATIVE}(?=\s+(?!(?:ever|of|to|in|one|ones|and|or|than|place|position|spot)\b)\p{L})|${ORDER_ASKED}`, 'gu');

/**
 * Not a superlative that only says which studies or observers are asked about, the question's own
 * verb one of reporting or of observing: "what did the first studies on bike lanes find?", "what
 * have the largest trials shown?", "what did the first scientists see at the centre of the blast
 * zone?" ask for what they found. Only there: a participle after the superlative ("the highest
 * injury rates reported") is no verb of the question, and the ranking stays asked.
 */
const FINDINGS_OF_SUPERLATIVE = new RegExp(
  String.raw`\b(?:[Ww]hat|[Ww]hich)\s+(?:${oneOf(DO_FORMS)}\s+(?:the|world's)\s+${SUPERLATIVE}\s+(?:[\w'-]+\s+){0,5}?(?:find|show|say|suggest|report|conclude|reveal|see|notice|observe|discover|spot)|${oneOf(HAVE_FORMS)}\s+(?:the|world's)\s+${SUPERLATIVE}\s+(?:[\w'-]+\s+){0,5}?(?:found|shown|said|suggested|reported|concluded|revealed|seen|noticed|observed|discovered|spotted))\b`,
);

/**
 * A superlative of an adjective in the subject of do-support names what the question asks about,
 * not what it ranks: "what batteries did the first pacemakers run on?", "where did the first airlift
 * plane land?", "…, and when did the first plane arrive?" ask of the first pacemakers, plane. After
 * "where / when / why / how" a "do" is always the auxiliary; after "what / which / who" it is the
 * main verb as often ("which team did the fastest lap?", "who did the first heart transplant?": a
 * ranking asked), so there the superlative's phrase must end in a noun with its bare verb after it
 * (verbAfterSubject, by WordNet). Not "most / least / best / worst", by which the subject ranks
 * ("where did the most people die?").
 */
const DO_SUPPORT_SUPERLATIVE = new RegExp(
  String.raw`\b(?:([Ww]here|[Ww]hen|[Ww]hy|[Hh]ow)|[Ww]hat|[Ww]hich|[Ww]ho)\b(?:\s+[\w'’-]+){0,3}?\s+${oneOf(DO_FORMS)}\s+((?:the|world's)\s+${ADJECTIVE_SUPERLATIVE})((?:\s+[\p{L}'’-]+){0,4})`,
  'gu',
);
/** The words of the subject's phrase before its verb, at most: "the first swedish pacemakers". */
const MAX_SUBJECT_WORDS = 3;
/** The question with each superlative in the subject of do-support (DO_SUPPORT_SUPERLATIVE) blanked. */
function withoutDoSupportSuperlatives(question: string): string {
  let read = question;
  for (const match of matchesOf(question, DO_SUPPORT_SUPERLATIVE)) {
    const words = (match[3] as string).trim().split(/\s+/).filter((word) => word !== '');
    const subject = match[1] !== undefined || words.slice(0, MAX_SUBJECT_WORDS).some((word, i) => i + 1 < words.length && verbAfterSubject(sharedWordNet(), word, words[i + 1] as string));
    if (!subject) continue;
    const at = match.index + match[0].indexOf(match[2] as string);
    read = read.slice(0, at) + ' '.repeat((match[2] as string).length) + read.slice(at + (match[2] as string).length);
  }
  return read;
}

/** A ranking asked in a clause: a superlative after its first question word. */
const RANKING_IN_A_CLAUSE = anyClause(firstThen(RANKING_QUESTION_WORD, RANKED_AFTER));
/**
 * A ranking asked: a superlative after a question word in a clause, not "the first" that ranks
 * nothing nor the first of a sequence, a superlative in a phrase after a preposition, an order asked, the findings of the first
 * studies nor the first deed a person is asked for (a person is asked there: askedPerson.ts).
 */
export const RANKING_ASKED: { test(question: string): boolean } = {
  test: (question) => RANKING_IN_A_CLAUSE.test(replacedIn(replacedIn(withoutDoSupportSuperlatives(question), FIRST_UNRANKED, ' '), FIRST_OF_A_SEQUENCE, ' ').replace(FIRST_OF_A_DEED, ' ').replace(UNRANKED, ' ')) && !FINDINGS_OF_SUPERLATIVE.test(question),
};

/**
 * What ranks one thing above others: a superlative, "leading" (not "leading to"), a record (a
 * record high, a new record, set or broke a record, "a record 62 million"; not a "track record",
 * a "medical record" or "kept a record of"), "more than any".
 */
export const RANKING_GIVEN = new RegExp(
  String.raw`\b(?:${SUPERLATIVE_WORDS}|top|leading(?! to\b)|leader|ranked|more than any|ahead of|record[- ](?:highs?|lows?|levels?|breaking|numbers?|years?)|(?:new|world|all-time) record|set a record|broke (?:the|a) record|a record(?= [\d$€£]))\b`,
  'i',
);
