import { describe, expect, it } from 'vitest';
import { namesByInitials, withInitialsSpelledOut, type NamesWritten } from '../../src/search/initialsOfNames.js';
import { normalizeTerm } from '../../src/search/normalizeTerm.js';
import { sharedWordNet } from '../../src/search/wordnet/sharedWordNet.js';
import type { WordNet } from '../../src/search/wordnet/wordNet.js';

const wordnet = (): WordNet => {
  const reader = sharedWordNet();
  if (reader === null) throw new Error('WordNet is not installed');
  return reader;
};

/** A library's claims that have these words (by their keys), each word's claim writing the words after it in a row. */
const indexHaving = (...words: string[]): NamesWritten => {
  const keys = new Set(words.map(normalizeTerm));
  const written = ` ${words.join(' ')} `;
  return { has: (word) => keys.has(normalizeTerm(word)), writes: (name) => written.includes(` ${name.join(' ')} `) };
};

describe('namesByInitials', () => {
  it('reads the names WordNet gives a word as their initials', () => {
    expect(namesByInitials(wordnet(), 'ny')).toEqual([['new', 'york']]);
    expect(namesByInitials(wordnet(), 'uk')).toEqual([['united', 'kingdom']]);
    expect(namesByInitials(wordnet(), 'dc')).toEqual([
      ['district', 'of', 'columbia'],
      ['direct', 'current'],
    ]);
  });

  it('reads none for a word WordNet also has as a word of its own, a stop word or no word', () => {
    expect(namesByInitials(wordnet(), 'ma')).toEqual([]); // a mother
    expect(namesByInitials(wordnet(), 'hi')).toEqual([]); // a greeting
    expect(namesByInitials(wordnet(), 'la')).toEqual([]); // lanthanum, a note
    expect(namesByInitials(wordnet(), 'me')).toEqual([]); // Maine, and a stop word
    expect(namesByInitials(wordnet(), 'nyc')).toEqual([]);
    expect(namesByInitials(wordnet(), 'york')).toEqual([]);
  });
});

describe('withInitialsSpelledOut', () => {
  it('writes initials as the name where the claims write the name and not the initials, in the case typed', () => {
    const library = indexHaving('new', 'york', 'lehman');
    expect(withInitialsSpelledOut('when did they move to ny', wordnet(), library)).toBe('when did they move to new york');
    expect(withInitialsSpelledOut('when did they move to NY?', wordnet(), library)).toBe('when did they move to New York?');
  });

  it('leaves initials the claims write, a name they do not write in a row, initials of two names they write, and initials joined to a word', () => {
    expect(withInitialsSpelledOut('when did they move to ny', wordnet(), indexHaving('new', 'york', 'ny'))).toBe('when did they move to ny');
    expect(withInitialsSpelledOut('when did they move to ny', wordnet(), indexHaving('york'))).toBe('when did they move to ny');
    expect(withInitialsSpelledOut('what did the un do?', wordnet(), indexHaving('united', 'states', 'nations'))).toBe('what did the un do?');
    expect(withInitialsSpelledOut('gov.uk says the fake-ceo scam grew', wordnet(), indexHaving('united', 'kingdom', 'chief', 'executive', 'officer'))).toBe('gov.uk says the fake-ceo scam grew');
    expect(withInitialsSpelledOut('dc power in dc', wordnet(), indexHaving('district', 'of', 'columbia', 'direct', 'current'))).toBe('dc power in dc');
    expect(withInitialsSpelledOut('the dc grid', wordnet(), indexHaving('direct', 'current'))).toBe('the direct current grid');
    expect(withInitialsSpelledOut('hi ma, la la', wordnet(), indexHaving('massachusetts', 'louisiana', 'hawaii'))).toBe('hi ma, la la');
  });
});
