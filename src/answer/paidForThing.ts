// Where a price question names a payer ("how much did amex pay delta for the card deal?", "how
// much did GSK spend developing Mosquirix?"), the thing priced is what the payer pays for, not the
// payer: a claim gives the sum beside the thing bought ("$7.4 billion for the co-brand deal") and
// names the payer by another name as often ("American Express"). pricedThing.ts reads the thing's
// phrase from where this says it starts.

import { ACTIVE_AUXILIARY_VERBS, oneOf } from '../search/auxiliaryVerbs.js';
import { matchesOf } from '../search/matchesOf.js';
import type { WordNet } from '../search/wordnet/wordNet.js';
import { verbReading } from './everydayWords.js';

/** Words of the payer's phrase between the auxiliary and the verb: "the Himalayan kingdom of Bhutan". */
const PAYER_WORDS = 6;
/**
 * "how much / what" and an auxiliary of the active voice, the payer, and a verb of paying out
 * ("pay", "charge", "spend", in the base form or, after "have", the participle), with an adverb
 * before it ("usually", "actually"). Not "earn", "get paid" or "was paid": there the subject is the
 * one paid, whose pay is the thing priced; nor a noun before "cost" ("does the congestion charge cost").
 */
const PAYER_ASKED = new RegExp(
  String.raw`\b(?:how much|what)\s+${oneOf(ACTIVE_AUXILIARY_VERBS)}\s+(?:[\p{L}\p{N}&'’.-]+\s+){1,${PAYER_WORDS}}?(?:(?:actually|really|usually|typically|normally|ever|still|originally|also|just|even|each|all)\s+)?(?<!\b(?:get|gets|got|getting|be|been|being)\s)(?:pay|paid|charge|charged|spend|spent)\b(?!\s+costs?\b)`,
  'giu',
);
/** Where the clause the verb is in ends: what follows it is another question's ("…for ESL and FACEIT, and what happened…"). */
const CLAUSE_END = /[,;:?!.]/u;
/** A word after the verb, with where it starts. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}&'’-]*/gu;
/** Words after the verb the thing paid for may follow: "pay delta in 2023 for the card deal". */
const OBJECT_REACH = 8;
/** The words before the thing paid for: "pay … for a licence", "spend … on promotion". */
const PAID_FOR = new Set(['for', 'on']);

/**
 * Where the thing a payer pays for starts in `question`: after "for" or "on" past the verb ("pay
 * delta in 2023 for the card deal", "spend on Hallyu promotion"), after "to" and a verb ("pay per
 * mile to bury lines") or a verb's "-ing" form straight after it ("spend developing Mosquirix");
 * null where a payer is asked of and no thing paid for is named ("how much does Bhutan charge
 * visitors per night?"); undefined where no payer is asked of (the thing priced is the subject, as
 * in "how much does a ticket cost?").
 */
export function paidForStart(question: string, reader: WordNet): number | null | undefined {
  for (const match of matchesOf(question, PAYER_ASKED)) {
    const after = (match.index ?? 0) + match[0].length;
    const end = CLAUSE_END.exec(question.slice(after));
    const rest = question.slice(after, end === null ? undefined : after + end.index);
    const words = [...matchesOf(rest, WORD)].slice(0, OBJECT_REACH + 1);
    for (let i = 0; i < words.length; i++) {
      const word = (words[i] as RegExpMatchArray)[0].toLowerCase();
      const next = words[i + 1];
      if (PAID_FOR.has(word) && next !== undefined) return after + (next.index ?? 0);
      if (word === 'to' && next !== undefined && verbReading(reader, next[0].toLowerCase()).mainlyVerb) {
        const object = words[i + 2];
        return object === undefined ? null : after + (object.index ?? 0);
      }
      if (i === 0 && word.endsWith('ing') && next !== undefined && verbReading(reader, word).mainlyVerb) return after + (next.index ?? 0);
    }
    return null;
  }
  return undefined;
}
