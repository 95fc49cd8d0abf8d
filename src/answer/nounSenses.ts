// A noun sense read against broader synsets (whether it falls under one of them) and by its
// lexicographer file. What a thing asked is (a sum charged, chargeNoun.ts; a physical thing,
// physicalThing.ts) is read so.

import { fromWordNet } from '../search/wordnet/rememberedRelated.js';
import type { WordNet } from '../search/wordnet/wordNet.js';

/** A broader synset by a word of it and its sense's place among the word's noun senses ("cost", 0). */
export type Anchor = readonly [word: string, sense: number];

/** Broader synsets walked up from a sense: WordNet's noun hierarchy is at most about twenty deep. */
const MAX_HYPERNYM_DEPTH = 20;

/** Whether the noun synset at `offset`, or one above it, is one of the anchors'. */
export function senseUnder(reader: WordNet, offset: number, anchors: readonly Anchor[]): boolean {
  return under(reader, offset, anchorOffsets(reader, anchors));
}

/** The lexicographer file of the noun synset at `offset` (lexnames(5WN)); -1 when it cannot be read. */
export function lexFileOf(reader: WordNet, offset: number): number {
  return fromWordNet(reader, () => [reader.synset('noun', offset)])[0]?.lexFile ?? -1;
}

/** Whether the noun synset at `offset`, or one above it, is among `above`. */
function under(reader: WordNet, offset: number, above: ReadonlySet<number>): boolean {
  let level = [offset];
  for (let depth = 0; depth <= MAX_HYPERNYM_DEPTH && level.length > 0; depth++) {
    const next: number[] = [];
    for (const at of level) {
      if (above.has(at)) return true;
      const synset = fromWordNet(reader, () => [reader.synset('noun', at)])[0];
      if (!synset) continue;
      for (const pointer of synset.pointers) if ((pointer.symbol === '@' || pointer.symbol === '@i') && pointer.pos === 'noun') next.push(pointer.offset);
    }
    level = next;
  }
  return false;
}

/** The anchors' synsets in this reader. */
function anchorOffsets(reader: WordNet, anchors: readonly Anchor[]): ReadonlySet<number> {
  const offsets = new Set<number>();
  for (const [word, sense] of anchors) {
    const offset = fromWordNet(reader, () => [reader.entry(word, 'noun')])[0]?.senses[sense];
    if (offset !== undefined) offsets.add(offset);
  }
  return offsets;
}
