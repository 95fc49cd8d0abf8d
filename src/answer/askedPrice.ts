// A price asked ("how much does … cost", "what fines…") and a sum of money given ("US$15", "40
// million euros"), for the kinds of answer (askedAnswerKind.ts).

import { irregularBase } from '../search/irregularForms.js';
import { isOrIsUnder, KIND_OF } from '../search/wordnet/broaderNouns.js';
import { matchesOf } from '../search/matchesOf.js';
import { fromWordNet } from '../search/wordnet/rememberedRelated.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import type { IndexEntry, WordNet } from '../search/wordnet/wordNet.js';
import { namesACharge } from './chargeNoun.js';
import { anyClause, firstThen, lastNotFollowedBy } from './clauseReading.js';
import { CARDINAL_WORDS, MAGNITUDE_WORDS, UNIT_MULTIPLIER } from './quantityWords.js';
import { AUXILIARY, BE_FORMS, DO_FORMS, HAVE_FORMS, MODAL_VERBS, oneOf } from '../search/auxiliaryVerbs.js';

/** Words of a sum paid or charged: both a price asked (MONEY_WORDS) and a sum given (SUM_WORDS). */
const PAID_OR_CHARGED = ['cost', 'costs', 'price', 'prices', 'priced', 'fee', 'fees', 'fine', 'fined', 'paid', 'wage', 'wages', 'salary', 'salaries'];
/** Words that ask for money after "how much" ("how much does it cost", "how much do tutors earn", "how much are studios fined", "how much did it end up costing"). */
const MONEY_WORDS = String.raw`(?:${[...PAID_OR_CHARGED, 'costing', 'charge', 'charges', 'fines', 'pay', 'pays', 'earn', 'earns', 'revenue'].join('|')})`;
/**
 * What a thing fetches when sold: "how much does a Benin Bronze sell for", "what did it sell for at
 * launch"; "go for" only right after "how much" and its auxiliary ("how much does an original go
 * for"), not "how much time did they go for…", "what did the team go for".
 */
const SOLD_FOR = String.raw`(?:sells?|sold|selling) for`;
const GOES_FOR = String.raw`\bhow much ${AUXILIARY}(?: [\w'’.-]+){1,6} (?:go|goes|went|going) for\b`;

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

/** "do" or a modal: a bare verb ("spend", "cost") follows them (auxiliaryVerbs.ts). */
const ACTIVE_BEFORE_A_BARE_VERB = oneOf([...DO_FORMS, ...MODAL_VERBS]);
const QUESTION_WORDS = String.raw`(?: [\w&.'’-]+){1,6}`;
/**
 * "How much did/does/will … spend": money, when "how much" stands before the question's auxiliary
 * and "spend" is the verb that auxiliary takes, a few words on ("How much did the Korean
 * government spend on Hallyu promotion?", "How much did the U.S. spend…", "how much has the city
 * spent", "how much is spent", "how much are households spending"); not "how much time did viewers
 * spend…", where "how much" says what was spent, nor a noun or participle the question's verb
 * is about ("How much does time spent outdoors reduce myopia risk?", "How much has spending on
 * roads grown?").
 */
const SPENT = String.raw`\bhow much (?:${ACTIVE_BEFORE_A_BARE_VERB}${QUESTION_WORDS} spend|${oneOf(HAVE_FORMS)}${QUESTION_WORDS}(?<! time) spent|${oneOf(BE_FORMS)} (?:being )?spent|${oneOf(BE_FORMS)}${QUESTION_WORDS} spending)\b`;

/**
 * "What fines / fees / tolls …" asked as a price; not "what fine particles", "what fine-scale
 * patterns" (the singular only before the question's auxiliary: "what fine does a driver pay?") nor
 * the toll something takes ("What toll did the pandemic take on nurses?": a toll with no "take"
 * after it in its clause).
 */
const FINES_ASKED = String.raw`\bwhat (?:fines|fees|fine ${AUXILIARY})\b(?!-)`;
const TOLL_ASKED = anyClause(lastNotFollowedBy(/\bwhat tolls?\b(?!-)/i, /\btak(?:e|es|en|ing)\b/i));

/**
 * "What was / did … (get) paid (for / as …)?" and "What / how much is … insured for?": the sum paid
 * to someone or the sum insured ("What was Robert Stevenson paid as resident engineer?", "What did
 * Roger Bannister's pacemakers get paid for the race?", "What is the Bayeux Tapestry insured for?",
 * "How much is the Rosetta Stone insured for?"). Not "paid" before a noun, which describes it
 * ("…treating paid mystery boxes as betting?").
 */
const PAID_OR_INSURED = String.raw`\bwhat ${oneOf([...BE_FORMS, ...DO_FORMS])}(?: [\w'’.-]+){1,6}? (?:(?:get|got|been|being) )?paid(?=\s+(?:for|as|to|in|by|per|each)\b|\s*[?.!,;:]|\s*$)|\b(?:what|how much)(?:['’]s| ${oneOf(BE_FORMS)})(?: [\w'’.-]+){1,6}? insured for\b`;

/**
 * "For" left at the end of what "how much" stands for: before the clause's end or a word no object
 * of "for" opens with (a time, a place, "when", a conjunction). "For" before its own object says
 * what for ("how much was the forest cleared for farming?" asks an extent).
 */
const STRANDED_FOR = String.raw`for(?=\s*[?.!,;:)]|\s*$|\s+(?:when|while|after|before|during|in|at|on|by|from|to|with|under|back|then|now|today|originally|initially|first|last|and|or|but|if|because)\b)`;
/**
 * "How much was X <participle> for?": the sum a thing was sold, bought, insured, syndicated or leased
 * for ("How much was Secretariat syndicated for when he retired to stud?", "how much were the
 * tickets bought for in 1990?", "how much has the house been valued for?"), after "be", "have …
 * been", or "do … get" ("how much did the painting get auctioned for?"), its "for" stranded
 * (STRANDED_FOR), or the sum it was built or made anew for ("how much was the stadium built / the
 * bridge rebuilt / the house renovated for?"). The
 * participle's verb is one of possession, of building or of making anew (sumParticiple): "how much was the launch
 * delayed / were troops deployed / was he jailed for?" ask a time or a number.
 */
const PARTICIPLE_FOR_A_SUM = new RegExp(
  String.raw`\b[Hh]ow much (?:(?:${oneOf(BE_FORMS)}|['’]s)(?: [\p{L}\p{N}'’.&-]+){1,6}? (?:(?:get|gets|got|been|being) )?|${oneOf(HAVE_FORMS)}(?: [\p{L}\p{N}'’.&-]+){1,6}? been |${oneOf(DO_FORMS)}(?: [\p{L}\p{N}'’.&-]+){1,6}? (?:get|got) )(\p{Ll}{3,}) ${STRANDED_FOR}`,
  'gu',
);
/** WordNet's lexicographer file of verbs of buying, selling and owning (lexnames(5WN)): verb.possession. */
const POSSESSION = 40;
/** How far up a verb's broader senses building is looked for ("erect": raise, then construct). */
const BUILDING_DEPTH = 2;
/**
 * The verb entries a word is the past participle of ("-ed", "-en" or an irregular one: "sold",
 * "bought", "built", and one after "re-": "rebuilt" -> rebuild), by its base ("syndicated" ->
 * syndicate); none for a word WordNet has as a verb as written ("seed", "speed").
 */
function participleVerbs(word: string, reader: WordNet): IndexEntry[] {
  const prefixed = word.startsWith('re') ? irregularBase(word.slice(2), 'verb') : undefined;
  const irregular = irregularBase(word, 'verb') ?? (prefixed === undefined ? undefined : `re${prefixed}`);
  if (irregular === undefined && !/(?:ed|en)$/.test(word)) return [];
  return fromWordNet(reader, () => reader.lookup(irregular ?? word)).filter((entry) => entry.pos === 'verb' && (irregular !== undefined || entry.lemma !== word));
}
/**
 * The verbs whose most used sense is under one of these is one of building or of making anew:
 * WordNet's construct ("make by combining materials and parts": build, erect, rebuild) and
 * regenerate ("reestablish on a new, usually improved, basis": renovate, refurbish, revamp).
 */
const BUILDING: readonly string[] = ['construct', 'regenerate'];
/**
 * Whether a word is the past participle of a verb with a sense of possession in WordNet (sell,
 * buy, pay, insure, syndicate, value, lease, auction), or of one whose most used sense is building
 * or making anew (BUILDING: build, construct, erect, rebuild, renovate, refurbish), whose sum is
 * what the work cost ("how much was the stadium built / the house renovated for?"). Not design,
 * develop or make, whose most used senses are no building. False without WordNet.
 */
function sumParticiple(word: string, reader: WordNet | null = sharedWordNet()): boolean {
  if (reader === null) return false;
  const verbs = participleVerbs(word, reader);
  const synset = (offset: number) => fromWordNet(reader, () => [reader.synset('verb', offset)])[0] ?? null;
  if (verbs.some((entry) => entry.senses.some((offset) => synset(offset)?.lexFile === POSSESSION))) return true;
  const anchors = new Set(BUILDING.flatMap((verb) => fromWordNet(reader, () => [reader.entry(verb, 'verb')])[0]?.senses.slice(0, 1) ?? []));
  const building = (offset: number) => fromWordNet(reader, () => [isOrIsUnder(reader, offset, KIND_OF, (above) => anchors.has(above.offset), BUILDING_DEPTH, 'verb')])[0] ?? false;
  return verbs.some((entry) => entry.senses[0] !== undefined && building(entry.senses[0]));
}
/** Whether the question asks "how much was X <participle> for" (PARTICIPLE_FOR_A_SUM) of a verb of possession or of building. */
function participleForASum(question: string): boolean {
  for (const match of matchesOf(question, PARTICIPLE_FOR_A_SUM)) if (sumParticiple(match[1] as string)) return true;
  return false;
}

/** "How much …" and a money word after it in its clause ("how much does it cost"); "how much of…" asks for a share, not money. */
const HOW_MUCH_MONEY = anyClause(firstThen(/\bhow much\b(?! of\b)/i, new RegExp(String.raw`\b(?:${MONEY_WORDS}|${SOLD_FOR})\b`, 'i')));
/**
 * A price asked by its word after "what" with no article between: "what price did Barclays get the
 * arm for?", "at what price were shares sold?", "for what sum was it insured?" (with "the", MONEY_WORDS
 * reads it already).
 */
const PRICE_WORDS = new RegExp(
  String.raw`\bwhat(?:'s| is| are| was| were)? the (?:[\w-]+ )?${MONEY_WORDS}\b|\bwhat [\w-]+ (?:wage|salary|fee)\b|\bwhat (?:price|prices|sum)\b|\bwhat ${ACTIVE_BEFORE_A_BARE_VERB}(?: [\w'’-]+){1,5} ${COST_VERB}|\bhow much (?:[\w-]+ )?(?:money|cash)\b|\bwhat ${ACTIVE_BEFORE_A_BARE_VERB}(?: [\w'’.-]+){1,6} ${SOLD_FOR}\b|${GOES_FOR}|${SPENT}|\bhow many (?:dollars|euros|rupees|yen)\b|${FINES_ASKED}|${PAID_OR_INSURED}`,
  'i',
);
/**
 * "How much is / was / are …" and a phrase of up to four words ending before a preposition, a
 * conjunction, a time word or the end ("how much is the toll for a car…", "how much are
 * tickets?"): its last word is the thing asked (with the word before it where WordNet has the
 * two as one noun), a price when it names a sum charged or paid (chargeNoun.ts: a toll, a ticket,
 * the rent), a figure or an extent otherwise ("how much was the death toll…", "how much was the
 * winning bid…", "how much is dug up"; a sum insured is PAID_OR_INSURED's). The word after
 * the phrase is kept (third group): see BROUGHT_BY.
 */
const HOW_MUCH_IS = /\bhow much (?:is|are|was|were|'s|’s)\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}?(?:([\p{L}\p{N}'’-]+)\s+)??([\p{L}-]+)(?=\s+(to|for|on|at|in|of|across|into|from|with|per|after|before|during|since|by|until|when|if|now|today|these|nowadays|back|then|there|here|and|or)\b|\s*[?.!,;:]|\s*$)/giu;
/**
 * What a deed or a thing brings about, good or bad: nouns WordNet also files under money ("benefit",
 * "savings", "damages") that no share of their uses tells from a charge (a toll, a fare, a bill), so
 * they are named here.
 */
const WHAT_A_DEED_BRINGS = new Set(['benefit', 'benefits', 'saving', 'savings', 'damage', 'damages', 'gain', 'gains', 'loss', 'losses', 'harm', 'harms']);
/**
 * One of those followed by what brings it, "of" or "from" a deed or a thing, is what that brings,
 * not what it costs: "how much is the benefit of protected bike lanes?", "how much are the savings
 * from switching to a heat pump?", "how much is the damage from a single dose…" ask a figure or an
 * extent, which a claim gives without a sum. A charge "of" or "from" something stays a price ("the
 * toll of the Millau Viaduct", "the rent of an office", "the bill from the surgeon"), as does
 * "the benefit for a family of four".
 */
const BROUGHT_BY = new Set(['of', 'from']);

/** Whether the question asks "how much is …" of a sum charged or paid (HOW_MUCH_IS), not of what a deed brings (BROUGHT_BY). */
function chargeAsked(question: string): boolean {
  for (const match of matchesOf(question, HOW_MUCH_IS)) {
    const thing = match[2] as string;
    if (WHAT_A_DEED_BRINGS.has(thing.toLowerCase()) && BROUGHT_BY.has(match[3]?.toLowerCase() ?? '')) continue;
    if (namesACharge(thing, match[1])) return true;
  }
  return false;
}

/**
 * "How much did <a price> go up / rise / fall…": the change asked, which a share gives as often as a
 * sum ("helium prices rising by 50 to 100 percent"), so HOW_MUCH_MONEY reads no price there ("quick
 * q how much did helium prices go up for uni labs in 2022", "how much has the cost of rent
 * risen?"): any figure is asked (askedAnswerKind.ts). Not a money word inside a compound ("By how
 * much did fare-related altercations fall…").
 */
export const PRICE_CHANGED = new RegExp(String.raw`\bhow much (?:more |less )?${AUXILIARY}\b[^?.!,;]*(?<![\w-])(?:prices?|costs?|fees?|fares?|rents?|wages?|salar(?:y|ies)|tolls?|charges?)(?![\w-])[^?.!,;]*?\b(?:go(?:ne)? up|went up|go down|went down|rise|rose|risen|rising|increase[sd]?|increasing|fall|fell|fallen|falling|drop(?:ped)?|jump(?:ed)?|climb(?:ed)?|grow|grew|grown|double[sd]?|soar(?:ed)?|shot up)\b`, 'i');

/** A price asked. The readings with a word that may come anywhere after another are read a clause at a time (anyClause). */
export const PRICE_ASKED: { test(question: string): boolean } = {
  test: (question) => PRICE_WORDS.test(question) || participleForASum(question) || (HOW_MUCH_MONEY.test(question) && !PRICE_CHANGED.test(question)) || TOLL_ASKED.test(question) || chargeAsked(question),
};

/** Words of money before a figure in pounds in its clause: what makes the pounds a sum, not a weight. */
const SUM_WORDS = [...PAID_OR_CHARGED, 'insured', 'worth', 'valued?', 'rewards?', 'ransom', 'prizes?', 'sold', 'bought', 'grant(?:s|ed)?', 'spent', 'earned', 'budget'].join('|');
/**
 * A sum of money: a currency sign or code before a number ("US$15", "€ 2bn", "USD 40"), or a number
 * (in digits or words, "tens of billions of") before a currency ("40 million euros", "80 billion US
 * dollars", "1.5 cents", "around 15 shillings": a shilling is no weight); not a currency word
 * alone ("a last-dollar scholarship", "in pounds").
 * A currency that is also a weight or another word ("pounds", "won", "rand") only after a multiplier
 * ("40 million pounds", "1.2 trillion won", "billions of pounds"), and not before "of": "1,500
 * pounds of fish", "2 million pounds of plastic" weigh, "thousands won" is a verb. A figure in
 * pounds after a word of money in its clause is a sum too ("insured for 30,000 pounds", "a reward of
 * 20,000 pounds", "sold at Sotheby's for 254,500 pounds"); without one it may weigh ("landings of
 * under 100,000 pounds a year").
 */
export const AMOUNT_OF_MONEY = new RegExp(
  [
    String.raw`[$€£¥₹]\s?\d`,
    String.raw`\b(?:USD|EUR|GBP|CHF|INR|CAD|AUD)\s?\d`,
    String.raw`(?:\d|\b(?:${CARDINAL_WORDS}|tens|hundreds|thousands|millions|billions|a)\b)[\d.,]*\s?(?:${MAGNITUDE_WORDS}s?\s|bn\s|m\s|k\s)?(?:of\s)?(?:U\.?S\.?\s)?(?:dollars?|euros?|pounds? sterling|cents?|pence|yen|rupees?|pesos?|yuan|francs?|guilders?|florins?|ducats?|shillings?|lire|roubles?|rubles?|kronor|krona|kroner|lakh|crore)\b`,
    String.raw`(?:(?:\d[\d.,]*\s?|\b(?:${CARDINAL_WORDS}|a)\s)${UNIT_MULTIPLIER}\s|\b(?:thousands|millions|billions) of\s)(?:pounds?|won|rand|naira|reais|dirhams?)\b(?!\s+of\b)`,
    String.raw`\b(?:${SUM_WORDS})\b(?:(?!\b(?:los[et]|losing|gain(?:ed|s|ing)?|weigh\w*|yields?)\b)[^.;!?\n]){0,80}?\b\d[\d.,]*\s?pounds?\b(?!\s+(?:of|per\s+(?:acre|square|cubic))\b)`,
  ].join('|'),
  'i',
);
