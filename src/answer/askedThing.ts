// The thing a question asks for by its wh-phrase: "What was the toll to cross…" asks for a toll,
// "Which steel company fabricated…" for a company, "What brand were the spikes…" for a brand,
// "How many WHO staff worked…" for staff. A claim on the same subject that never names the thing
// (the bridge's deck width, a runner's race) shares the question's topic, not its answer: the
// no-answer decision weighs whether the claims it reads have that word (answerability.ts,
// AnswerSignals.thingMissing; eval/README.md, thirty-third session). A figure word ("what year",
// "how many years", "what price") is not read: the kind of answer asked is (askedAnswerKind.ts),
// as a claim gives a year without saying "year".

import { AUXILIARY_VERBS, BE_FORMS } from '../search/auxiliaryVerbs.js';
import { matchesOf } from '../search/matchesOf.js';
import { comparativeBase } from '../search/partOfSpeech.js';
import { tokenize } from '../search/tokenize.js';
import { SUPERLATIVE_WORDS } from './askedRanking.js';
import { BEFORE_OPENING_WH } from './clauseReading.js';
import { isMainlyNoun, isPlainOrPastVerb, isPluralNoun, verbReading } from './everydayWords.js';
import { isQuestionVerb } from './questionVerb.js';
import { fromWordNet } from '../search/wordnet/rememberedRelated.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import type { WordNet } from '../search/wordnet/wordNet.js';

/**
 * A wh-word opening a clause: after what opens one (BEFORE_OPENING_WH: the start, a stop or a
 * comma, "and / but / so"), or after "or" or a preposition ("On what date…", "…or which room…").
 * Not one inside a clause ("…changed what people bought"), which asks for no thing.
 */
const OPENING_WH = new RegExp(
  String.raw`(?:${BEFORE_OPENING_WH}|\b(?:or|in|on|at|by|to|for|from|of|with|under|during|since|until|after|before)\s+)(what|which|how\s+many|how\s+much)(?![\p{L}\p{N}])`,
  'giu',
);
/**
 * Words between "what / which" and the thing: a copula (every form of "be" auxiliaryVerbs.ts lists,
 * and the "'s" of "what's"), an article, "kind of" ("What was the…", "What kind of…"), "name of"
 * ("What was the name of the ship that…" asks for a ship, by its name). Not another auxiliary:
 * "What did the company buy?" asks for no company.
 */
const BEFORE_THING = new Set([...BE_FORMS, 's', 'the', 'a', 'an', 'of', 'exactly', 'actually', 'kind', 'sort', 'type', 'name', 'names']);
/** Words between "how many / much" and the thing: "How many of the painters…". A copula ends it: "How much is the stone insured for?" asks a sum. */
const BEFORE_COUNTED = new Set(['of', 'the']);
/**
 * Words that end the thing's phrase: every auxiliary (auxiliaryVerbs.ts: "Which company may buy…"
 * asks for a company, not a "may", which WordNet has as a noun), "be" and "been", prepositions,
 * articles, pronouns.
 */
const AFTER_THING = new Set([...AUXILIARY_VERBS, 'be', 'been', 'of', 'for', 'in', 'on', 'to', 'at', 'by', 'from', 'with', 'the', 'a', 'an', 'and', 'or', 'that', 'this', 'it', 'they', 'he', 'she', 'we', 'you', 'i', 'there', 'its', 'their', 'his', 'her', 'when', 'if', 'as', 'than', 'per', 'about', 'after', 'before', 'during']);
/** Relative words after the thing, in lower case as typed ("the tattoo artist who started…"; not "WHO's target"). */
const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'where']);
/** Words after the thing that name it in the question, before a capitalised name: "the product called Undark", "a ship named Endurance". */
const NAMING = new Set(['called', 'named', 'dubbed', 'nicknamed', 'titled']);
/** Words after "how many" that ask a difference, not a thing ("how many more would ride them?"), which WordNet lists as nouns too. */
const MORE_OR_FEWER = new Set(['more', 'fewer', 'less', 'most']);
/**
 * Verbs "what" is the subject of ("What causes the northern lights?", "what limits how useful
 * batteries are…", "What matters more…"), which WordNet has mostly as nouns: right after "what",
 * before no auxiliary, "of", "for", "and" or "or" ("What limits did World Athletics put on road
 * shoes?", "what causes of the fire…" ask for limits, causes), they are the question's verb, and the
 * wh-phrase asks for no thing.
 */
const SUBJECT_VERBS = new Set(['causes', 'caused', 'drives', 'drove', 'triggers', 'triggered', 'limits', 'limited', 'matters', 'mattered', 'determines', 'determined', 'controls', 'controlled', 'powers', 'powered', 'fuels', 'fuelled', 'fueled', 'shapes', 'shaped', 'sparks', 'sparked', 'prompts', 'prompted', 'counts', 'forces', 'forced']);
const NOUN_NEXT = new Set<string>([...AUXILIARY_VERBS, 'of', 'for', 'and', 'or']);
/** Characters read after a wh-word: room for a copula, an article and the thing's words. */
const WINDOW = 120;
/** A superlative or "last": it says which of the things is asked, never the thing ("what was the first lyme vaccine?"). */
const RANK_WORD = new RegExp(`^(?:${SUPERLATIVE_WORDS}|last)$`, 'u');
/** Words of the thing's phrase read: "Which steel company…" is two. */
const THING_WORDS = 4;
/**
 * Nouns a figure or a span answers (a year, a date, a price, a share…): the claim gives the figure
 * without the word, and whether it gives one is the kind of answer asked (askedAnswerKind.ts).
 */
const FIGURE_WORD = /^(?:numbers?|shares?|fraction|portion|proportion|percentage|percent|amount|prices?|costs?|premium|times?|years?|date|days?|weeks?|months?|hours?|minutes?|decades?|money|age|size|length|rate|figures?|total|level|value|sum)$/u;

/**
 * Nouns of what an answer shows (its claims, and beside each its sources, quotes and findings, the
 * study or report they come from): "What's the source for…", "Which study found…", "Which claim
 * comes from…" are answered by the claim whose source it is, which never calls it so.
 */
const SHOWN_PART = /^(?:claims?|sources?|evidence|supports?|stud(?:y|ies)|papers?|reports?|journals?|publications?|documents?|quotes?|quotations?|wording|findings?|citations?|references?)$/u;

/**
 * Nouns of a class whose members a claim names, never the class: "Which stage of tick…" is answered
 * by "bites from tiny nymphal ticks", "Which coral restoration methods…" by the nurseries and
 * fragmenting, "what are the options…" by the options, "what's the current theory on why…" by what
 * a historian argues. Read after "what / which" only: "how many steps / stages…" count them.
 */
const CLASS_WORD = /^(?:options?|steps?|methods?|approach(?:es)?|stages?|phases?|theor(?:y|ies)|techniques?)$/u;
/**
 * "What / which kind (type, sort) of X" asks for a kind of X, which a claim names ("pavers" for a
 * draining surface, "methane" for a gas, "cogs" for the traders' boats) more often than it says X:
 * such a wh-phrase asks for no thing.
 */
const KIND_WORD = /^(?:kinds?|types?|sorts?)$/u;
/** "name(s) of (the / a / an)" ending the words before the thing: "What was the name of the ship…". */
const NAME_OF = /\bnames? of(?: the| a| an)?$/u;

/**
 * Nouns of a relation a claim states without naming it: "What is the difference between…" is
 * answered by a claim comparing the two, "What effect did the lanes have?" by one saying what they
 * did (REVIEW-1 of the thirty-third session, item 2).
 */
const RELATION_WORD = /^(?:differences?|effects?|impacts?|ways?|roles?|reasons?|relationships?|links?|connections?)$/u;

/** Whether the typed word opens a phrase of its own, not one of a thing's words: a name, a figure, an article, a pronoun, a preposition, the end. */
function opensPhrase(typed: string | undefined): boolean {
  return typed === undefined || /^[\p{Lu}\d]/u.test(typed) || AFTER_THING.has(typed.toLowerCase());
}

/**
 * The word (in lower case, as typed) of the thing the question's first wh-phrase asks for: the last
 * mostly-noun word of the words after "what / which" (past a copula and an article) or "how many /
 * much", past a possessive ("What is the NHL's concussion protocol?": protocol), up to a
 * preposition, an auxiliary or a word that is not a noun after one that is; null when no wh-phrase
 * opens a clause, it names no thing ("What did…", "What happened…", "How much is…", "What causes…",
 * "What ended Berlin's rent cap?"; a superlative says which one, never the thing), it asks a kind
 * ("What kind of…") or the thing is a figure word, a part of what an answer shows, a relation or
 * (after "what / which") a class whose members a claim names.
 */
export function askedThing(question: string): string | null {
  for (const match of matchesOf(question, OPENING_WH)) {
    const wh = (match[1] as string).toLowerCase();
    // Only the words right after it: the whole rest of a long message, read again at every wh-word, would take time growing with its square.
    const after = (match.index ?? 0) + match[0].length;
    const window = question.slice(after, after + WINDOW);
    // A window ending inside a word reads it up to its last space, not a word cut in half.
    const whole = after + WINDOW < question.length && window.includes(' ') ? window.slice(0, window.lastIndexOf(' ')) : window;
    const typedWords = tokenize(whole);
    const words = typedWords.map((word) => word.toLowerCase());
    // "How many / much" asks an amount of the thing.
    const counting = wh.startsWith('how');
    const skipped = counting ? BEFORE_COUNTED : BEFORE_THING;
    let start = 0;
    while (start < words.length && skipped.has(words[start] as string)) start++;
    // "What kind of battery…", "What kinds of aches…": a kind asked, no thing.
    if (!counting && words.slice(0, start + 1).some((word, i) => KIND_WORD.test(word) && words[i + 1] === 'of')) continue;
    // "the name of the ship that…": the thing is the noun after "name of", though mostly a verb ("ship").
    const named = start > 1 && NAME_OF.test(words.slice(0, start).join(' '));
    let thing: string | null = null;
    let read = 0;
    for (let i = start; i < words.length && read < THING_WORDS; i++) {
      const word = words[i] as string;
      // A possessive after a copula, an article or "how many of" ("What was Iceland's total
      // catch…", "How many of Nick Begich's ballots…"): the words before it say whose, the thing
      // comes after it. Right after "which / what" the possessor is the thing ("Which country's
      // seafood…" asks for a country).
      if (word === 's' && start > 0 && i > start) {
        thing = null;
        read = 0;
        continue;
      }
      if (AFTER_THING.has(word) || RELATIVE.has(typedWords[i] as string) || word.length < 2) break;
      // A figure ("the men's 10,000 metres…") is no thing, though WordNet lists "10" as a noun,
      // nor one of the thing's words: "10,000 metres track world record" asks a record.
      if (/^\d/u.test(word)) {
        if (thing !== null) break;
        continue;
      }
      if (i === 0 && wh === 'what' && SUBJECT_VERBS.has(word) && !NOUN_NEXT.has(words[i + 1] ?? '')) break;
      // A negated auxiliary ends the phrase, as an auxiliary does ("…and which don't?" is read
      // "don", "t"; WordNet has a noun "don").
      if (words[i + 1] === 't' && word.endsWith('n')) break;
      // The question's verb right after "what / which" ("What ended Berlin's rent cap?", "Which
      // lasted longer…"): "what" is its subject, and the words after it its object, no thing.
      if (i === 0 && !counting && isQuestionVerb(word, opensPhrase(typedWords[1]))) break;
      if (RANK_WORD.test(word)) continue;
      read++;
      // Right after "how many", a noun's plural ending the phrase is what is counted, though mostly
      // a verb ("How many ships did Lübeck have…", "how many saves did he make?"); a verb's base or
      // past form there leaves out the people counted ("how many work at the kontor?").
      const endsPhrase = i + 1 === words.length || AFTER_THING.has(words[i + 1] as string);
      const countedHere = thing === null && i === start && counting && wh.endsWith('many') && !MORE_OR_FEWER.has(word) && endsPhrase && isPluralNoun(word);
      const namedHere = named && thing === null && i === start && (endsPhrase || RELATIVE.has(typedWords[i + 1] as string));
      if (!countedHere && !namedHere && !isMainlyNoun(word)) {
        // A thing the question names ("What was the product called Undark used for?"): the name is what a claim has.
        if (thing !== null && NAMING.has(word) && /^\p{Lu}/u.test(typedWords[i + 1] ?? '')) {
          thing = null;
          break;
        }
        if (thing !== null) break;
        continue;
      }
      // A figure, a part an answer shows, a relation or a class not counted ends the phrase: what
      // follows is its subject ("the main reasons teens vape", "which stage of tick"), not the thing.
      if (FIGURE_WORD.test(word) || SHOWN_PART.test(word) || RELATION_WORD.test(word) || (!counting && CLASS_WORD.test(word))) return null;
      // After a plural noun, a verb's plain or past form is the question's verb ("Which airlines use
      // Kansai as a hub?", "which tree species cope best…", "how many submarine cables land…"), though
      // WordNet has it as a noun too: the plural is the thing. Not a word in -s ("GPS satellites"),
      // nor after a unit after a figure ("the 10,000 metres track world record" asks a record), nor
      // where a verb follows it: then the plural names a kind of the noun ("Which sports team won…").
      if (thing !== null && words[i - 1] === thing && !/^\d/u.test(words[i - 2] ?? '') && isPluralNoun(thing) && isPlainOrPastVerb(word) && !isVerbAfter(words[i + 1])) break;
      thing = word;
    }
    if (thing !== null) return thing;
  }
  return thingGotAsked(question);
}

/**
 * A yes/no question asking whether someone got any of a thing: "Did Lord Monteagle get any reward
 * from the king…?", "did the dog's owner get any cash out of it?", "were they paid any compensation?",
 * opening the question, a sentence or a clause, or after "quick q", "wondering", "know if" (as
 * askedOutcome.ts reads a yes/no question: "quick q: did the new ground get any public subsidy?").
 * A claim on the person that never names the thing tells of them, not of it. Read one clause at a
 * time (between stops and commas), from the first auxiliary that opens one: a scan to the clause's
 * end from every opening ("q did q did…", ", , ,…") took time growing with the clause's square, and a
 * later opening's scan is part of the first's.
 */
const GOT_ANY_CLAUSE = /[^?.!,;:]+/gu;
/** "so / ok / and / but / btw / wait" and the auxiliary a yes/no question is put with, after the punctuation opening a clause. */
const ASKING_AUXILIARY = String.raw`[\s\p{P}]*(?:(?:so|ok|okay|and|but|btw|wait)\s+)?(?:did|does|do|has|have|had|was|were|is|are|will|would)\b`;
/** The auxiliary opening the clause. */
const OPENING_AUXILIARY = new RegExp(String.raw`^${ASKING_AUXILIARY}`, 'iu');
/** Or the first after "quick q", "wondering", "know if" inside it. */
const CUED_AUXILIARY = new RegExp(String.raw`\b(?:q|question|wondering|know if|know whether)\s${ASKING_AUXILIARY}`, 'iu');
/** After the auxiliary: a verb of getting, "any" and the words after it. */
const GOT_ANY = /\b(?:get|got|gets|receive[sd]?|win|won|wins|earn(?:ed|s)?|gain(?:ed|s)?|given|paid|offered|awarded|granted)\s+any\s+((?:\p{L}+\s+){0,2}\p{L}+)\b/iu;

/** The words after "any" of the first clause asking whether someone got any of a thing. */
function gotAnyWords(question: string): string | null {
  if (!/\sany\s/iu.test(question)) return null;
  for (const [clause] of matchesOf(question, GOT_ANY_CLAUSE)) {
    const asking = OPENING_AUXILIARY.exec(clause) ?? CUED_AUXILIARY.exec(clause);
    if (asking === null) continue;
    const got = GOT_ANY.exec(clause.slice(asking.index + asking[0].length));
    if (got !== null) return got[1] as string;
  }
  return null;
}

/**
 * The thing gotAnyWords reads: the last mostly-noun word of at most three after "any", up to a word
 * that is not a noun after one that is. Past a kind ("any sort / type of reward"), which says how
 * much of the thing, not what. None where a comparative ends the phrase ("did he get any closer to
 * the pole?", "did it get any lighter?"): how far someone or something came, no thing got.
 */
function thingGotAsked(question: string): string | null {
  const words = gotAnyWords(question);
  if (words === null) return null;
  const typed = tokenize(words.toLowerCase());
  let thing: string | null = null;
  for (const [i, word] of typed.entries()) {
    if (comparative(word)) {
      if (i === 0 && (typed[1] === undefined || AFTER_THING.has(typed[1]))) return null;
      continue;
    }
    if (AFTER_THING.has(word) || KIND_WORD.test(word) || !isMainlyNoun(word)) {
      if (thing !== null) break;
      continue;
    }
    if (FIGURE_WORD.test(word) || SHOWN_PART.test(word)) return null;
    thing = word;
  }
  return thing;
}

/**
 * Whether the word is an adjective's comparative ("closer", "longer", "lighter", "better"), though
 * WordNet has it as a noun too, in no use its tagged corpus saw ("a closer", "a lighter"); not
 * "number" (a comparative of "numb" by its spelling, a noun in use).
 */
function comparative(word: string, reader: WordNet | null = sharedWordNet()): boolean {
  return reader !== null && comparativeBase(reader, word) !== undefined && (fromWordNet(reader, () => [reader.entry(word, 'noun')])[0]?.taggedSenses ?? 0) === 0;
}

/** Whether the next word is an auxiliary or mostly a verb (not a gerund: "stop using"), so the word before it is a compound's noun, not the question's verb. */
function isVerbAfter(next: string | undefined, reader: WordNet | null = sharedWordNet()): boolean {
  if (next === undefined || reader === null || next.endsWith('ing')) return false;
  return AUXILIARY_VERBS.includes(next) || verbReading(reader, next).mainlyVerb;
}
