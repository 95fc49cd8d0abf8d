// Pounds of a thing of money: "raised 40 million pounds of revenue", "sold 3 million pounds of
// shares", "£" written out, are a sum, where "2 million pounds of plastic" and "1,500 pounds of fish"
// weigh. The noun after "of" tells them apart, by WordNet: most of its uses name a sum of money (a
// sum, a fund, a resource, a share, a liability: revenue, funding, shares, profit, tax, income,
// budget), not a thing that can be weighed, a valuable or money in coins and notes among them
// ("2,000 pounds of gold bullion", "300 pounds of silver coins", "500 pounds of treasure").
// Read by the kinds of answer (askedAnswerKind.ts): a price and a figure given, no weight.

import { RememberedPerReader } from '../search/wordnet/rememberedPerReader.js';
import { sharedWordNet } from '../search/wordnet/sharedWordNet.js';
import type { WordNet } from '../search/wordnet/wordNet.js';
import { mostNounUsesAre } from './kindOfPerson.js';
import { senseUnder, type Anchor } from '../search/wordnet/senseUnder.js';
import { CARDINAL_WORDS, UNIT_MULTIPLIER } from './quantityWords.js';

/**
 * The broader synsets of a sum of money: a sum (revenue, income, profit, sales), a resource
 * (funding), a share, a liability (a tax) and a fund (a budget). Not wealth (treasure, bullion),
 * currency (cash, coins), nor property handed over (loot, aid), which are weighed as often.
 */
const SUMS: readonly Anchor[] = [
  ['sum', 0],
  ['resource', 0],
  ['share', 0],
  ['liabilities', 0],
  ['fund', 0],
];

/**
 * A figure in pounds before "of" and the word or two after it ("40 million pounds of revenue", "three
 * million pounds of new funding", "millions of pounds of tax revenue").
 */
const POUNDS_OF = new RegExp(
  String.raw`(?:(?<![\d.,])\d[\d.,]*\s?(?:${UNIT_MULTIPLIER}\s)?|\b(?:${CARDINAL_WORDS}|a)\s(?:${UNIT_MULTIPLIER}\s)?|\b(?:thousands|millions|billions) of\s)(?:-\s?)?pounds?\s+of\s+(\p{L}+)(?:[\s-]+(\p{L}+))?`,
  'giu',
);

/** Whether most of the word's uses as a noun in WordNet's tagged corpus name a sum of money (SUMS). False without WordNet. */
function namesMoney(word: string, reader: WordNet | null = sharedWordNet()): boolean {
  return reader !== null && moneyKept.remembered(reader, word.toLowerCase(), readMoney);
}
function readMoney(reader: WordNet, word: string): boolean {
  return mostNounUsesAre(reader, word, (offset) => senseUnder(reader, offset, SUMS));
}
const moneyKept = new RememberedPerReader<boolean>();

/** The figures in pounds of a thing of money in `text` (POUNDS_OF, the first or second word after "of" naming money). */
function* poundsOfMoney(text: string): Generator<RegExpMatchArray> {
  for (const match of text.matchAll(POUNDS_OF)) {
    const [, first, second] = match;
    if (namesMoney(first as string) || (second !== undefined && namesMoney(second))) yield match;
  }
}

/** Whether `text` gives a sum in pounds of a thing of money ("40 million pounds of revenue"). */
export function givesPoundsOfMoney(text: string): boolean {
  return !poundsOfMoney(text).next().done;
}

/** The text without its sums in pounds of a thing of money: what is left of it that may weigh. */
export function withoutPoundsOfMoney(text: string): string {
  let rest = text;
  for (const match of poundsOfMoney(text)) rest = rest.replace(match[0], ' ');
  return rest;
}
