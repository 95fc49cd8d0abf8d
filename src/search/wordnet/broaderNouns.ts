// Walking up WordNet's noun hierarchy from a sense: whether it, or a synset broader than it, is of
// some kind. kindOfPerson.ts asks it of a group (under personnel or people?), nounSenses.ts of a sum
// charged or a physical thing (under cost, under physical entity?), pointersToSources.ts of a kind
// of paper (under material?).

import type { PartOfSpeech, Synset, WordNet } from './wordNet.js';

/** Broader synsets walked up from a sense: WordNet's noun hierarchy is at most about twenty deep. */
const MAX_HYPERNYM_DEPTH = 20;

/** The pointer to a broader kind of thing. */
export const KIND_OF = new Set(['@']);
/** The pointers to a broader kind of thing, an instance's kind among them (`@i`: Kenya is an instance of a country). */
export const KIND_OR_INSTANCE_OF = new Set(['@', '@i']);

/**
 * Whether the noun synset at `offset`, or one above it by the pointers `up` (`levels` at most, the
 * whole hierarchy unless told), is one `is` accepts. A synset the reader cannot find is passed over;
 * a read error is the reader's (callers read through fromWordNet). `pos`: a verb's senses are
 * walked up the same way (askedPrice.ts: is a verb's sense one of building?).
 */
export function isOrIsUnder(reader: WordNet, offset: number, up: ReadonlySet<string>, is: (synset: Synset) => boolean, levels = MAX_HYPERNYM_DEPTH, pos: PartOfSpeech = 'noun'): boolean {
  let level = [offset];
  for (let depth = 0; depth <= levels && level.length > 0; depth++) {
    const next: number[] = [];
    for (const at of level) {
      const synset = reader.synset(pos, at);
      if (synset === null) continue;
      if (is(synset)) return true;
      for (const pointer of synset.pointers) if (up.has(pointer.symbol) && pointer.pos === pos) next.push(pointer.offset);
    }
    level = next;
  }
  return false;
}
