// Who bought or owns something, asked ("who bought the Lady Blunt Stradivarius?", "which museum
// owns The Milkmaid?") and given ("sold to Messer", "owned by the Marquess of Ailsa", "Anglo
// American, which owns 85 percent of De Beers"), for the kinds of answer (askedAnswerKind.ts). A
// company, a museum or a state answers it as often as a person, so it is no person asked
// (askedPerson.ts PARTIES_AS_OFTEN); a claim on the sale that names no buyer ("sold at Sotheby's
// for 18.6 million pounds") shares the question's topic, not its answer.

import { oneOf } from '../search/auxiliaryVerbs.js';
import { ARTICLES, THIRD_PERSON_POSSESSIVES } from '../search/determiners.js';
import { matchesOf } from '../search/matchesOf.js';
import { NOT_A_MAKER, TIME_AFTER_BY } from './askedMaker.js';
import { BEFORE_OPENING_WH, WHO_ASKING } from './clauseReading.js';
import { ROLE } from './askedPerson.js';

/** The verbs of coming to own or owning a thing, as a question asks its owner by them ("who bought", "who owns", "who acquired"). */
const OWNING_VERBS = ['bought', 'owns', 'owned', 'acquired', 'purchased'];
/**
 * A particle that makes the verb another verb, not of owning: "owned up to the mistake" (admitted),
 * "bought into the hype" (believed), "bought off the judges" (bribed). "Bought up / out" are still
 * buying.
 */
const ANOTHER_VERB_BY_ITS_PARTICLE = String.raw`(?<=\bown(?:s|ed)?)\s+up\b|(?<=\bbought)\s+(?:into|off)\b`;
/** A verb of owning (OWNING_VERBS), not made another by its particle (ANOTHER_VERB_BY_ITS_PARTICLE). */
const OWNING = String.raw`${oneOf(OWNING_VERBS)}(?!${ANOTHER_VERB_BY_ITS_PARTICLE})`;
/** What one takes over that is a post, not a thing owned: "the job", "the reins", "the presidency". */
const POST = String.raw`jobs?|roles?|posts?|positions?|office|seat|reins|helm|leadership|presidency|captaincy|chairmanship|premiership|command|management|running|dugout|duties|mantle`;
/**
 * "took over" a thing (a company, a club), not a post: "took over as boss", "took over from
 * Ferguson" ask who came next, not who owns; nor a post or a role named within its next four words
 * ("took over the manager's job", "the CEO role at Twitter", "the reins at Twitter", "the
 * leadership of the party": POST, askedPerson.ts ROLE), whose holder is asked.
 */
const TOOK_OVER = String.raw`took\s+over\b(?!\s+(?:as|from|for|in|at|after|when|while|once)\b)(?!(?:\s+[\w'’-]+){0,3}?\s+(?:${POST}|${ROLE}s?)(?:['’]s)?\b)`;
/**
 * What one holds that an owner holds: "who holds the rights / a stake / the patent", not a record, a
 * title, a post or a meeting ("who holds the women's high jump record", "who held the meeting"),
 * which a person's name answers, not an owner.
 */
const HELD_AS_OWNER = String.raw`(?:holds|held)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:(?:exclusive|majority|controlling|largest|biggest)\s+)?(?:rights|stake|shares|patents?|copyright|licen[cs]e|deeds?|majority)\b`;
/** "who" asking (WHO_ASKING), then an adverb of how or when and an auxiliary of the past. */
const WHO_OPENING = String.raw`${WHO_ASKING}\s+(?:(?:actually|really|legally|originally|first|now|currently|still|eventually|finally|ultimately|then|later)\s+)?(?:(?:has|had|have)\s+)?`;
/** A participle describing a thing, not a verb whose subject is asked: "bought by the NHS", "bought in 2022", "owned at the time". */
const OWNED_DESCRIBING = String.raw`(?!\s+(?:by|in|on|at|during|before|after|since|from|for|over|under|through|via|last|this|between)\b)`;
/**
 * The owner asked: "who bought / owns / owned / acquired / purchased / took over X" and "who holds
 * the rights…" opening a clause (a "who" inside one describes someone: "the businessman who bought
 * into…", "how Yap kept track of who owned the stones"); "who is / was the (new, majority) owner /
 * buyer / purchaser"; "which company / museum bought / owns…" (a word or three between, no pronoun:
 * "the painting, which he bought…" tells of it), not where the verb describes the things chosen
 * among (OWNED_DESCRIBING: "Which of the heat pumps bought in 2022 qualify…?", "Which of the
 * paintings owned by the Met were stolen?" ask which one, the owner named). Not "who buys…", which
 * asks what kind of people do ("Do people who buy LPs…"), nor "who sold…", a seller.
 */
export const OWNER_ASKED = new RegExp(
  [
    String.raw`${WHO_OPENING}(?:${OWNING}|${TOOK_OVER}|${HELD_AS_OWNER})`,
    String.raw`\bwho(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:owner|buyer|purchaser)s?\b`,
    String.raw`(?:${BEFORE_OPENING_WH})which\s+(?!(?:he|she|they|it|i|we|you)\b)(?:[\w-]+\s+){1,4}?(?:${OWNING}${OWNED_DESCRIBING}|${TOOK_OVER})`,
  ]
    .map((part) => `(?:${part})`)
    .join('|'),
  'i',
);

/**
 * What "take over" is said of as a thing owned: a name ("take over Lehman") or a business, its
 * assets or a share of it ("take over the bank's North American business", "take over its stake").
 */
const TAKEN_OVER = String.raw`(?=\s+(?:\p{Lu}|${oneOf([...ARTICLES, ...THIRD_PERSON_POSSESSIVES])}\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:business(?:es)?|compan(?:y|ies)|firms?|banks?|assets|operations|stakes?|shares|divisions?|units?|arms?|groups?|clubs?|teams?|brands?|estates?|propert(?:y|ies)|lands?|hotels?|airlines?|chains?|stores?|shops?|mills?|factor(?:y|ies)|mines?|newspapers?|papers?)\b))`;

/**
 * A sale agreed, told from the buyer's side: "agreed (the day after the filing) to buy / acquire /
 * purchase / take over", up to six words between ("Barclays agreed the day after the filing to buy
 * Lehman's North American…", held-out 62), none of them "not" or "never" ("agreed not to buy"). Not
 * "offered / bid / tried to buy", which a seller may refuse. "take over" only before a thing owned
 * (TAKEN_OVER): a body takes over a duty as often ("agreed to take over supervision").
 */
const AGREED_TO_BUY = String.raw`(?:has\s+|had\s+)?agree[sd]?(?:\s+(?!(?:not|never)\b)[\p{L}\p{N}'’,-]+){0,6}?\s+to\s+(?:buy|acquire|purchase|take\s+over${TAKEN_OVER})`;

/** The verbs that come before "by" an owner: "bought / owned / held / raced by" (a racehorse is raced by its owner); not "sold by", the seller. */
const OWNED_BY = /\b(?:bought|purchased|acquired|owned|held|taken\s+over|raced)\s+by\s+(?:the\s+|a\s+|an\s+)?([\p{L}][\p{L}'’-]*)/giu;
/**
 * An owner otherwise: sold to a name or a body ("sold to Messer", "sold in 2024 to Messer", "sold to
 * a consortium"), belonging to a name ("belonged to Edith Pretty"; not "belongs to a series"), "in the hands of", ownership kept, vested or passed ("depositing
 * genebanks keep ownership", "vested ownership … in the Oba of Benin"), a name that bought or owns
 * ("Messer bought…", "Anglo American, which owns 85 percent…", "Kays holds the exclusive rights",
 * "Barclays agreed … to buy": AGREED_TO_BUY), a buyer or an owner named ("buyers included universities…", "its owner, Vichai Srivaddhanaprabha",
 * "the buyer was Messer"). Not a buyer unnamed ("the buyer's premium", "failed to attract buyers"),
 * nor a sale told without one ("sold at Sotheby's London for 18.6 million pounds").
 */
const OWNER_NAMED = new RegExp(
  [
    String.raw`\bsold(?:\s+[\p{L}\p{N}$€£,.'’-]+){0,6}?\s+to\s+(?:the\s+)?\p{Lu}`,
    String.raw`\bsold\s+(?:it\s+|them\s+)?to\s+(?:a|an|the)\s`,
    String.raw`\bbelong(?:s|ed|ing)?\s+to\s+(?:the\s+)?\p{Lu}`,
    String.raw`\bin\s+the\s+hands\s+of\b`,
    String.raw`\b(?:keeps?|kept|retains?|retained|takes?|took|taken|gained?|assumed?|transferred|vested|passed|handed|gave|given)\s+(?:\p{Ll}+\s+)?ownership\b`,
    String.raw`\b(?!(?:It|They|He|She|We|This|That|These|Those|The)\b)\p{Lu}[\p{L}'’-]*(?:,?\s+(?:which|who|that))?\s+(?:(?:now|still|later|then|eventually|also)\s+)?(?:${OWNING}|${TOOK_OVER}|took\s+control\s+of|${AGREED_TO_BUY}|(?:holds|held)\s+(?:the\s+|a\s+|an\s+)?(?:exclusive\s+|majority\s+|controlling\s+)?(?:rights|stake|shares))\b`,
    String.raw`\b(?:buyers?|owners?|purchasers?)\s+(?:included|include|including)\b`,
    String.raw`\b(?:buyer|owner|purchaser)s?(?:,|\s+(?:was|is|were|are))?\s+(?:the\s+)?\p{Lu}\p{Ll}`,
  ]
    .map((part) => `(?:${part})`)
    .join('|'),
  'u',
);

/** Whether the text names who bought or owns something (OWNER_NAMED, or a name or a body "by" the verb of owning that is no time: "acquired by March 2021" names none). */
export function namesOwner(text: string): boolean {
  if (OWNER_NAMED.test(text)) return true;
  for (const [, word] of matchesOf(text, OWNED_BY)) if (word !== undefined && !isTime(word.toLowerCase())) return true;
  return false;
}

/** A word after "by" that makes it a time (askedMaker.ts: "owned by then", "acquired by March 2021"). */
function isTime(word: string): boolean {
  return NOT_A_MAKER.has(word) || TIMES.has(word);
}
const TIMES: ReadonlySet<string> = new Set(TIME_AFTER_BY);
