// A word's rarer senses, searched by their synonyms only where no claim has the word itself
// (wordnet/rarerSenseWords.ts, expandQuestion.ts RARER_SENSE_WEIGHT), on reports written to disk
// and loaded through the real loader and index.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerFeatures } from '../../../src/answer/answerability.js';
import { MAX_ITEMS } from '../../../src/answer/answerQuestion.js';
import { rerankFeatures } from '../../../src/answer/rerankFeatures.js';
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

/** The claims the search finds for a question, in its order, each with its report and score. */
function rankedFor(library: Library, question: string) {
  return library.index.search(question, undefined, { limit: MAX_ITEMS, aliases: library.aliases }).flatMap((hit) => {
    const claim = library.claim(hit.id);
    const report = claim && library.report(claim.reportId);
    return claim && report ? [{ claim, report, score: hit.score }] : [];
  });
}

/** The decision's signals for a question over the claims the search finds, in its order. */
function featuresOf(library: Library, question: string) {
  return answerFeatures(library, question, rankedFor(library, question), question);
}

/** The reranker's proximity of the question's words in each claim's sentence, by claim text. */
function proximityByClaim(library: Library, question: string): Map<string, number> {
  const ranked = rankedFor(library, question);
  const features = rerankFeatures(library, question, ranked, question) ?? [];
  return new Map(ranked.map(({ claim }, i) => [claim.text, features[i]?.proximity ?? Number.NaN]));
}

/** The claim texts found for a question, best first. */
function found(library: Library, question: string): string[] {
  return library.index.search(question, undefined, { aliases: library.aliases }).flatMap((hit) => library.claim(hit.id)?.text ?? []);
}

describe("a word's rarer senses", () => {
  it('are the synonyms of the senses after its most frequent, which relatedWords does not read', () => {
    const reader = sharedWordNet();
    if (!reader) throw new Error('WordNet is missing');
    // A study's "readers" as its referees: one of the rarer senses of "reader".
    expect(rarerSenseWords(reader, 'reader')).toContain('refere');
    expect(relatedWords(reader, 'reader').map((related) => related.term)).not.toContain('refere');
    expect(rarerSenseWords(reader, 'reader')).not.toContain('reader');
  });

  it('are searched below a first sense synonym, only where no claim has the word', () => {
    expect(RARER_SENSE_WEIGHT).toBeLessThan(RELATION_WEIGHTS.synonym);
    expect(expandQuestion('did the readers approve the study?').find((e) => e.term === 'refere')).toEqual({ term: 'refere', weight: RARER_SENSE_WEIGHT, source: 'reader', unlessSourceIndexed: true, searchOnly: true });
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

  it('are searched only: no claim covers the question word by one, nor has the word in other words by one', async () => {
    // A guess at what a word no claim has meant: the decision still reads "readers" as a word no claim has.
    const library = await libraryOf(['The editors approved the study.', 'The referees approved the study.']);
    expect(expandQuestion('did the readers approve the study?').find((e) => e.term === 'refere')?.searchOnly).toBe(true);
    const features = featuresOf(library, 'did the readers approve the study?');
    expect(features?.otherWords).toBe(0);
    expect(features?.unknown).toBeGreaterThan(0);
  });

  it('are not read by the reranker either where a claim has the word: the search did not search them', async () => {
    // "Readers" is a claim's word: "referees" in another claim's sentence stands for no question word,
    // so that sentence's question words are as near as in one saying "editors".
    const library = await libraryOf(['Readers liked the study.', 'The referees checked the study.', 'The editors checked the study.']);
    const proximity = proximityByClaim(library, 'did the readers check the study?');
    expect(proximity.get('The referees checked the study.')).toBe(proximity.get('The editors checked the study.'));
  });

  it('are read as the part of speech the question reads the word as, or its only one', () => {
    const rarerOf = (question: string, source: string): string[] => expandQuestion(question).flatMap((e) => (e.searchOnly && e.source === source ? [e.term] : []));
    // "deal" is a noun and a verb: after "they" its verb's rare senses (to sell, to trade), after "the" its noun's (softwood).
    expect(rarerOf('they deal cards', 'deal')).toContain('sell');
    expect(rarerOf('they deal cards', 'deal')).not.toContain('softwood');
    expect(rarerOf('the deal was signed', 'deal')).toContain('softwood');
    expect(rarerOf('the deal was signed', 'deal')).not.toContain('sell');
    // Read as neither, none: which part of speech is meant is not known.
    expect(rarerOf('deals were signed', 'deal')).toEqual([]);
    expect(rarerOf('storms wreck boats', 'wreck')).toEqual([]);
    // "readers" is a noun alone: its rarer senses wherever it stands.
    expect(rarerOf('readers approved the study', 'reader')).toContain('refere');
  });

  it('are not read for a particle, nor for a word of a phrase WordNet has', () => {
    const rarerOf = (question: string, source: string): string[] => expandQuestion(question).flatMap((e) => (e.searchOnly && e.source === source ? [e.term] : []));
    // "off" as a verb is to kill; "taking phones off kids" kills no one.
    expect(rarerOf('who benefits from taking phones off kids', 'off')).toEqual([]);
    // "bring up" is to raise: "brought" there is no fetching or landing.
    expect(rarerOf('who brought the twins', 'brought')).toContain('fetch');
    expect(rarerOf('who brought up the twins', 'brought')).toEqual([]);
    // "knocked out" (unconscious) is no tapping or rapping.
    expect(rarerOf('they knocked', 'knock')).toContain('tap');
    expect(rarerOf('did they get knocked out', 'knock')).toEqual([]);
  });
});

