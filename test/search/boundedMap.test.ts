import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReports } from '../../src/reports/loadReports.js';
import { BoundedMap } from '../../src/search/boundedMap.js';
import { wordnetDbDir } from '../../src/search/wordnet/wordNet.js';
import { BUNDLED_REPORTS } from '../support/reportsFolders.js';

describe('BoundedMap', () => {
  it('holds up to max entries, and forgets them all when one more comes', () => {
    const map = new BoundedMap<string, number>(3);
    map.set('a', 1).set('b', 2).set('c', 3);
    expect([...map.keys()]).toEqual(['a', 'b', 'c']);
    map.set('d', 4);
    expect([...map.keys()]).toEqual(['d']);
    expect(map.get('a')).toBeUndefined();
    expect(map.get('d')).toBe(4);
  });

  it('forgets them all when full, even when the one more is a key it holds', () => {
    const map = new BoundedMap<string, number>(3);
    map.set('a', 1).set('b', 2).set('c', 3).set('a', 9);
    expect([...map.keys()]).toEqual(['a']);
    expect(map.get('a')).toBe(9);
    expect(map.size).toBe(1);
  });

  it('behaves as one Map when its entries are spread over several', () => {
    const max = 5000;
    const map = new BoundedMap<string, number>(max);
    const words = Array.from({ length: max }, (_, i) => `word ${i} ${'x'.repeat(i % 7)}`);
    words.forEach((word, i) => {
      map.set(word, i);
      // A word set again does not count twice.
      if (i === 1) map.set(words[0] as string, -1);
    });
    expect(map.partSizes().length).toBeGreaterThan(1);
    expect(map.size).toBe(max);
    expect(words.every((word, i) => map.get(word) === (i === 0 ? -1 : i))).toBe(true);
    expect(map.has('')).toBe(false);
    expect(new Set(map.keys())).toEqual(new Set(words));
    expect(map.delete(words[1] as string)).toBe(true);
    expect(map.delete(words[1] as string)).toBe(false);
    expect(map.size).toBe(max - 1);
    map.set('', 0).set('one more', 1);
    expect(map.size).toBe(1);
    expect(map.get('one more')).toBe(1);
    expect(map.get('')).toBeUndefined();
    expect([...map.keys()]).toEqual(['one more']);
  });

  it('spreads real words over all its small Maps, none holding over twice its share', () => {
    // WordNet's nouns, as search remembers words: the spread is what keeps each Map small.
    const nouns = readFileSync(join(wordnetDbDir(), 'index.noun'), 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith(' '))
      .map((line) => line.slice(0, line.indexOf(' ')));
    const words = nouns.slice(0, 20_000);
    expect(words.length).toBe(20_000);
    const map = new BoundedMap<string, number>(words.length);
    words.forEach((word, i) => map.set(word, i));
    const sizes = map.partSizes();
    const share = words.length / sizes.length;
    expect(sizes.length).toBeGreaterThan(8);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(words.length);
    expect(Math.min(...sizes)).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(2 * share);
  });

  it('spreads the bundled reports\' claim sentences over most of its small Maps', async () => {
    // Sentences, as the sentence-keyed memories hold them (bounded as they are): long keys, of which
    // only the length and three characters are read.
    const { reports } = await loadReports(BUNDLED_REPORTS, { workers: 0 });
    const sentences = [...new Set(reports.flatMap((report) => report.claims.map((claim) => claim.text)))];
    expect(sentences.length).toBeGreaterThan(50);
    const map = new BoundedMap<string, number>(20_000);
    sentences.forEach((sentence, i) => map.set(sentence, i));
    const sizes = map.partSizes();
    expect(sizes.length).toBeGreaterThan(8);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(sentences.length);
    // A few a part on average, so no tight bound: most parts used, none with a large share.
    expect(sizes.filter((size) => size > 0).length).toBeGreaterThan(sizes.length / 2);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(Math.max(8, (4 * sentences.length) / sizes.length));
  });

  it('holds keys that are not strings as a Map does', () => {
    const max = 3000;
    const map = new BoundedMap<number | object, string>(max);
    const objects = Array.from({ length: 10 }, (_, i) => ({ i }));
    for (let i = 0; i < max - objects.length; i++) map.set(i, `n${i}`);
    // A key set again does not count twice.
    map.set(7, 'seven');
    objects.forEach((o) => map.set(o, `o${o.i}`));
    expect(map.size).toBe(max);
    expect(map.get(7)).toBe('seven');
    expect(map.get(8)).toBe('n8');
    expect(map.get('8' as unknown as number)).toBeUndefined();
    expect(map.get(objects[3] as object)).toBe('o3');
    expect(map.has({ i: 3 })).toBe(false);
    expect(map.delete(objects[3] as object)).toBe(true);
    expect(map.has(objects[3] as object)).toBe(false);
    expect(map.size).toBe(max - 1);
    map.set(-1, 'last').set(-2, 'past the bound');
    expect(map.size).toBe(1);
    expect([...map.keys()]).toEqual([-2]);
    map.clear();
    expect(map.size).toBe(0);
    expect(map.get(-2)).toBeUndefined();
  });
});
