// A claim's sentence as the index read it, word by word: each word's key number (claimKeys.ts),
// in order. The reranker reads where the question's words stand in the sentence, and how long it
// is; it tokenized and stemmed each word of each claim again for it, a lookup in normalizeTerm's
// large word table per word (bench/README.md, eighth session).

import { type KeyNumbering, NO_NUMBERING } from './claimKeySet.js';
import { keepShape } from '../runtime/keptShapes.js';

/** A word with no key: a stop word, or nothing left of it once folded. */
export const NO_KEY = 0xffffffff;

/** A word of the sentence that stands for something: its position and what it stands for. */
export interface SentenceHit<V> {
  at: number;
  value: V;
}

export class ClaimSentence {
  constructor(
    private readonly numbering: KeyNumbering,
    /** Each word's key number, NO_KEY for a word with none. */
    private readonly words: Uint32Array,
  ) {}

  /** How many words it has (tokenize's words of the claim's text). */
  get length(): number {
    return this.words.length;
  }

  /**
   * The words whose keys `map` has, in order, each with its position and its key's value: what
   * reading tokenize's words of the text with normalizeTerm and looking each key up would give.
   */
  hits<V>(map: ReadonlyMap<string, V>): SentenceHit<V>[] {
    const byNumber = this.numbering.byNumber(map);
    const hits: SentenceHit<V>[] = [];
    const { words } = this;
    for (let at = 0; at < words.length; at++) {
      const n = words[at] as number;
      if (n === NO_KEY) continue;
      const value = byNumber.get(n);
      if (value !== undefined) hits.push({ at, value });
    }
    return hits;
  }
}

// One sentence kept for the life of the process, so a full GC keeps its map (src/runtime/keptShapes.ts).
keepShape(new ClaimSentence(NO_NUMBERING, new Uint32Array(0)));
