import { describe, expect, it } from 'vitest';
import { asksForQuantity, statesQuantity } from '../../src/answer/askedQuantity.js';

describe('asksForQuantity', () => {
  it('hears how many, how much, how long, what share and the number asked for', () => {
    expect(asksForQuantity('How many British teenagers have spent money on mystery boxes?')).toBe(true);
    expect(asksForQuantity('how much weight ppl lost on wegovy in the trials')).toBe(true);
    expect(asksForQuantity('How long is it supposed to take to build one on site?')).toBe(true);
    expect(asksForQuantity('What share of gross revenue went on running the charge?')).toBe(true);
    expect(asksForQuantity('CBO said a $15 min wage would kill like a million jobs? can someone confirm the number')).toBe(true);
    expect(asksForQuantity('anyone got the stat about heat pumps in norway')).toBe(true);
  });

  it('does not hear it in a question that asks whether, why or how', () => {
    expect(asksForQuantity('Do buses get quicker when a city makes drivers pay to come downtown?')).toBe(false);
    expect(asksForQuantity('how do beekeepers keep their colonies alive')).toBe(false);
    expect(asksForQuantity('why does the first reading of a quake come out too small?')).toBe(false);
  });
});

describe('statesQuantity', () => {
  it('finds a digit or a number word', () => {
    expect(statesQuantity('Construction takes around three to four years.')).toBe(true);
    expect(statesQuantity('Pevek has had power since 2020.')).toBe(true);
    expect(statesQuantity('Yields fell by half on sandy soils.')).toBe(true);
    expect(statesQuantity('Costs rose 12% in a year.')).toBe(true);
  });

  it('finds none in a sentence without one, nor inside other words', () => {
    expect(statesQuantity('SMRs could replace retiring coal plants by reusing their grid connections.')).toBe(false);
    expect(statesQuantity('Someone often tends to weigh the options.')).toBe(false);
  });

  it('reads a quantity after a lower-case word and a hyphen as a quantity', () => {
    for (const number of ['Sales peaked in the mid-2010s.', 'Most over-65s are vaccinated.', 'Prices held at pre-2020 levels.', 'It ranks in the top-10 worldwide.', 'Prices held at pre‑2020 levels.', 'Sales peaked in the Mid-2010s.'])
      expect(statesQuantity(number), number).toBe(true);
  });

  it('reads a digit in a name as part of the name, not as a number', () => {
    for (const name of ['GLP-1 drugs slow digestion.', 'COVID-19 closed schools.', 'CO2 levels rose.', 'H5N1 spread among cattle.', 'PM2.5 harms lungs.']) expect(statesQuantity(name), name).toBe(false);
    for (const name of ['COVID‑19 closed schools.', 'COVID‐19 closed schools.', 'Covid-19 closed schools.', 'SARS-CoV-2 spread.', 'Omega-3 oils help.']) expect(statesQuantity(name), name).toBe(false);
    for (const number of ['GLP-1 drugs cut weight by 15%.', 'Doses cost $15.', 'Tests ran 3-4 years.', 'In 2019 it fell.']) expect(statesQuantity(number), number).toBe(true);
  });
});
