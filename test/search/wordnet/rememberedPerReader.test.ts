import { describe, expect, it } from 'vitest';
import { RememberedPerReader } from '../../../src/search/wordnet/rememberedPerReader.js';
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

  it('forgets everything past its bound, as BoundedMap does', () => {
    const reader = new WordNet(wordnetDbDir());
    const remembered = new RememberedPerReader<number>(2);
    const words = remembered.of(reader);
    words.set('a', 1).set('b', 2).set('c', 3);
    expect([...remembered.of(reader).keys()]).toEqual(['c']);
    reader.close();
  });
});
