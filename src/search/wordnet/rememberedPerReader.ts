// What is worked out per word from WordNet (related words, splits, senses, swapped letters) is
// kept for the reader it came from: another reader (one opened again after a failure, a test's)
// starts afresh, since what the old one gave need not be what this one gives.

import { BoundedMap, type BoundedMemory } from '../boundedMap.js';
import type { WordNet } from './wordNet.js';

/** Words kept per reader: questions repeat words, and the bound keeps a long-running bot's memory flat. */
const MAX_REMEMBERED_WORDS = 20_000;

export class RememberedPerReader<V> {
  private reader: WordNet | null = null;
  private words: BoundedMemory<string, V>;

  constructor(private readonly max = MAX_REMEMBERED_WORDS) {
    this.words = new BoundedMap(max);
  }

  /** The words remembered for `reader`: none yet when the last reader asked about was another. */
  of(reader: WordNet): BoundedMemory<string, V> {
    if (this.reader !== reader) {
      this.reader = reader;
      this.words = new BoundedMap(this.max);
    }
    return this.words;
  }
}
