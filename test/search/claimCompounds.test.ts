import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import type { Report } from '../../src/reports/model.js';
import { compoundPairSlices, compoundParts } from '../../src/search/claimCompounds.js';
import { COMPOUND_PART_WEIGHT, expandQuestion } from '../../src/search/expandQuestion.js';
import { drained } from '../../src/search/glossedTerms.js';
import { sharedWordNet } from '../../src/search/wordnet/sharedWordNet.js';

const REPORTS = fileURLToPath(new URL('../fixtures/glossed/', import.meta.url));

describe("a claim's compound words, reached by their parts", () => {
  it('cuts a compound into the words it is made of, where WordNet says the part means it', () => {
    const reader = sharedWordNet()!;
    expect(compoundParts(reader, 'newborn')).toEqual(['new', 'born']);
    expect(compoundParts(reader, 'underground')).toContain('ground');
    // A word WordNet lacks, cut one way only.
    expect(compoundParts(reader, 'deepfake')).toEqual(['deep', 'fake']);
    // Not into a fragment WordNet happens to have ("deb-ridement"), nor a part stemming cuts away ("afford-ability").
    for (const word of ['debridement', 'affordability']) expect(compoundParts(reader, word)).toEqual([]);
  });

  it('leaves whole a word whose parts it only looks made of, a form of its start, an ending or a prefix', () => {
    const reader = sharedWordNet()!;
    // "season" is no sea, "carpet" no car: their definitions do not say the part.
    for (const word of ['season', 'carpet', 'shipping', 'workers', 'driverless', 'international']) expect(compoundParts(reader, word)).toEqual([]);
    // A particle is no thing's part ("layout" is no "out").
    expect(compoundParts(reader, 'layout')).not.toContain('out');
  });

  it('reads no name as a compound ("Newark", "Washburn")', async () => {
    const { reports } = await loadReports(REPORTS, { cacheDir: null });
    const report = reports[0]!;
    const claimed = (text: string): Report => ({ ...report, claims: [{ ...report.claims[0]!, text }] });
    const pairs = (text: string) => drained(compoundPairSlices(claimed(text), sharedWordNet(), Infinity));
    expect(pairs('Kelp grows off Newark and Washburn.')).toEqual([]);
    expect(pairs('Newborn kelp grows fast.')).toContainEqual({ part: 'born', compound: 'newborn' });
  });

  it("finds the newborn claim for a question's \"born\", one way only, at COMPOUND_PART_WEIGHT", async () => {
    const loaded = await loadReports(REPORTS, { cacheDir: null });
    const report = loaded.reports[0]!;
    const newborn = { ...report.claims[0]!, id: `${report.claims[0]!.id}-newborn`, text: 'Newborn seals weigh about 11 kg.' };
    const withNewborn = Library.from({ ...loaded, reports: [{ ...report, claims: [...report.claims, newborn] }] });
    expect(expandQuestion('how heavy is a seal when it is born?', { aliases: withNewborn.aliases })).toContainEqual({ term: 'newborn', weight: COMPOUND_PART_WEIGHT, source: 'born', unlessSourceIndexed: undefined });
    expect(expandQuestion('how heavy is a newborn seal?', { aliases: withNewborn.aliases }).some((expansion) => expansion.term === 'born')).toBe(false);
  });
});
