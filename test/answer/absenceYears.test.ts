import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { answerFeatures } from '../../src/answer/answerability.js';
import { searchedClaims } from '../../eval/evaluate.js';
import { givesAnswerKind } from '../../src/answer/askedAnswerKind.js';
import { withoutAbsenceYears } from '../../src/answer/absenceYears.js';

describe("a year that dates a thing's absence", () => {
  // Held-out 60 (unanswerable, answered): "When was the first flu vaccine actually approved?"
  // against the 1918 report's "No influenza vaccine or antiviral drug existed in 1918…".
  it('gives no date of the thing it says was not there', () => {
    const absent = 'No influenza vaccine or antiviral drug existed in 1918, so control efforts relied on isolation, quarantine and closures.';
    expect(givesAnswerKind(absent, 'date')).toBe(false);
    expect(givesAnswerKind('There was no cure available in 1950.', 'date')).toBe(false);
    expect(givesAnswerKind('No vaccine was available by 1920.', 'date')).toBe(false);
  });

  it('reads the kind asked missing where the only year given dates the absence, on the real reports', async () => {
    const flu = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout60/reports/', import.meta.url))));
    const { text, typed, found } = searchedClaims(flu, 'When was the first flu vaccine actually approved?');
    const features = answerFeatures(flu, text, found, typed);
    expect(features?.answerKindMissing).toBe(1);
    expect(features?.kindMissingShownFirst).toBe(1);
  });

  it('keeps a year after "since", a year of another clause, and a year of something that was', () => {
    expect(givesAnswerKind('No supersonic passenger service has existed since 2003.', 'date')).toBe(true);
    expect(givesAnswerKind('No vaccine existed in 1918; the first was licensed in 1945.', 'date')).toBe(true);
    expect(givesAnswerKind('The vaccine was approved in 1945.', 'date')).toBe(true);
    expect(givesAnswerKind('The bill met no objection and passed the Senate by a single vote in 2018.', 'date')).toBe(true);
  });

  it('reads a long text of "no" in well under a millisecond', () => {
    const text = `${'no a b c d e f g '.repeat(60)}existed in 1918`;
    const start = performance.now();
    withoutAbsenceYears(text);
    expect(performance.now() - start).toBeLessThan(5);
  });
});
