// Compounds written one way in a question and the other in the reports ("heatwaves" / "heat
// waves", "wild fire" / "wildfire"), and irregular forms of a related word ("kid" -> children),
// on reports written to disk and loaded through the real loader and index.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { joinedWords, splitWord } from '../../src/search/compoundWords.js';
import { expandQuestion, JOINED_WEIGHT, SPLIT_WEIGHT } from '../../src/search/expandQuestion.js';
import { sharedWordNet } from '../../src/search/wordnet/sharedWordNet.js';
import { reportText } from '../support/reportText.js';

const scratches: string[] = [];
afterAll(async () => {
  await Promise.all(scratches.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A library of one report with these claims, written to disk and loaded. */
async function libraryOf(claims: string[]): Promise<Library> {
  const dir = await mkdtemp(join(tmpdir(), 'report-bot-compounds-'));
  scratches.push(dir);
  await writeFile(join(dir, 'summer.md'), reportText('Summer weather and health', claims));
  return Library.from(await loadReports(dir, { workers: 0 }));
}

/** The claim texts found for a question, best first. */
function found(library: Library, question: string): string[] {
  return library.index.search(question, undefined, { aliases: library.aliases }).flatMap((hit) => library.claim(hit.id)?.text ?? []);
}

describe('compound words', () => {
  it('searches two adjacent question words as one word too, for the second', () => {
    expect(joinedWords(['wild', 'fire', 'smoke'])).toEqual([
      { term: 'wildfir', source: 'fire' },
      { term: 'firesmok', source: 'smoke' },
    ]);
    // Stop words, numbers and codes join nothing.
    expect(joinedWords(['the', 'heat', 'glp', '1'])).toEqual([{ term: 'heatglp', source: 'glp' }]);
    expect(expandQuestion('wild fire smoke').find((e) => e.term === 'wildfir')).toEqual({ term: 'wildfir', weight: JOINED_WEIGHT, source: 'fire' });
  });

  it('splits a word WordNet lacks into two words it has, never one it has', () => {
    const reader = sharedWordNet();
    if (!reader) throw new Error('WordNet is missing');
    expect(splitWord(reader, 'heatwaves').map((part) => part.term)).toEqual(['heat', 'wave']);
    expect(splitWord(reader, 'carpets')).toEqual([]); // car + pets, but a word of its own
    expect(expandQuestion('heatwaves').filter((e) => e.source === 'heatwav')).toContainEqual({ term: 'wave', weight: SPLIT_WEIGHT, source: 'heatwav', unlessSourceIndexed: true });
  });

  it('finds a claim writing as two words what the question writes as one', async () => {
    const library = await libraryOf(['During heat waves, hospital admissions rise sharply.', 'Cities are planting more trees.']);
    expect(found(library, 'what happens in heatwaves?')[0]).toBe('During heat waves, hospital admissions rise sharply.');
  });

  it('does not split a word some claim has: those claims are what is asked for', async () => {
    const library = await libraryOf(['Heatwaves are getting longer.', 'Heat pumps also cool homes.', 'A wave of new trees is planted.']);
    expect(found(library, 'heatwaves')).toEqual(['Heatwaves are getting longer.']);
  });

  it('finds a claim writing as one word what the question writes as two', async () => {
    const library = await libraryOf(['Smoke harms the lungs.', 'Wildfire smoke travels for thousands of kilometres and harms the lungs.']);
    expect(found(library, 'wild fire smoke')[0]).toBe('Wildfire smoke travels for thousands of kilometres and harms the lungs.');
  });
});

describe('irregular forms of related words', () => {
  it('searches a related word in its irregular forms, which the stemmer keeps apart', async () => {
    expect(expandQuestion('do kids sleep less').find((e) => e.term === 'children')?.source).toBe('kid');
    const library = await libraryOf(['Adults sleep less in hot weather.', 'Children sleep less in hot weather.']);
    expect(found(library, 'do kids sleep less in the heat?')[0]).toBe('Children sleep less in hot weather.');
  });
});
