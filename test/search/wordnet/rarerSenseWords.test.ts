// A word's rarer senses, searched by their synonyms only where no claim has the word itself
// (wordnet/rarerSenseWords.ts, expandQuestion.ts RARER_SENSE_WEIGHT), on reports written to disk
// and loaded through the real loader and index.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Library } from '../../../src/library/library.js';
import { loadReports } from '../../../src/reports/loadReports.js';
import { expandQuestion, RARER_SENSE_WEIGHT } from '../../../src/search/expandQuestion.js';
import { rarerSenseWords } from '../../../src/search/wordnet/rarerSenseWords.js';
import { RELATION_WEIGHTS, relatedWords } from '../../../src/search/wordnet/relatedWords.js';
import { sharedWordNet } from '../../../src/search/wordnet/sharedWordNet.js';
import { reportText } from '../../support/reportText.js';

const scratches: string[] = [];
afterAll(async () => {
  await Promise.all(scratches.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A library of one report with these claims, written to disk and loaded. */
async function libraryOf(claims: string[]): Promise<Library> {
  const dir = await mkdtemp(join(tmpdir(), 'report-bot-rarer-senses-'));
  scratches.push(dir);
  await writeFile(join(dir, 'studies.md'), reportText('How studies are checked', claims));
  return Library.from(await loadReports(dir, { workers: 0 }));
}

/** The claim texts found for a question, best first. */
function found(library: Library, question: string): string[] {
  return library.index.search(question, undefined, { aliases: library.aliases }).flatMap((hit) => library.claim(hit.id)?.text ?? []);
}

describe("a word's rarer senses", () => {
  it('are the synonyms of the senses after its most frequent, which relatedWords does not read', () => {
    const reader = sharedWordNet();
    if (!reader) throw new Error('WordNet is missing');
    // "hand" as handwriting ("in his own hand"): one of its rarer senses.
    expect(rarerSenseWords(reader, 'hand')).toContain('handwrit');
    expect(relatedWords(reader, 'hand').map((related) => related.term)).not.toContain('handwrit');
    expect(rarerSenseWords(reader, 'hand')).not.toContain('hand');
  });

  it('are searched below a first sense synonym, only where no claim has the word', () => {
    expect(RARER_SENSE_WEIGHT).toBeLessThan(RELATION_WEIGHTS.synonym);
    expect(expandQuestion('were the copies made by hand?').find((e) => e.term === 'handwrit')).toEqual({ term: 'handwrit', weight: RARER_SENSE_WEIGHT, source: 'hand', unlessSourceIndexed: true });
  });

  it('find a claim saying in a rarer sense what the question asks, where no claim has its word', async () => {
    // A study's "readers" as its referees: a rarer sense of "reader".
    const library = await libraryOf(['The editors approved the study.', 'The referees approved the study.']);
    expect(found(library, 'did the readers approve the study?')[0]).toBe('The referees approved the study.');
  });

  it('are not searched where a claim has the word: those claims are what is asked for', async () => {
    const library = await libraryOf(['Readers liked the study.', 'Referees checked the study.']);
    expect(found(library, 'readers')).toEqual(['Readers liked the study.']);
  });
});
