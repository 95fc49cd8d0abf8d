import { describe, expect, it } from 'vitest';
import { decadeYears } from '../../src/search/decadeYears.js';
import { tokenize } from '../../src/search/tokenize.js';

const years = (text: string): string[] => decadeYears(tokenize(text)).map(({ term, source }) => `${term}<${source}`);

describe('decadeYears', () => {
  it("gives a decade's years, each for the decade", () => {
    expect(years('imaging work in the 1990s')).toEqual(['1990', '1991', '1992', '1993', '1994', '1995', '1996', '1997', '1998', '1999'].map((year) => `${year}<1990s`));
    expect(years('sales in the 2000s')).toHaveLength(10);
  });

  it('narrows it to the years "early", "mid" or "late" ask', () => {
    expect(years('in the early 2000s')).toEqual(['2000<2000s', '2001<2000s', '2002<2000s', '2003<2000s', '2004<2000s']);
    expect(years('in the mid-1930s')).toEqual(['1933<1930s', '1934<1930s', '1935<1930s', '1936<1930s', '1937<1930s']);
    expect(years('in the late 1920s')).toEqual(['1925<1920s', '1926<1920s', '1927<1920s', '1928<1920s', '1929<1920s']);
  });

  it('reads no century, no number and no clipped decade as one', () => {
    // "the 90s" is spelled out before (chatQuestion.ts spelledOut)
    for (const text of ['telegraph networks in the 1800s', 'the 1900s', 'how many 10s did she get', 'in the 90s', '1990 and 1995']) expect(years(text), text).toEqual([]);
  });
});
