// A noun sense read against broader synsets (whether it falls under one of them; its lexicographer
// file is read in lexFile.ts). What a thing asked is (a sum charged, answer/chargeNoun.ts; a
// physical thing, answer/physicalThing.ts) and whether a thing is a heavenly body
// (lifelessThing.ts) are read so.

import { isOrIsUnder, KIND_OR_INSTANCE_OF } from './broaderNouns.js';
import { fromWordNet } from './rememberedRelated.js';
import type { WordNet } from './wordNet.js';

/** A broader synset by a word of it and its sense's place among the word's noun senses ("cost", 0). */
export type Anchor = readonly [word: string, sense: number];

/** Whether the noun synset at `offset`, or one above it (an instance's kind too), is one of the anchors'. */
export function senseUnder(reader: WordNet, offset: number, anchors: readonly Anchor[]): boolean {
  const above = anchorOffsets(reader, anchors);
  return fromWordNet(reader, () => [isOrIsUnder(reader, offset, KIND_OR_INSTANCE_OF, (synset) => above.has(synset.offset))])[0] ?? false;
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
