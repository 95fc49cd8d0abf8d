import { describe, expect, it } from 'vitest';
import { countedTerm, countsPeople, countsThing, isPeopleAtLarge } from '../../src/answer/countedThing.js';

describe('whether a claim counts the thing a "how many" question asks for', () => {
  const pulsar = new Set([countedTerm('pulsars') as string]);

  it('reads a number a few words before the thing, in figures or in words', () => {
    expect(countsThing('Surveys have now found about 3,000 pulsars in the galaxy.', pulsar)).toBe(true);
    expect(countsThing('Bell found two more pulsars within weeks.', pulsar)).toBe(true);
    expect(countsThing('Thousands of radio pulsars are known.', pulsar)).toBe(true);
    expect(countsThing('Some 2.6 transplanted organs per donor.', new Set([countedTerm('organs') as string]))).toBe(true);
  });

  it('reads no count in another figure on the same subject, a year, a sum of money or a name', () => {
    expect(countsThing('Jocelyn Bell noticed the first pulsar in 1967 with a 4.5-acre array.', pulsar)).toBe(false);
    expect(countsThing('In 1967, pulsars were unknown.', pulsar)).toBe(false);
    expect(countsThing('The cables cost $4 million cables aside.', new Set([countedTerm('cables') as string]))).toBe(false);
    expect(countsThing('COVID-19 patients were moved.', new Set([countedTerm('patients') as string]))).toBe(false);
  });

  it('reads a count of people under any word for them: people, a kind of person, a body of people, jobs or positions', () => {
    for (const text of [
      'Dell employs roughly 120,000 people worldwide.',
      'Amazon hires around 150,000 seasonal staff.',
      'The plant cut 2,000 jobs.',
      'The plant will shed about 2,000 positions.',
      'We had approximately 108,000 full-time team members.',
      'The Louvre welcomed 8.7 million visitors in 2024.',
      'Each jet flies with two pilots and a loadmaster.',
    ]) {
      expect(countsPeople(text), text).toBe(true);
    }
  });

  it('reads no count of people in a figure before another word, a year or a sum of money', () => {
    for (const text of [
      'The Eiffel Tower cost about 7.8 million francs to build for the 1889 World\'s Fair.',
      'Gustave Eiffel\'s company built the tower in just over two years.',
      'In 1889, visitors climbed the tower.',
      'The new wing cost $40 million, paid for by visitors.',
    ]) {
      expect(countsPeople(text), text).toBe(false);
    }
  });

  it('reads no count of people at large, whom a claim counts under what happens to them', () => {
    expect(isPeopleAtLarge('people')).toBe(true);
    expect(isPeopleAtLarge('employees')).toBe(false);
    expect(countedTerm('people')).toBeNull();
    expect(countedTerm('children')).toBeNull();
    expect(countedTerm('vehicles')).not.toBeNull();
  });

  it('reads no count of a kind of person (WordNet: noun.person), as typed and by its base form', () => {
    for (const thing of ['employees', 'workers', 'visitors', 'members', 'passengers']) expect(countedTerm(thing), thing).toBeNull();
    // "Bridges" as typed is a labour leader's name, "bridge" by its base form a structure.
    for (const thing of ['bridges', 'pulsars', 'moons', 'jobs']) expect(countedTerm(thing), thing).not.toBeNull();
  });

  it('reads no count of a body of people, nor of a word mostly used of people whose first sense is not', () => {
    // noun.group: under personnel (staff, workforce), or with people as its members (crew); "fans" is first a device, mostly enthusiasts.
    for (const thing of ['staff', 'crew', 'personnel', 'workforce', 'fans']) expect(countedTerm(thing), thing).toBeNull();
    // Groups that are no body of people here: organisations, nations, sets of things.
    for (const thing of ['companies', 'countries', 'firms', 'families', 'species', 'films']) expect(countedTerm(thing), thing).not.toBeNull();
  });
});
