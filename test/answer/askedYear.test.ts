import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { answerFeatures } from '../../src/answer/answerability.js';
import { Library } from '../../src/library/library.js';
import { loadReports } from '../../src/reports/loadReports.js';
import { searchedClaims } from '../../eval/evaluate.js';
import { namedYears, statesYears, statesYearWithin, yearBounds, yearChoices } from '../../src/answer/askedYear.js';

describe('the years a question names', () => {
  it("reads four-digit years from 1500 to 2099 in a year's context, each once, in order", () => {
    expect(namedYears('How many members did Chess.com have in 2019, before the pandemic?')).toEqual(['2019']);
    expect(namedYears('What went wrong in the vinyl supply chain between 2020 and 2022, and in 2020?')).toEqual(['2020', '2022']);
    expect(namedYears('What caused the 2008 cable cuts?')).toEqual(['2008']);
    expect(namedYears('the 1850s, in 1899 and 2099')).toEqual(['1899', '2099']);
    expect(namedYears("How did ranked-choice voting play out in Alaska's 2024 Senate race?")).toEqual(['2024']);
    expect(namedYears('How many trees did Colombia renew in 2008-2016, and schools in 2024-25?')).toEqual(['2008', '2016', '2024']);
    expect(namedYears('does the 2026 report on organ donation say so?')).toEqual(['2026']);
    // after a season, as after a month
    expect(namedYears('How severe was the Arctic ozone loss in spring 2020?')).toEqual(['2020']);
    expect(namedYears('what happened in the fall 2019 semester, and over Winter 1962?')).toEqual(['2019', '1962']);
  });

  it('reads no year in a decade, a longer number, a decimal, a code, or an amount or measure of 1500 to 2099', () => {
    expect(namedYears('how did the 2020s start?')).toEqual([]);
    expect(namedYears('a fund of 20000 dollars, 12019 votes, 1700 or 2100 people')).toEqual([]);
    expect(namedYears('the BWRX-300 and GLP-1')).toEqual([]);
    expect(namedYears('When can a quantum computer break RSA-2048?')).toEqual([]);
    for (const amount of [
      'Does a tourist tax of 2000 euros reduce visitors?',
      'How many birds does a 2000 MW wind farm kill?',
      'Does a 2000 ml sugar drink tax reduce sales?',
      'a survey of 1500 people',
      'the 2000 children in the study',
      'in 1600 homes',
      'a 2000 kg load',
      'a rise of 1900% in sales',
      'a fine of 2000 euro',
    ])
      expect(namedYears(amount), amount).toEqual([]);
  });

  it('says whether a text states every year named, however it writes the year', () => {
    const claim = 'Chess.com passed 100 million registered members in December 2022.';
    expect(statesYears(claim, ['2022'])).toBe(true);
    expect(statesYears(claim, ['2019'])).toBe(false);
    expect(statesYears(claim, ['2019', '2022'])).toBe(false);
    expect(statesYears(claim, [])).toBe(true);
    // a report's Research Date, a source's title
    expect(statesYears('Research Date: 2026-02-03 10:42', ['2026'])).toBe(true);
    expect(statesYears('Stack Overflow Developer Survey 2024', ['2024'])).toBe(true);
    expect(statesYears('12019 votes', ['2019'])).toBe(false);
  });

  it('reads years offered as a choice, one or the other', () => {
    expect(yearChoices('when did the ikea catalogue actually die? 2020 or 2021?')).toEqual([['2020', '2021']]);
    expect(yearChoices('was it in 1896 or in 1897?')).toEqual([['1896', '1897']]);
    // review56: a choice of three was read as its last two, and the first year asked alone.
    expect(yearChoices('was the first one in 1990, 1995 or 2000?')).toEqual([['1990', '1995', '2000']]);
    expect(yearChoices('in 1990, 1995, or 2000?')).toEqual([['1990', '1995', '2000']]);
    expect(yearChoices('2019 or 2020 or 2021?')).toEqual([['2019', '2020', '2021']]);
    expect(yearChoices('in 1990, 1995 and 2000?')).toEqual([]);
    expect(yearChoices('2012-13 or 2014?')).toEqual([]);
    // Not a range, an amount, nor years joined by "and"
    expect(yearChoices('in 2012 or 2013-14?')).toEqual([]);
    expect(yearChoices('were there 2000 or 3000 people?')).toEqual([]);
    expect(yearChoices('between 2020 and 2022?')).toEqual([]);
  });

  it('reads a year after "after", "since" or "before" as the edge of a period, stated by a year inside it', () => {
    expect([...yearBounds('how many world titels did urugauy have after 1950 and when did brazill win theres')]).toEqual([['1950', 'later']]);
    expect([...yearBounds('What changed since 2010, and before 1900?')]).toEqual([['2010', 'later'], ['1900', 'earlier']]);
    expect(yearBounds('What happened in 1950?').size).toBe(0);
    const told = 'The win gave Uruguay its second world title, while Brazil had to wait until 1958 to win its first.';
    expect(statesYearWithin(told, '1950', 'later')).toBe(true);
    expect(statesYearWithin(told, '1950', 'earlier')).toBe(false);
    expect(statesYearWithin('A 2500 km route.', '1950', 'later')).toBe(false);
  });

  // Held-out 61 (answerable): its claim states 1958, a year after the 1950 the question bounds the period by.
  it('reads no year missing where the claim states a year inside the period asked, on the real reports', async () => {
    const maracana = Library.from(await loadReports(fileURLToPath(new URL('../../eval/holdout61/reports/', import.meta.url))));
    const { text, typed, found } = searchedClaims(maracana, 'how many world titels did urugauy have after 1950 and when did brazill win theres');
    expect(answerFeatures(maracana, text, found, typed)?.yearMissing).toBe(0);
  });
});
