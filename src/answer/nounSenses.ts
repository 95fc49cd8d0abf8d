// A noun's WordNet senses read against broader synsets: whether each falls under one of them, and
// how often each was tagged. What a thing asked is (a sum charged, chargeNoun.ts; a physical thing,
// physicalThing.ts) is read so.

import { fromWordNet } from '../search/wordnet/rememberedRelated.js';
import type { WordNet } from '../search/wordnet/wordNet.js';

/** A broader synset by a word of it and its sense's place among the word's noun senses ("cost", 0). */
export type Anchor = readonly [word: string, sense: number];

/** One noun sense of a word: how often WordNet's corpus tagged it, and whether it falls under an anchor. */
export interface NounSense {
  count: number;
  under: boolean;
  /** Its lexicographer file (lexnames(5WN): 18 noun.person, 28 noun.time…). */
  lexFile: number;
}

/** Broader synsets walked up from a sense: WordNet's noun hierarchy is at most about twenty deep. */
const MAX_HYPERNYM_DEPTH = 20;

/**
 * Each noun sense of the word (as typed and by its base forms), read against `anchors`; none when
 * WordNet lacks it as a noun or its files fail (fromWordNet lets the reader go).
 */
export function nounSenses(reader: WordNet, word: string, anchors: readonly Anchor[]): NounSense[] {
  const above = anchorOffsets(reader, anchors);
  const senses: NounSense[] = [];
  for (const entry of fromWordNet(reader, () => reader.lookup(word))) {
    if (entry.pos !== 'noun') continue;
    const counts = fromWordNet(reader, () => reader.tagCountsOf(entry));
    entry.senses.forEach((offset, i) => {
      const synset = fromWordNet(reader, () => [reader.synset('noun', offset)])[0];
      senses.push({ count: counts[i] ?? 0, under: under(reader, offset, above), lexFile: synset?.lexFile ?? -1 });
    });
  }
  return senses;
}

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
