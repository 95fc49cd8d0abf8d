import { describe, expect, it } from 'vitest';
import { namedYears, statesYears } from '../../src/answer/askedYear.js';

describe('the years a question names', () => {
  it('reads four-digit years from 1800 to 2099, each once, in order', () => {
    expect(namedYears('How many members did Chess.com have in 2019, before the pandemic?')).toEqual(['2019']);
    expect(namedYears('What went wrong in the vinyl supply chain between 2020 and 2022, and in 2020?')).toEqual(['2020', '2022']);
    expect(namedYears('What caused the 2008 cable cuts?')).toEqual(['2008']);
    expect(namedYears('the 1850s, 1899 and 2099')).toEqual(['1899', '2099']);
  });

  it('reads no year in a decade, a longer number, a decimal, an amount or a code', () => {
    expect(namedYears('how did the 2020s start?')).toEqual([]);
    expect(namedYears('a fund of 20000 dollars, 12019 votes, 1700 or 2100 people')).toEqual([]);
    expect(namedYears('the BWRX-300 and GLP-1')).toEqual([]);
  });

  it('says whether a claim states every year named', () => {
    const claim = 'Chess.com passed 100 million registered members in December 2022.';
    expect(statesYears(claim, ['2022'])).toBe(true);
    expect(statesYears(claim, ['2019'])).toBe(false);
    expect(statesYears(claim, ['2019', '2022'])).toBe(false);
    expect(statesYears(claim, [])).toBe(true);
  });
});
