// Whether a noun names a sum charged or paid, by WordNet: "toll", "fare", "rent", "tuition" (under
// cost), "tax", "loan" (liabilities), "budget" (money), "ticket" (a commercial document). "How much
// is the toll on the Millau Viaduct?" asks a price where "how much is the output…" asks a figure
// (askedPrice.ts).

import { RememberedPerReader } from '../search/wordnet/rememberedPerReader.js';
import { fromWordNet } from '../search/wordnet/rememberedRelated.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import type { WordNet } from '../search/wordnet/wordNet.js';
import { senseUnder, type Anchor } from '../search/wordnet/senseUnder.js';

/**
 * The broader synsets a sense charged or paid falls under: cost (the total spent for goods or
 * services: fees, fares, rent, wages, fines), liabilities (taxes, debts), money (a budget, a fund)
 * and a commercial document (a ticket, a bill).
 */
const CHARGED: readonly Anchor[] = [
  ['cost', 0],
  ['liabilities', 0],
  ['money', 0],
  ['commercial_document', 0],
];

/**
 * Whether any noun sense of the word (as typed or by its base form) falls under a sum charged or
 * paid (CHARGED): "tolls", "ticket", "fare" (also a passenger and food: any sense), "deficit" (a
 * sum owed, among others); not "bid", "output", "population". With the word before it, the two as one noun where WordNet has them so: a
 * "death toll" is a price paid in lives, a "bus fare" a fare. False when WordNet lacks it or
 * cannot be read.
 */
export function namesACharge(word: string, before?: string, reader: WordNet | null = sharedWordNet()): boolean {
  if (reader === null) return false;
  const whole = before === undefined ? null : chargeKept.remembered(reader, `${before}_${word}`.toLowerCase(), readCharge);
  return (whole ?? chargeKept.remembered(reader, word.toLowerCase(), readCharge)) === true;
}

/** Whether a noun sense of the word falls under CHARGED; null when WordNet has no noun of it. */
function readCharge(reader: WordNet, word: string): boolean | null {
  const nouns = fromWordNet(reader, () => reader.lookup(word)).filter((entry) => entry.pos === 'noun');
  return nouns.length === 0 ? null : nouns.some((entry) => entry.senses.some((offset) => senseUnder(reader, offset, CHARGED)));
}

// Questions repeat the things they price: each word's reading is kept, as kindOfPerson.ts keeps its.
const chargeKept = new RememberedPerReader<boolean | null>();
