import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { expandQuestion, GLOSS_WEIGHT } from '../../src/search/expandQuestion.js';
import { sharedWordNet } from '../../src/search/wordnet/sharedWordNet.js';
import { glossPairSlices, glossPairsOf } from '../../src/search/glossedTerms.js';
import { aliasesOf, aliasSlices } from '../../src/search/aliases.js';

const REPORTS = fileURLToPath(new URL('../fixtures/glossed/', import.meta.url));

describe("a report's specific terms, reached by WordNet's definitions and broader terms", () => {
  it('pairs a specific noun of the claims with the words of its definition and its broader terms', async () => {
    const { reports } = await loadReports(REPORTS, { cacheDir: null });
    const pairs = glossPairsOf(reports[0]!, sharedWordNet());
    // kelp: "large brown seaweeds having fluted leathery fronds".
    expect(pairs).toContainEqual({ word: 'seawe', term: 'kelp' });
    // A common word of many senses ("water", "warm") is no report's specific term.
    expect(pairs.filter((pair) => pair.term === 'water' || pair.term === 'warm')).toEqual([]);
  });

  it("reads no word of a name WordNet has (\"York\" in \"New York\"), and reads it alone or in a common noun's phrase", async () => {
    const { reports } = await loadReports(REPORTS, { cacheDir: null });
    const report = reports[0]!;
    const claimed = (text: string): typeof report => ({ ...report, claims: [{ ...report.claims[0]!, text }] });
    const yorkPairs = (text: string) => glossPairsOf(claimed(text), sharedWordNet()).filter((pair) => pair.term === 'york');
    // New York is a city, no York: "house" (the royal house of York) must not reach it.
    expect(yorkPairs('Kelp grows off New York in cold years.')).toEqual([]);
    // York alone is WordNet's York, its definitions' words and all.
    expect(yorkPairs('Kelp grows off York in cold years.')).toContainEqual({ word: 'hous', term: 'york' });
    // In either order with the same reader: what is remembered is the phrase, not the word.
    expect(yorkPairs('Kelp grows off New York in cold years.')).toEqual([]);
    // A name with a stop word is a name too: the Gulf of Mexico is no gulf a question's "bay" reaches.
    expect(glossPairsOf(claimed('Kelp grows in the Gulf of Mexico.'), sharedWordNet()).filter((pair) => pair.term === 'mexico')).toEqual([]);
    // Only a phrase opening and ending with a capital is looked up as a name: WordNet has "the
    // Netherlands", which is the Netherlands, and "Netherlands" after a lowercase "the" is read.
    expect(glossPairsOf(claimed('Kelp grows off the Netherlands.'), sharedWordNet())).toContainEqual({ word: 'europ', term: 'netherland' });
    // A common noun's phrase leaves its words read: sleep apnea is an apnea.
    expect(glossPairsOf(claimed('Sleep apnea goes unnoticed.'), sharedWordNet()).some((pair) => pair.term === 'apnea')).toBe(true);
  });

  it('pairs a specific noun with its narrower terms: "hawks and eagles" reach the raptors a claim names', async () => {
    const { reports } = await loadReports(REPORTS, { cacheDir: null });
    const report = reports[0]!;
    const pairs = glossPairsOf({ ...report, claims: [{ ...report.claims[0]!, text: 'Older turbines killed more raptors.' }] }, sharedWordNet());
    for (const word of ['hawk', 'eagl', 'owl', 'goshawk']) expect(pairs).toContainEqual({ word, term: 'raptor' });
  });

  it("finds the kelp claim for 'seaweed forests', one way only (\"kelp\" reaches no seaweed), at GLOSS_WEIGHT", async () => {
    const library = Library.from(await loadReports(REPORTS, { cacheDir: null }));
    const expansions = expandQuestion('why does hot sea water hurt seaweed forests?', { aliases: library.aliases });
    expect(expansions).toContainEqual({ term: 'kelp', weight: GLOSS_WEIGHT, source: 'seawe', unlessSourceIndexed: undefined });
    expect(expandQuestion('how is the kelp doing?', { aliases: library.aliases }).some((expansion) => expansion.term === 'seawe')).toBe(false);
    // Without it the corals' claim, which has the question's "hot"-ish words too, is first.
    const [first] = library.index.search('why does warm water hurt seaweed forests?', undefined, { aliases: library.aliases });
    expect(library.claim(first!.id)?.text).toMatch(/slows kelp growth/);
  });

  it("reaches no term from a word that would reach more than MAX_GLOSSED of them ('person': surfers, boaters, sunbathers)", async () => {
    const library = Library.from(await loadReports(REPORTS, { cacheDir: null }));
    // Surfers, boaters and sunbathers are each a kind of person to WordNet.
    const terms = expandQuestion('does any person still go to the coast?', { aliases: library.aliases }).map((expansion) => expansion.term);
    for (const term of ['surfer', 'boater', 'sunbath']) expect(terms).not.toContain(term);
  });

  it('mines a slice of claims at a time when asked, pausing between slices, the same pairs in the same order', async () => {
    const { reports } = await loadReports(REPORTS, { cacheDir: null });
    const report = reports[0]!;
    const pauses = <T>(slices: Generator<void, T, void>): { value: T; pauses: number } => {
      let count = 0;
      for (let step = slices.next(); ; step = slices.next(), count++) if (step.done) return { value: step.value, pauses: count };
    };
    const claims = report.claims.length;
    expect(claims).toBeGreaterThan(2);
    expect(pauses(glossPairSlices(report, sharedWordNet(), 1))).toEqual({ value: glossPairsOf(report, sharedWordNet()), pauses: claims - 1 });
    expect(pauses(glossPairSlices(report, sharedWordNet(), 2)).pauses).toBe(Math.ceil(claims / 2) - 1);
    const { value, pauses: aliasPauses } = pauses(aliasSlices(report, sharedWordNet(), 1));
    expect(value).toEqual(aliasesOf(report, sharedWordNet()));
    expect(value.some((pair) => pair.gloss)).toBe(true);
    expect(aliasPauses).toBeGreaterThan(claims);
  });

  it('gives no pairs without WordNet: a library given no reader reaches no term by a definition', async () => {
    const { reports } = await loadReports(REPORTS, { cacheDir: null });
    expect(glossPairsOf(reports[0]!, null)).toEqual([]);
    expect(aliasesOf(reports[0]!, null).filter((pair) => pair.gloss)).toEqual([]);
    const library = new Library(undefined, null);
    library.add(await loadReports(REPORTS, { cacheDir: null }));
    expect(expandQuestion('why does hot sea water hurt seaweed forests?', { aliases: library.aliases }).some((expansion) => expansion.term === 'kelp')).toBe(false);
  });
});
