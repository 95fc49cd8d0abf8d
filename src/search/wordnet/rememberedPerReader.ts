// What is worked out per word from WordNet (related words, splits, senses, swapped letters) is
// kept for the reader it came from: another reader (one opened again after a failure, a test's)
// starts afresh, since what the old one gave need not be what this one gives.

import { BoundedMap, type BoundedMemory } from '../boundedMap.js';
import { sharedWordNet } from './sharedWordNet.js';
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

  /**
   * What `read` gives for `key`, remembered for `reader`; not remembered when `reader` is no longer
   * the shared one: a reader that failed is let go (letSharedWordNetGo), and what it gave is not
   * kept. `read` takes the reader and the key (no closure made per call).
   */
  remembered(reader: WordNet, key: string, read: (reader: WordNet, key: string) => V): V {
    const words = this.of(reader);
    let value = words.get(key);
    if (value === undefined) {
      value = read(reader, key);
      if (sharedWordNet() === reader) words.set(key, value);
    }
    return value;
  }
}
